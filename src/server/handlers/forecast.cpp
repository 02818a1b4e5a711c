// GET /api/forecast: where the person's weight is heading on their plan, or on a plan of intake changes
// given, with a goal weight's day — the same JSON as 'hipfit forecast --json' (app/forecast_view.hpp).
#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "app/forecast_view.hpp"
#include "app/person.hpp"
#include "core/errors.hpp"
#include "core/intake_change.hpp"
#include "core/quantity_parse.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {
namespace {

// core names what is wrong by the command line's flag; the API by its query parameter.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kParameterOfFlag{{
    {"--days", "days"},
    {"--intake-change", "intake_change"},
    {"--goal-weight", "goal_weight"},
}};

// The query parameter a flag stands for; empty for none.
std::string_view parameter_of(std::string_view flag) {
    for (const auto& [known, parameter] : kParameterOfFlag) {
        if (known == flag)
            return parameter;
    }
    return {};
}

// The error with the query parameter's name in place of the flag's, in its field and its message.
core::InvalidInput named_by_parameter(const core::InvalidInput& error) {
    for (const auto& [flag, parameter] : kParameterOfFlag) {
        if (error.field() != flag)
            continue;
        std::string message = error.what();
        if (message.starts_with(flag))
            message.replace(0, flag.size(), parameter);
        return core::InvalidInput(std::string(parameter), message);
    }
    return error;
}

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
    require_profile(*journal);
    try {
        const app::ForecastView view =
            app::forecast_view(journal.get(), request_of(call, *journal), call.today);
        return json_response(200, app::to_json(view));
    } catch (const core::InvalidInput& error) {
        throw named_by_parameter(error);
    } catch (const core::SafetyRefusal& refusal) {
        // The page shows a refusal beside the field it is about: the parameter's name, not the flag's.
        throw core::SafetyRefusal(refusal.what(), std::string(parameter_of(refusal.field())));
    }
}

}  // namespace hipfit::server::handlers
