#include "core/energy/targets.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/body/body_metrics.hpp"
#include "core/energy/energy.hpp"

namespace hipfit::core {
namespace {

void warn_outside_band(std::vector<std::string>& warnings, Kilocalories offset, double min, double max,
                       std::string_view what) {
    const double value = offset.value();
    if (value < min) {
        warnings.push_back(
            fmt::format("A {} of {:.0f} kcal/day is below the recommended {:.0f}–{:.0f}: it is "
                        "smaller than everyday logging error, so progress will be slow and hard to see.",
                        what, value, min, max));
    } else if (value > max) {
        warnings.push_back(fmt::format(
            "A {} of {:.0f} kcal/day is above the recommended {:.0f}–{:.0f}: {}", what, value, min, max,
            what == "deficit"
                ? "a larger deficit costs more muscle, brings more hunger and is harder to keep up."
                : "a larger surplus adds more fat than muscle."));
    }
}

}  // namespace

CalorieTarget calorie_target(const Profile& profile, Kilocalories resting, Kilocalories expenditure,
                             std::optional<Kilocalories> max_deficit) {
    CalorieTarget target{expenditure, {}};
    if (profile.goal == Goal::lose_fat) {
        target.kcal = expenditure - profile.deficit;
        warn_outside_band(target.warnings, profile.deficit, kRecommendedDeficitMinKcal,
                          kRecommendedDeficitMaxKcal, "deficit");
        if (max_deficit && profile.deficit > *max_deficit) {
            target.warnings.push_back(fmt::format(
                "Your target was raised from {:.0f} to {:.0f} kcal/day: a deficit of {:.0f} kcal/day would "
                "lose "
                "more than 1% of your body weight ({:.2f} kg) a week, and losing that fast costs muscle.",
                target.kcal.value(), (expenditure - *max_deficit).value(), profile.deficit.value(),
                kMaxWeeklyLossFraction * profile.weight.value()));
            target.kcal = expenditure - *max_deficit;
        }
    } else if (profile.goal == Goal::gain_lean) {
        target.kcal = expenditure + profile.surplus;
        warn_outside_band(target.warnings, profile.surplus, kRecommendedSurplusMinKcal,
                          kRecommendedSurplusMaxKcal, "surplus");
    }
    const Kilocalories sex_floor = calorie_floor(profile.sex, Kilocalories(0));
    const Kilocalories floor = calorie_floor(profile.sex, resting);
    if (target.kcal < floor) {
        const bool resting_is_floor = resting > sex_floor;
        target.warnings.push_back(fmt::format(
            "Your target was raised from {:.0f} to {:.0f} kcal/day: {}", target.kcal.value(), floor.value(),
            resting_is_floor
                ? "eating below your resting expenditure slows your metabolism and costs muscle."
                : fmt::format("hipfit never goes below {:.0f} kcal/day for {}, the lowest intake at "
                              "which nutrient needs can be met without medical supervision.",
                              sex_floor.value(), profile.sex == Sex::female ? "women" : "men")));
        target.kcal = floor;
    }
    return target;
}

Kilocalories max_safe_deficit(Kilograms weight, Kilograms fat_mass) {
    return Kilocalories(kMaxWeeklyLossFraction * weight.value() *
                        energy_per_kilogram_change(fat_mass).value() / 7.0);
}

Kilocalories calorie_floor(Sex sex, Kilocalories resting) {
    return std::max(sex == Sex::female ? kCalorieFloorFemale : kCalorieFloorMale, resting);
}

Grams protein_target(Goal goal, Kilograms weight, Kilograms lean_mass) {
    if (goal == Goal::lose_fat)
        return Grams(kProteinPerKgLeanMassInDeficit * lean_mass.value());
    return Grams(kProteinPerKgBodyWeight * weight.value());
}

Millilitres water_target(Sex sex) {
    return (sex == Sex::female ? kTotalWaterFemale : kTotalWaterMale) * kWaterFractionFromDrinks;
}

Kilograms expected_weekly_change(Kilocalories daily_balance, Kilograms fat_mass) {
    return Kilograms(daily_balance.value() * 7.0 / energy_per_kilogram_change(fat_mass).value());
}

DayTargets day_targets(Kilocalories energy, Grams protein, Millilitres water) {
    DayTargets targets;
    targets.energy = energy;
    targets.protein = protein;
    targets.water = water;
    return targets;
}

void check_goal_safety(Goal goal, double bmi) {
    if (goal == Goal::lose_fat && bmi < kBmiUnderweightBelow) {
        throw SafetyRefusal(
            fmt::format(
                "Your BMI is {:.1f}, below the healthy range (18.5 and over), so hipfit will not plan "
                "fat loss: losing more weight could harm your health. Set goal to tone or maintain to "
                "build strength around the hips, and talk to a doctor if your weight has been falling.",
                bmi),
            "goal", {"goal"});
    }
}

}  // namespace hipfit::core
