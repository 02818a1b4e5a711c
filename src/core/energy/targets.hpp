// The day's targets for a goal — energy, protein, water — and the guards that keep them safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/units.hpp"
#include "core/body/profile.hpp"

namespace hipfit::core {

// The hips-and-thighs article (docs/sources.md#article-hips-thighs): to lose fat eat 200–300 kcal/day
// below expenditure; to gain lean mass 200–500 above it; to maintain, match it. hipfit's defaults sit
// inside those bands.
inline constexpr double kRecommendedDeficitMinKcal = 200.0;
inline constexpr double kRecommendedDeficitMaxKcal = 300.0;
inline constexpr double kRecommendedSurplusMinKcal = 200.0;
inline constexpr double kRecommendedSurplusMaxKcal = 500.0;

// Floors: the lower ends of the weight-loss diets of the 2013 AHA/ACC/TOS guideline (1,200–1,500 kcal/day
// women, 1,500–1,800 men; docs/sources.md#aha-acc-tos-2013). Below them nutrient needs are hard to meet
// without supervision.
inline constexpr Kilocalories kCalorieFloorFemale{1200.0};
inline constexpr Kilocalories kCalorieFloorMale{1500.0};

// Helms, Aragon & Fitschen, JISSN 2014: lose at most 0.5–1.0 % of body weight a week to keep muscle.
inline constexpr double kMaxWeeklyLossFraction = 0.01;

// Protein. Fat loss: 2.3 g per kg of lean mass, the lower end of the 2.3–3.1 g/kg fat-free-mass range
// for resistance training in a deficit (Helms et al. 2014; Aragon et al., JISSN 2017). Other goals:
// 1.6 g per kg of body weight, where gains plateau (Morton et al., BJSM 2018: 1.62 g/kg/day).
inline constexpr double kProteinPerKgLeanMassInDeficit = 2.3;
inline constexpr double kProteinPerKgBodyWeight = 1.6;

// Water from drinks: EFSA's adequate total water intake (2.0 L/day women, 2.5 L/day men; EFSA Journal
// 2010;8(3):1459), of which about 80 % comes from drinks and 20 % from food.
inline constexpr Millilitres kTotalWaterFemale{2000.0};
inline constexpr Millilitres kTotalWaterMale{2500.0};
inline constexpr double kWaterFractionFromDrinks = 0.8;

// Sleep: 7–9 hours for adults (AASM/SRS consensus, Watson et al., Sleep 2015; National Sleep Foundation
// 2015); short sleep during a deficit shifts loss from fat to lean mass (Nedeltcheva et al. 2010).
inline constexpr double kSleepMinHours = 7.0;
inline constexpr double kSleepMaxHours = 9.0;
// Steps: mortality risk levels off around 6,000–8,000 steps a day over 60 and 8,000–10,000 under 60
// (Paluch et al., Lancet Public Health 2022); 8,000 is the target.
inline constexpr int kStepsTarget = 8000;
// Standing breaks: get up and move for a few minutes every hour (the leg-fat article;
// docs/sources.md#article-leg-fat); one an hour over an eight-hour working day (hipfit's judgement).
inline constexpr int kStandingBreaksTarget = 8;

// Everything a day asks for, from the assessment and the constants above.
struct DayTargets {
    Kilocalories energy;
    Grams protein;
    Millilitres water;
    double sleep_min_hours = kSleepMinHours;
    double sleep_max_hours = kSleepMaxHours;
    int steps = kStepsTarget;
    int standing_breaks = kStandingBreaksTarget;
};

struct CalorieTarget {
    Kilocalories kcal;
    std::vector<std::string> warnings;  // why it differs from the plain rule, or why the rule is risky
};

// Expenditure − deficit (lose-fat), + surplus (gain-lean), or equal (tone, maintain); a deficit never
// larger than `max_deficit` when given (max_safe_deficit: at most 1 % of body weight a week); never below
// the sex's floor nor below resting expenditure. A raised target says so in a warning.
CalorieTarget calorie_target(const Profile& profile, Kilocalories resting, Kilocalories expenditure,
                             std::optional<Kilocalories> max_deficit = std::nullopt);

// The largest deficit that loses at most kMaxWeeklyLossFraction of body weight a week (Helms et al. 2014;
// targets.hpp): 0.01 · W · ρ_BW / 7 kcal/day, ρ_BW from the fat mass (docs/sources.md#energy-per-kg).
Kilocalories max_safe_deficit(Kilograms weight, Kilograms fat_mass);

// The lowest target: the sex's floor (AHA/ACC/TOS 2013; targets.hpp) or resting expenditure, whichever is
// higher, as calorie_target does.
Kilocalories calorie_floor(Sex sex, Kilocalories resting);

Grams protein_target(Goal goal, Kilograms weight, Kilograms lean_mass);
Millilitres water_target(Sex sex);

// Early weekly change of body weight (negative = loss) from a daily energy balance, using the
// energy content of weight change for this person's fat mass.
Kilograms expected_weekly_change(Kilocalories daily_balance, Kilograms fat_mass);

DayTargets day_targets(Kilocalories energy, Grams protein, Millilitres water);

// Refuses a fat-loss goal for someone already underweight (BMI < 18.5): losing more would harm.
void check_goal_safety(Goal goal, double bmi);

}  // namespace hipfit::core
