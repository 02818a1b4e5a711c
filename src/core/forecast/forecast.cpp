#include "core/forecast/forecast.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "core/base/errors.hpp"
#include "core/body/body_metrics.hpp"
#include "core/body/profile_limits.hpp"
#include "core/forecast/forecast_warnings.hpp"

namespace hipfit::core {
namespace {

void check_days(int days) {
    if (days < 1 || days > kMaxForecastDays)
        throw InvalidInput(
            "days", fmt::format("days: a forecast covers 1 to {} days, not {}", kMaxForecastDays, days));
}

// A goal must be a weight a body can have, and not an underweight one: the WHO's BMI 18.5
// (docs/sources.md#who-bmi-2000).
void check_goal(const BodyModelPerson& person, Kilograms goal) {
    if (!kWeightRangeKg.contains(goal.value()))
        throw InvalidInput("goal_weight_kg",
                           fmt::format("goal_weight_kg: {:g} kg is outside {:g}–{:g} kg", goal.value(),
                                       kWeightRangeKg.min, kWeightRangeKg.max));
    const double bmi = body_mass_index(goal, person.height);
    if (bmi < kBmiUnderweightBelow)
        throw SafetyRefusal(
            fmt::format(
                "A goal of {:.1f} kg at your height is a BMI of {:.1f}, under the WHO's healthy minimum of "
                "{:g}: "
                "an underweight body loses muscle and bone and risks its health. Choose a goal of at least "
                "{:.1f} kg.",
                goal.value(), bmi, kBmiUnderweightBelow,
                kBmiUnderweightBelow * std::pow(to_metres(person.height), 2.0)),
            "goal_weight_kg");
}

void check_intakes(const BodyBaseline& baseline, std::span<const double> daily) {
    for (std::size_t day = 0; day < daily.size(); ++day) {
        const double intake = baseline.intake.value() + daily[day];
        if (intake < 0.0)
            throw InvalidInput(
                "intake_change",
                fmt::format("intake_change: {:.0f} kcal/day on day {} would leave less than nothing to "
                            "eat (the baseline intake is {:.0f} kcal/day)",
                            daily[day], day, baseline.intake.value()));
        if (intake < kVeryLowCalorieDietKcal)
            throw SafetyRefusal(fmt::format("This plan eats {:.0f} kcal a day from day {}, under {:.0f}: a "
                                            "diet that low is safe only "
                                            "under a "
                                            "doctor's supervision (NHLBI 1998), so hipfit does not plan one. "
                                            "Choose a smaller change.",
                                            intake, day, kVeryLowCalorieDietKcal),
                                "intake_change");
    }
}

// The model describes a living adult body, not starvation: a plan that takes it there is refused.
void check_states(const BodyModelPerson& person, std::span<const BodyState> states) {
    for (std::size_t day = 0; day < states.size(); ++day) {
        const BodyState& s = states[day];
        const double bmi = body_mass_index(Kilograms(s.weight_kg()), person.height);
        if (s.fat_kg <= 0.0 || s.lean_kg <= 0.0 || bmi < kMinForecastBmi)
            throw SafetyRefusal(
                fmt::format(
                    "On this plan the forecast falls to a BMI under {:g} by day {} ({:.1f} kg): starvation, "
                    "which the "
                    "model does not describe and hipfit will not plan. Choose a smaller deficit or fewer "
                    "days.",
                    kMinForecastBmi, day, s.weight_kg()),
                "intake_change");
    }
}

// The change as eaten when the food actually eaten is `factor` times the food planned and logged.
std::vector<double> misjudged(const BodyBaseline& baseline, std::span<const double> daily, double factor) {
    std::vector<double> eaten;
    eaten.reserve(daily.size());
    for (double change : daily)
        eaten.push_back((baseline.intake.value() + change) * factor - baseline.intake.value());
    return eaten;
}

std::vector<ForecastDay> forecast_days(const BodyBaseline& baseline, std::span<const double> daily,
                                       std::span<const BodyState> states) {
    const auto low = simulate_body(baseline, misjudged(baseline, daily, 1.0 - kIntakeLoggingError));
    const auto high = simulate_body(baseline, misjudged(baseline, daily, 1.0 + kIntakeLoggingError));
    const double start = states.front().weight_kg();
    std::vector<ForecastDay> days;
    double cumulative_change = 0.0;
    for (std::size_t day = 0; day < states.size(); ++day) {
        // The planned intake of the last point is the day before's: nothing is planned past the horizon.
        const double change = daily[std::min(day, daily.size() - 1)];
        days.push_back({static_cast<int>(day), baseline.intake + Kilocalories(change),
                        Kilograms(states[day].weight_kg()), Kilograms(states[day].fat_kg),
                        Kilograms(states[day].lean_kg), Kilograms(low[day].weight_kg()),
                        Kilograms(high[day].weight_kg()),
                        Kilograms(start + cumulative_change / kRuleKcalPerKg)});
        if (day < daily.size())
            cumulative_change += daily[day];
    }
    return days;
}

bool reached(double weight, double start, double goal) {
    return goal <= start ? weight <= goal : weight >= goal;
}

GoalOutcome goal_outcome(const BodyBaseline& baseline, std::span<const BodyState> states, Kilograms goal) {
    const double start = states.front().weight_kg();
    for (std::size_t day = 0; day < states.size(); ++day) {
        if (reached(states[day].weight_kg(), start, goal.value()))
            return {goal, static_cast<int>(day), maintenance_intake(baseline, states[day])};
    }
    return {goal, std::nullopt, std::nullopt};
}

// Model and rule within this of each other read as agreeing (the forecast shows one decimal).
constexpr double kAgreementKg = 0.1;

// Why the two differ, for a loss or a gain.
std::string why_they_differ(bool losing) {
    if (losing)
        return "They differ because the body adapts: as weight falls it costs less energy to keep and to "
               "move, "
               "so the same intake makes a smaller deficit; part of what is lost is lean tissue, which holds "
               "far less energy than the rule's 7,700 kcal per kg of fat; and the rule never levels off, "
               "while "
               "real weight settles where intake and expenditure meet again.";
    return "They differ because the body adapts: as weight rises it costs more energy to keep and to move, "
           "so "
           "the same intake makes a smaller surplus; part of what is gained is lean tissue and water, which "
           "hold far less energy than the rule's 7,700 kcal per kg of fat; and the rule never levels off, "
           "while "
           "real weight settles where intake and expenditure meet again.";
}

std::string rule_explanation(const std::vector<ForecastDay>& days) {
    const ForecastDay& last = days.back();
    const double start = days.front().weight.value();
    std::string text = fmt::format(
        "By day {} the model forecasts {:.1f} kg ({:+.1f} kg); the 3,500-kcal rule promises {:.1f} kg "
        "({:+.1f} kg). ",
        last.day, last.weight.value(), last.weight.value() - start, last.rule_weight.value(),
        last.rule_weight.value() - start);
    if (std::abs(last.weight.value() - last.rule_weight.value()) < kAgreementKg)
        text +=
            "So far they agree: the body has not yet had time to adapt, and the gap opens over the months.";
    else
        text += why_they_differ(last.rule_weight.value() < start);
    const auto nothing = std::find_if(days.begin(), days.end(),
                                      [](const ForecastDay& d) { return d.rule_weight.value() <= 0.0; });
    if (nothing != days.end())
        text += fmt::format(" The rule even has you weigh nothing by day {}.", nothing->day);
    return text;
}

}  // namespace

void check_forecast_step(int step) {
    if (step < kMinForecastStep || step > kMaxForecastStep)
        throw InvalidInput("step",
                           fmt::format("step: the days between a forecast's points are {} to {}, not {}",
                                       kMinForecastStep, kMaxForecastStep, step));
}

Kilocalories holding_intake(const BodyModelPerson& person) {
    check_age(static_cast<int>(std::floor(person.age_years)), "age_years");
    return body_baseline(person).intake;
}

Forecast forecast(const BodyModelPerson& person, std::span<const IntakeChange> changes, int days,
                  std::optional<Kilograms> goal) {
    check_days(days);
    check_age(static_cast<int>(std::floor(person.age_years)), "age_years");
    if (goal)
        check_goal(person, *goal);
    const BodyBaseline baseline = body_baseline(person);
    const std::vector<double> daily = daily_intake_changes(changes, days);
    check_intakes(baseline, daily);

    const std::vector<BodyState> states = simulate_body(baseline, daily);
    check_states(person, states);
    Forecast result;
    result.baseline = {baseline.intake, baseline.resting, Kilograms(baseline.state.fat_kg),
                       Kilograms(baseline.state.lean_kg)};
    result.days = forecast_days(baseline, daily, states);
    result.rule_explanation = rule_explanation(result.days);
    if (goal)
        result.goal = goal_outcome(baseline, states, *goal);
    result.warnings = forecast_warnings(person, baseline.resting, result.days, result.goal);
    return result;
}

}  // namespace hipfit::core
