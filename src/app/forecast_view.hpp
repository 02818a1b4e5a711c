// 'hipfit forecast' and GET /api/forecast: Hall's model run from today for the person's plan (or a plan
// of intake changes given), with its band, the 3,500-kcal rule beside it and a goal weight's day.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/forecast/forecast.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// A year: long enough to see the curve bend towards its plateau (half-time ≈ 1 year, Hall et al. 2011;
// docs/sources.md#hall-2011).
inline constexpr int kDefaultForecastDays = 365;

// Where the forecast's starting body fat comes from, best first.
enum class BodyFatSource {
    given,   // the request's own (forecast --body-fat)
    logged,  // the latest body-fat % logged with a measurement
    tape,    // the US Navy estimate from the profile's tape measurements, as the assessment shows it
    bmi,     // none of those: the model's estimate from BMI (Jackson et al. 2002)
};
std::string_view name_of(BodyFatSource source);         // the JSON's word: "tape"
std::string_view description_of(BodyFatSource source);  // a person's: "estimated from your tape measurements"

struct StartingBodyFat {
    std::optional<double> percent;  // none: the model estimates it from BMI
    BodyFatSource source = BodyFatSource::bmi;
};

struct ForecastRequest {
    std::optional<core::BodyModelPerson> person;           // given outright; else the journal's
    BodyFatSource body_fat_source = BodyFatSource::given;  // of person's body fat, when given
    // None: the stored plan's daily balance from day 0, else hipfit's default deficit.
    std::optional<std::vector<core::IntakeChange>> changes;
    int days = kDefaultForecastDays;
    std::optional<core::Kilograms> goal;
    // The days between the JSON's points (core::check_forecast_step); the model runs every day regardless.
    int step = 1;
};

struct ForecastView {
    core::Date start{};
    core::BodyModelPerson person;
    BodyFatSource body_fat_source = BodyFatSource::bmi;
    std::vector<core::IntakeChange> changes;
    // The changes are the person's plan: from day 0, the calorie target in force (target_in_force_kcal)
    // against what the model says holds today's weight.
    bool changes_from_plan = false;
    std::optional<core::Kilocalories> target_in_force;  // with changes_from_plan
    core::UnitSystem units = core::UnitSystem::metric;
    core::Forecast forecast;
    int step = 1;  // the request's
};

// The person as the model takes them, from a profile (its weight as of `day`).
core::BodyModelPerson body_model_person(const core::Profile& profile, core::Date day,
                                        std::optional<double> body_fat_percent);

// The last body-fat % logged with a measurement on or before `day`.
std::optional<double> measured_body_fat_percent(store::Repository* journal, core::Date day);

// The body fat the forecast starts from on `day`: the latest logged %, else the tape-measure (Navy)
// estimate of `profile` (the same figure 'assess' shows), else none (the model's BMI estimate).
StartingBodyFat starting_body_fat(store::Repository* journal, const core::Profile& profile, core::Date day);

// `person` with the activity level (PAL) at which the model's holding intake is `expenditure`, when the
// model takes that PAL (1.2–2.5); else `person` as given.
core::BodyModelPerson burning(core::BodyModelPerson person, core::Kilocalories expenditure);

struct JournalPerson {
    core::BodyModelPerson person;
    BodyFatSource body_fat_source = BodyFatSource::bmi;
    core::Kilocalories target_in_force;  // the target whose expenditure the person burns
};

// The person as the model takes them on `day`: view_profile's, with starting_body_fat, burning what
// hipfit says they burn — the expenditure the target in force was set against (the latest check-in's
// estimate from the journal, else the formula's). The model's own resting equation and the formula's
// then agree, and a check-in's learning carries into the forecast.
JournalPerson journal_person(store::Repository* journal, core::Date day);

// The intake changes the person's plan asks for: from day 0, eat the calorie target in force. The model
// takes changes against the intake that holds `person`'s weight (its baseline), so the change is the
// target minus that baseline, and the forecast's day-0 intake is the target itself.
std::vector<core::IntakeChange> planned_intake_changes(core::Kilocalories target_in_force,
                                                       const core::BodyModelPerson& person);

// `journal` may be null when `request.person` is given. Throws InvalidInput (no profile, bad request)
// or SafetyRefusal (a goal weight that would be underweight).
ForecastView forecast_view(store::Repository* journal, const ForecastRequest& request, core::Date today);

// The days of the forecast every `step` days from day 0, and the last day: {"step": N, "days": [...], ...}.
nlohmann::json to_json(const ForecastView& view);

}  // namespace hipfit::app
