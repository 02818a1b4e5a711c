#include "core/forecast/forecast_warnings.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <optional>

#include "core/body/body_metrics.hpp"
#include "core/energy/energy.hpp"
#include "core/energy/targets.hpp"

namespace hipfit::core {
namespace {

constexpr int kDaysPerWeek = 7;

std::string floor_reason(Sex sex, Kilocalories resting) {
    const Kilocalories sex_floor = calorie_floor(sex, Kilocalories(0));
    if (resting > sex_floor)
        return "your resting expenditure: eating below it slows your metabolism and costs muscle";
    return fmt::format(
        "the floor for {} (2013 AHA/ACC/TOS guideline): below it nutrient needs are hard to meet "
        "without a doctor's supervision",
        sex == Sex::female ? "women" : "men");
}

// The floor of calorie_target: the sex's (targets.hpp) or resting expenditure, whichever is higher.
std::optional<std::string> floor_warning(Sex sex, Kilocalories resting, std::span<const ForecastDay> days) {
    const Kilocalories floor = calorie_floor(sex, resting);
    const auto below =
        std::find_if(days.begin(), days.end(), [&](const ForecastDay& d) { return d.intake < floor; });
    if (below == days.end())
        return std::nullopt;
    return fmt::format("From day {} the plan's intake of {:.0f} kcal/day is under {:.0f} kcal/day, {}.",
                       below->day, below->intake.value(), floor.value(), floor_reason(sex, resting));
}

// Helms, Aragon & Fitschen 2014 (targets.hpp): at most 1 % of body weight a week, to keep muscle. Only
// whole weeks are judged: a day or two carry the first glycogen and water, which is not a weekly pace.
std::optional<std::string> pace_warning(std::span<const ForecastDay> days) {
    const int last = days.back().day;
    for (int day = kDaysPerWeek; day <= last; ++day) {
        const double before = days[static_cast<std::size_t>(day - kDaysPerWeek)].weight.value();
        const double weekly_loss = before - days[static_cast<std::size_t>(day)].weight.value();
        if (weekly_loss > kMaxWeeklyLossFraction * before)
            return fmt::format(
                "In the week to day {} the forecast loses {:.2f} kg, {:.1f} % of body weight: faster than "
                "{:.0f} % "
                "a week, which costs muscle (Helms et al. 2014). A smaller deficit loses more fat and less "
                "muscle.",
                day, weekly_loss, 100.0 * weekly_loss / before, 100.0 * kMaxWeeklyLossFraction);
    }
    return std::nullopt;
}

// WHO: a BMI under 18.5 is underweight. The first day the forecast goes there, when it starts above.
std::optional<std::string> underweight_warning(const BodyModelPerson& person,
                                               std::span<const ForecastDay> days) {
    if (body_mass_index(days.front().weight, person.height) < kBmiUnderweightBelow)
        return std::nullopt;
    const auto under = std::find_if(days.begin(), days.end(), [&](const ForecastDay& d) {
        return body_mass_index(d.weight, person.height) < kBmiUnderweightBelow;
    });
    if (under == days.end())
        return std::nullopt;
    return fmt::format(
        "From day {} the forecast is under a BMI of {:g} ({:.1f} kg), which the WHO calls "
        "underweight: stop the deficit before then and eat to hold a healthy weight.",
        under->day, kBmiUnderweightBelow, under->weight.value());
}

// A goal that could only be held below the floor (at the goal's own resting expenditure) is not one to keep.
std::optional<std::string> goal_warning(const BodyModelPerson& person,
                                        const std::optional<GoalOutcome>& goal) {
    if (!goal || !goal->maintenance_intake)
        return std::nullopt;
    const Kilocalories resting = mifflin_st_jeor(person.sex, goal->weight, person.height,
                                                 static_cast<int>(std::floor(person.age_years)));
    const Kilocalories floor = calorie_floor(person.sex, resting);
    if (*goal->maintenance_intake >= floor)
        return std::nullopt;
    return fmt::format(
        "Holding {:.1f} kg would take about {:.0f} kcal a day, under {:.0f} kcal/day, {}. A goal "
        "this low could not be held safely; a higher one could.",
        goal->weight.value(), goal->maintenance_intake->value(), floor.value(),
        floor_reason(person.sex, resting));
}

}  // namespace

std::vector<std::string> forecast_warnings(const BodyModelPerson& person, Kilocalories resting,
                                           std::span<const ForecastDay> days,
                                           const std::optional<GoalOutcome>& goal) {
    std::vector<std::string> warnings;
    for (auto warning : {floor_warning(person.sex, resting, days), pace_warning(days),
                         underweight_warning(person, days), goal_warning(person, goal)}) {
        if (warning)
            warnings.push_back(std::move(*warning));
    }
    return warnings;
}

}  // namespace hipfit::core
