// What `hipfit forecast` shows: Hall's model run forward from today for a plan of intake changes,
// with the uncertainty that intake logging brings, the 3,500-kcal rule's promise beside it, a goal
// weight's day and the intake that holds it, and the safety guards. docs/forecast.md explains it all.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/units.hpp"
#include "core/forecast/body_model.hpp"
#include "core/forecast/intake_change.hpp"

namespace hipfit::core {

// People misjudge what they eat: the forecast's band is eating 10 % less or more than logged. This is
// hipfit's judgement, not a confidence interval: validating the NIH planner, Guo, Brager & Hall (AJCN
// 2018) found large individual errors "largely from intake-measurement error", and Dent et al. (Sci Rep
// 2023) a 5th–95th percentile spread of −6.2 % to +3.7 % of weight by week 7 (docs/sources.md#guo-2018,
// docs/sources.md#dent-2023). 10 % is a careful logger's error; casual logging is often worse.
inline constexpr double kIntakeLoggingError = 0.10;

// The 3,500-kcal-per-pound rule in metric: 7,700 kcal per kg (Wishnofsky 1958; Hall, Int J Obes 2008;
// docs/sources.md#wishnofsky-1958, docs/sources.md#hall-2008).
inline constexpr double kRuleKcalPerKg = 7700.0;

// Below 800 kcal a day a diet is a very-low-calorie diet, safe only under medical supervision (NHLBI
// 1998; NIH Task Force, JAMA 1993; docs/sources.md#nhlbi-1998, docs/sources.md#nih-task-force-1993):
// hipfit refuses to forecast one as a plan.
inline constexpr double kVeryLowCalorieDietKcal = 800.0;
// A forecast that falls under BMI 15 has left what the model describes and reached starvation (the WHO
// calls BMI under 16 severe thinness): it is refused, not drawn (hipfit's judgement, just under that).
inline constexpr double kMinForecastBmi = 15.0;

struct ForecastBaseline {
    Kilocalories intake;   // what holds today's weight
    Kilocalories resting;  // resting expenditure, Mifflin–St Jeor
    Kilograms fat;
    Kilograms lean;
};

struct ForecastDay {
    int day = 0;
    Kilocalories intake;  // planned: baseline + change
    Kilograms weight;
    Kilograms fat;
    Kilograms lean;
    Kilograms weight_low;   // eating kIntakeLoggingError less than logged
    Kilograms weight_high;  // eating kIntakeLoggingError more than logged
    Kilograms rule_weight;  // the 3,500-kcal rule: W0 + cumulative change / 7,700 kcal per kg
};

struct GoalOutcome {
    Kilograms weight;
    std::optional<int> day_reached;                  // none when not within the forecast
    std::optional<Kilocalories> maintenance_intake;  // what holds the goal once reached
};

struct Forecast {
    ForecastBaseline baseline;
    std::vector<ForecastDay> days;  // day 0..N
    std::string rule_explanation;   // why the model and the 3,500-kcal rule differ, with their numbers
    std::optional<GoalOutcome> goal;
    std::vector<std::string> warnings;  // an intake under the calorie floor, a loss faster than 1 %/week
};

// The intake that holds `person`'s weight today: the model's baseline, against which intake changes are
// taken. Refuses a minor (SafetyRefusal) and a person outside the model (InvalidInput) as forecast does.
Kilocalories holding_intake(const BodyModelPerson& person);

// The days between the points of a forecast given as data (forecast --json --step, GET /api/forecast?step=):
// every day (1) up to a year's (hipfit's judgement: a chart draws a point a week, not 3,650 days; a step of
// a year still shows a ten-year curve). Day 0 and the last day are always given.
inline constexpr int kMinForecastStep = 1;
inline constexpr int kMaxForecastStep = 365;
// Throws InvalidInput("step", …) outside kMinForecastStep..kMaxForecastStep.
void check_forecast_step(int step);

// Throws InvalidInput for days outside 1..kMaxForecastDays, bad changes, an intake below zero or a goal
// weight outside the plausible range; SafetyRefusal for a minor, a goal weight whose BMI is under 18.5, a
// planned intake under kVeryLowCalorieDietKcal, or a forecast falling under kMinForecastBmi.
Forecast forecast(const BodyModelPerson& person, std::span<const IntakeChange> changes, int days,
                  std::optional<Kilograms> goal);

}  // namespace hipfit::core
