// The route table (docs/api.md): every route, who may call it, and its handler. data/openapi.json
// describes exactly these; tests/server/openapi_test.cpp keeps the two in step.
#include <array>

#include "server/handlers/handlers.hpp"
#include "server/routes.hpp"

namespace hipfit::server {

namespace h = handlers;

std::span<const Route> routes() {
    constexpr std::size_t kImportLimit = handlers::kImportUploadLimit;
    static constexpr std::array table{
        Route{"POST", "/api/accounts", Access::anyone, &h::sign_up},
        Route{"POST", "/api/session", Access::anyone, &h::sign_in},
        Route{"GET", "/api/session", Access::signed_in, &h::get_session},
        Route{"DELETE", "/api/session", Access::signed_in, &h::sign_out},
        Route{"PUT", "/api/account/password", Access::signed_in, &h::change_password},

        Route{"GET", "/api/profile", Access::self_or_coach, &h::get_profile},
        Route{"PUT", "/api/profile", Access::self, &h::put_profile},
        Route{"PUT", "/api/program", Access::self_or_coach, &h::put_program},
        Route{"GET", "/api/assessment", Access::self_or_coach, &h::get_assessment},

        Route{"GET", "/api/exercises", Access::anyone_or_self_or_coach, &h::list_exercises},
        Route{"GET", "/api/exercises/{id}", Access::anyone_or_self_or_coach, &h::get_exercise},
        Route{"POST", "/api/exercises", Access::self_or_coach, &h::create_own_exercise},
        Route{"DELETE", "/api/exercises/{id}", Access::self_or_coach, &h::delete_own_exercise},
        Route{"GET", "/api/exercises/{id}/illustration.svg", Access::anyone_or_self_or_coach,
              &h::get_exercise_illustration},
        Route{"GET", "/api/exercises/{id}/muscles.svg", Access::anyone_or_self_or_coach,
              &h::get_exercise_muscles},
        Route{"GET", "/api/plan", Access::self_or_coach, &h::get_plan},
        Route{"GET", "/api/plan.ics", Access::self_or_coach, &h::get_plan_ics},
        Route{"GET", "/api/exercises/{id}/alternatives", Access::self_or_coach,
              &h::get_exercise_alternatives},
        Route{"GET", "/api/plan/swaps", Access::self_or_coach, &h::get_plan_swaps},
        Route{"PUT", "/api/plan/swaps", Access::self_or_coach, &h::put_plan_swap},
        Route{"DELETE", "/api/plan/swaps/{id}", Access::self_or_coach, &h::delete_plan_swap},

        Route{"GET", "/api/today", Access::self_or_coach, &h::get_today},
        Route{"GET", "/api/stats", Access::self_or_coach, &h::get_stats},
        Route{"GET", "/api/exercises/{id}/history", Access::self_or_coach, &h::get_exercise_history},
        Route{"GET", "/api/workout", Access::self_or_coach, &h::get_workout},
        Route{"POST", "/api/workout", Access::self, &h::post_workout},
        Route{"GET", "/api/forecast", Access::self_or_coach, &h::get_forecast},
        // A coach may run the check-in too: it sets the calorie target from the journal alone, as
        // assigning a program sets the training (docs/api.md).
        Route{"GET", "/api/checkin", Access::self_or_coach, &h::get_checkin},
        Route{"POST", "/api/checkin", Access::self_or_coach, &h::post_checkin},
        Route{"GET", "/api/coach", Access::self_or_coach, &h::get_coach_advice},

        Route{"GET", "/api/entries", Access::self_or_coach, &h::list_entries},
        Route{"POST", "/api/entries", Access::self, &h::create_entry},
        Route{"GET", "/api/entries/{id}", Access::self_or_coach, &h::get_entry},
        Route{"PUT", "/api/entries/{id}", Access::self, &h::replace_entry},
        Route{"DELETE", "/api/entries/{id}", Access::self, &h::delete_entry},
        Route{"POST", "/api/undo", Access::self, &h::undo},

        Route{"GET", "/api/export", Access::self_or_coach, &h::export_journal},
        Route{"POST", "/api/import", Access::self, &h::import_journal, kImportLimit, &h::read_import},

        Route{"GET", "/api/coaches", Access::signed_in, &h::list_coaches},
        Route{"POST", "/api/coaches", Access::signed_in, &h::invite_coach},
        Route{"DELETE", "/api/coaches/{id}", Access::signed_in, &h::revoke_coach},
        Route{"GET", "/api/clients", Access::signed_in, &h::list_clients},
        Route{"POST", "/api/clients/{id}/accept", Access::signed_in, &h::accept_client},
        Route{"DELETE", "/api/clients/{id}", Access::signed_in, &h::leave_client},

        Route{"GET", "/api/openapi.json", Access::anyone, &h::openapi},
        Route{"GET", "/api/limits", Access::anyone, &h::get_limits},
        Route{"GET", "/api/health", Access::anyone, &h::health},
    };
    return table;
}

std::span<const Route> web_routes() {
    static constexpr std::array table{
        Route{"GET", "/", Access::anyone, &h::web_page},
        Route{"GET", "/sw.js", Access::anyone, &h::web_root_file},
        Route{"GET", "/manifest.webmanifest", Access::anyone, &h::web_root_file},
        Route{"GET", "/app/{file}", Access::anyone, &h::web_app_file},
        Route{"GET", "/favicon.ico", Access::anyone, &h::no_favicon},
    };
    return table;
}

}  // namespace hipfit::server
