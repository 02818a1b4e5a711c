// Today, stats and an exercise's history: the same views as 'hipfit today --json', 'hipfit stats --json'
// and 'hipfit history --exercise ID --json'.
#include <nlohmann/json.hpp>

#include "app/exercise_history_view.hpp"
#include "app/stats_view.hpp"
#include "app/today.hpp"
#include "io/catalog_json.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"
#include "server/server_state.hpp"

namespace hipfit::server::handlers {

core::Profile profile_or_not_found(store::Repository& journal) {
    std::optional<core::Profile> profile = journal.load_profile();
    if (!profile)
        throw not_found("there is no profile yet: PUT /api/profile creates it");
    return *profile;
}

Response get_today(Call& call) {
    // Stamped before the journal is read: a session kept under this stamp is never older than it.
    const app::KeptSessions kept{call.state.planned_sessions, call.database.stamp(call.subject)};
    const auto journal = call.journal();
    profile_or_not_found(*journal);
    return json_response(200, app::to_json(app::today_view(journal.get(), call.today, kept)));
}

Response get_stats(Call& call) {
    const std::optional<std::string_view> period = call.request.query_value("period");
    const std::optional<std::string_view> since = call.request.query_value("since");
    if (period && since)
        throw invalid("since", "give period or since, not both");
    if (period && *period != "week" && *period != "month")
        throw invalid("period", "period: expected week or month");
    const core::Period span =
        since ? app::period_since(std::string(*since), "since", call.today)
              : app::period_ending(period == "month" ? app::kMonthDays : app::kWeekDays, call.today);
    const auto journal = call.journal();
    profile_or_not_found(*journal);
    return json_response(200, app::to_json(app::stats_view(journal.get(), span, call.today)));
}

Response get_exercise_history(Call& call) {
    const auto catalog = call.catalog();  // the person's own exercises too
    const core::Exercise* exercise = catalog->find(call.path_parameters.at(0));
    if (exercise == nullptr)
        throw not_found("there is no exercise '" + call.path_parameters.at(0) + "'");
    const auto journal = call.journal();
    return json_response(200, app::to_json(app::exercise_history_view(journal.get(), *exercise)));
}

}  // namespace hipfit::server::handlers
