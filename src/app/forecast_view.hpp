// 'hipfit forecast' and GET /api/forecast: Hall's model run from today for the person's plan (or a plan
// of intake changes given), with its band, the 3,500-kcal rule beside it and a goal weight's day.
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/forecast.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// A year: long enough to see the curve bend towards its plateau (half-time ≈ 1 year, Hall et al. 2011;
// docs/sources.md#hall-2011).
inline constexpr int kDefaultForecastDays = 365;

struct ForecastRequest {
    std::optional<core::BodyModelPerson> person;  // given outright; else the journal's
    // None: the stored plan's daily balance from day 0, else hipfit's default deficit.
    std::optional<std::vector<core::IntakeChange>> changes;
    int days = kDefaultForecastDays;
    std::optional<core::Kilograms> goal;
};

struct ForecastView {
    core::Date start{};
    core::BodyModelPerson person;
    bool body_fat_measured = false;  // from the journal (or given); else estimated from BMI by the model
    std::vector<core::IntakeChange> changes;
    bool changes_from_plan = false;  // the changes are the person's calorie target against expenditure
    core::UnitSystem units = core::UnitSystem::metric;
    core::Forecast forecast;
};

// The person as the model takes them, from a profile (its weight as of `day`).
core::BodyModelPerson body_model_person(const core::Profile& profile, core::Date day,
                                        std::optional<double> body_fat_percent);

// The last body-fat % logged with a measurement on or before `day`.
std::optional<double> measured_body_fat_percent(store::Repository* journal, core::Date day);

// The daily balance the person's plan asks for: the calorie target in force minus the expenditure it
// was set against (a check-in's estimate, else the formula), from day 0.
std::vector<core::IntakeChange> planned_intake_changes(store::Repository* journal, core::Date day);

// `journal` may be null when `request.person` is given. Throws InvalidInput (no profile, bad request)
// or SafetyRefusal (a goal weight that would be underweight).
ForecastView forecast_view(store::Repository* journal, const ForecastRequest& request, core::Date today);

nlohmann::json to_json(const ForecastView& view);

}  // namespace hipfit::app
