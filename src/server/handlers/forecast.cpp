// GET /api/forecast: where the person's weight is heading on their plan, or on a plan of intake changes
// given, with a goal weight's day — the same JSON as 'hipfit forecast --json' (app/forecast_view.hpp).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/forecast_view.hpp"
#include "app/person.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/base/text.hpp"
#include "core/forecast/intake_change.hpp"
#include "io/json_parse.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {
namespace {

constexpr const char* kPeriodsField = "intake_changes";

// One of ?intake_changes's numbers: none when absent or null; else a number (a whole one for a day).
std::optional<double> period_number(const nlohmann::json& item, const char* key, std::size_t index,
                                    bool whole) {
    if (!item.contains(key) || item[key].is_null())
        return std::nullopt;
    const nlohmann::json& value = item[key];
    if (!(whole ? value.is_number_integer() : value.is_number()) ||
        (whole && (value.get<double>() < -1e6 || value.get<double>() > 1e6))) {
        throw invalid(kPeriodsField, fmt::format("Intake changes: change {}'s {} is not {}.", index + 1, key,
                                                 whole ? "a whole number of days" : "a number"));
    }
    return value.get<double>();
}

// ?intake_changes=[{"change_kcal":-300,"from_day":0,"until_day":180},…]: the changes as a person gives
// them in a form, each from a day until a day (or the end); core checks and joins them (intake_changes_of).
std::vector<core::IntakeChange> intake_periods(std::string_view text) {
    nlohmann::json list;
    try {
        list = io::parse_json(text);
    } catch (const io::JsonSyntaxError&) {
        list = nullptr;
    }
    if (!list.is_array())
        throw invalid(kPeriodsField, "Intake changes: expected a JSON list of changes.");
    std::vector<core::IntakePeriod> periods;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json& item = list[i];
        if (!item.is_object())
            throw invalid(kPeriodsField, fmt::format("Intake changes: change {} is not an object.", i + 1));
        for (const auto& [key, value] : item.items()) {
            if (key != "change_kcal" && key != "from_day" && key != "until_day") {
                throw invalid(kPeriodsField,
                              fmt::format("Intake changes: change {} has {}, which is not a field "
                                          "of a change (change_kcal, from_day, until_day).",
                                          i + 1, core::printable(key)));
            }
        }
        const std::optional<double> change = period_number(item, "change_kcal", i, false);
        if (!change)
            throw invalid(kPeriodsField, fmt::format("Intake changes: change {} has no kcal a day.", i + 1));
        const std::optional<double> until = period_number(item, "until_day", i, true);
        periods.push_back({core::Kilocalories(*change),
                           static_cast<int>(period_number(item, "from_day", i, true).value_or(0)),
                           until ? std::optional<int>(static_cast<int>(*until)) : std::nullopt});
    }
    return core::intake_changes_of(periods);
}

// ?days=N&intake_change=KCAL@DAY,…&goal_weight=WEIGHT&step=N, read as 'hipfit forecast' reads its flags; or
// the changes as ?intake_changes (the web's form). ?step thins the days to what a chart draws.
app::ForecastRequest request_of(const Call& call, store::Repository& journal) {
    app::ForecastRequest request;
    if (const std::optional<std::string_view> days = call.request.query_value("days"))
        request.days = core::parse_whole_number(*days, "days");
    if (const std::optional<std::string_view> step = call.request.query_value("step"))
        request.step = core::parse_whole_number(*step, "step");
    const std::optional<std::string_view> changes = call.request.query_value("intake_change");
    const std::optional<std::string_view> periods = call.request.query_value(kPeriodsField);
    if (changes && periods)
        throw invalid(kPeriodsField, "Give the intake changes once: as intake_change or as intake_changes.");
    if (changes)
        request.changes = core::parse_intake_changes(*changes);
    if (periods)
        request.changes = intake_periods(*periods);
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
