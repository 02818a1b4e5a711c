// GET /api/forecast: where the person's weight is heading on their plan, or on a plan of intake changes
// given, with a goal weight's day — the same JSON as 'hipfit forecast --json' (app/forecast_view.hpp).
#include <nlohmann/json.hpp>

#include "app/forecast_view.hpp"
#include "app/person.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/forecast/intake_change.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {
namespace {

// ?days=N&intake_change=KCAL@DAY,…&goal_weight=WEIGHT, read as 'hipfit forecast' reads its flags.
app::ForecastRequest request_of(const Call& call, store::Repository& journal) {
    app::ForecastRequest request;
    if (const std::optional<std::string_view> days = call.request.query_value("days"))
        request.days = core::parse_whole_number(*days, "days");
    if (const std::optional<std::string_view> changes = call.request.query_value("intake_change"))
        request.changes = core::parse_intake_changes(*changes);
    if (const std::optional<std::string_view> goal = call.request.query_value("goal_weight"))
        request.goal = core::parse_mass(*goal, app::journal_units(&journal), "goal_weight");
    return request;
}

}  // namespace

Response get_forecast(Call& call) {
    const auto journal = call.journal();
    profile_or_not_found(*journal);
    // core's errors name the parameters by their keys: dispatch.cpp answers them with the API's names.
    const app::ForecastView view = app::forecast_view(journal.get(), request_of(call, *journal), call.today);
    return json_response(200, app::to_json(view));
}

}  // namespace hipfit::server::handlers
