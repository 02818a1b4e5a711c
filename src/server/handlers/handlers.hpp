// Every route's handler, one file per group (accounts, profile, catalog, journal, views, forecast,
// coaching, portability, coaches, meta, workout). route_table.cpp lists them.
#pragma once

#include <string_view>

#include "server/routes.hpp"
#include "store/repository.hpp"

namespace hipfit::server::handlers {

Response sign_up(Call& call);
Response sign_in(Call& call);
Response get_session(Call& call);
Response sign_out(Call& call);
Response change_password(Call& call);

Response get_profile(Call& call);
Response put_profile(Call& call);
Response put_program(Call& call);
Response get_assessment(Call& call);

Response list_exercises(Call& call);
// A person's own exercises (handlers/own_exercises.cpp).
Response create_own_exercise(Call& call);
Response delete_own_exercise(Call& call);
Response get_exercise(Call& call);
// The exercise's animated picture and its muscle map, as SVG with a tag to cache them by.
Response get_exercise_illustration(Call& call);
Response get_exercise_muscles(Call& call);
Response get_plan(Call& call);
Response get_plan_ics(Call& call);
// The plan's swaps (handlers/plan_swaps.cpp).
Response get_exercise_alternatives(Call& call);
Response get_plan_swaps(Call& call);
Response put_plan_swap(Call& call);
Response delete_plan_swap(Call& call);

Response list_entries(Call& call);
Response create_entry(Call& call);
Response get_entry(Call& call);
Response replace_entry(Call& call);
Response delete_entry(Call& call);
Response undo(Call& call);

Response get_today(Call& call);
Response get_stats(Call& call);
// One exercise's sessions and bests (app/exercise_history_view.hpp).
Response get_exercise_history(Call& call);
Response get_workout(Call& call);
Response post_workout(Call& call);

Response get_forecast(Call& call);
Response get_checkin(Call& call);
Response post_checkin(Call& call);
Response get_coach_advice(Call& call);

// The stored profile; 404 until the person has one (PUT /api/profile creates it): the views need it.
// (app::require_profile is the command line's: its refusal is a usage error naming 'hipfit init'.)
core::Profile profile_or_not_found(store::Repository& journal);

Response export_journal(Call& call);
// POST /api/import: read_import parses and checks the file on the request's thread, import_journal writes it.
// An upload is held in memory while it is read: room for years of any app's CSV and an Apple Health
// export.zip of a few years; larger exports go through 'hipfit import' (docs/import.md).
inline constexpr std::size_t kImportUploadLimit = 128 * 1024 * 1024;
std::any read_import(const Call& call);
Response import_journal(Call& call);

Response list_coaches(Call& call);
Response invite_coach(Call& call);
Response revoke_coach(Call& call);
Response list_clients(Call& call);
Response accept_client(Call& call);
Response leave_client(Call& call);

// data/openapi.json as embedded in the binary.
std::string_view openapi_document();
Response openapi(Call& call);
// GET /api/limits: core's accepted ranges (profile, journal, check-in, plan, forecast) and the password's,
// keyed by the API's JSON fields, for the web app's inputs.
Response get_limits(Call& call);

// The web app (web.cpp): GET / is its page, /app/FILE its modules and styles, /sw.js and
// /manifest.webmanifest what a browser asks for at the top.
Response web_page(Call& call);
Response web_root_file(Call& call);
Response web_app_file(Call& call);
// Browsers ask for /favicon.ico on their own; the app's icon is declared in its page.
Response no_favicon(Call& call);
Response health(Call& call);

}  // namespace hipfit::server::handlers
