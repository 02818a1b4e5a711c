#include "core/assessment/assessment.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/assessment/explanations.hpp"
#include "core/base/errors.hpp"
#include "core/body/profile_limits.hpp"
#include "core/energy/energy.hpp"
#include "core/energy/targets.hpp"

namespace hipfit::core {
namespace {

void measure_body(const Profile& profile, Assessment& result) {
    result.bmi = body_mass_index(profile.weight, profile.height);
    result.bmi_category = bmi_category(result.bmi);
    result.waist_to_hip_ratio = waist_to_hip_ratio(profile.waist, profile.hip);
    result.waist_to_hip_substantial_risk = result.waist_to_hip_ratio >= waist_to_hip_risk_cutoff(profile.sex);
    result.waist_to_height_ratio = waist_to_height_ratio(profile.waist, profile.height);
    result.waist_to_height_flag = result.waist_to_height_ratio >= kWaistToHeightFlag;
    result.body_fat_percent =
        navy_body_fat_percent(profile.sex, profile.height, profile.waist, profile.hip, profile.neck);
    const BodyComposition composition = body_composition(profile.weight, result.body_fat_percent);
    result.fat_mass = composition.fat_mass;
    result.lean_mass = composition.lean_mass;
    result.body_shape = body_shape(profile.sex, result.waist_to_hip_ratio);
}

void plan_energy(const Profile& profile, Assessment& result) {
    result.bmr = mifflin_st_jeor(profile.sex, profile.weight, profile.height, result.age_years);
    result.katch_mcardle = katch_mcardle(result.lean_mass);
    result.pal = physical_activity_level(profile);
    result.tdee = total_expenditure(result.bmr, result.pal);
    CalorieTarget target =
        calorie_target(profile, result.bmr, result.tdee, max_safe_deficit(profile.weight, result.fat_mass));
    result.target = target.kcal;
    result.warnings.insert(result.warnings.end(), target.warnings.begin(), target.warnings.end());
    result.protein = protein_target(profile.goal, profile.weight, result.lean_mass);
    result.water = water_target(profile.sex);
    result.expected_weekly_change = expected_weekly_change(result.target - result.tdee, result.fat_mass);
}

// The Navy formula takes logarithms of circumference differences; with a waist close to the neck it
// gives a body fat below what a living body carries, even below zero. Every figure built on fat mass
// would then be nonsense (a negative fat mass even turns a deficit into a predicted gain), so such
// measurements are refused, naming what to re-check.
void refuse_implausible_body_fat(const Profile& profile, const Assessment& result) {
    const double essential = essential_fat_percent(profile.sex);
    if (result.body_fat_percent > kBodyFatRangePercent.max) {
        throw InvalidInput("waist_cm",
                           fmt::format("waist_cm: these measurements give a body fat of {:.1f}%, above the "
                                       "{:g}% any measured adult carries; re-measure the waist, the hips "
                                       "at the widest and the neck",
                                       result.body_fat_percent, kBodyFatRangePercent.max));
    }
    if (result.body_fat_percent >= essential)
        return;
    const bool female = profile.sex == Sex::female;
    throw InvalidInput("waist_cm",
                       fmt::format("waist_cm: these measurements give a body fat of {:.1f}%, below the "
                                   "{:g}% essential fat every {} carries; re-measure the waist ({}), the "
                                   "hips at the widest and the neck",
                                   result.body_fat_percent, essential, female ? "woman" : "man",
                                   female ? "at the narrowest" : "at the navel"));
}

}  // namespace

Assessment assess(const Profile& profile, Date today) {
    Assessment result;
    result.age_years = profile.age.years_on(today);
    check_age(result.age_years);  // adults only, whatever path led here
    measure_body(profile, result);
    refuse_implausible_body_fat(profile, result);
    check_goal_safety(profile.goal, result.bmi);
    plan_energy(profile, result);
    result.explanations = explain(profile, result);
    result.spot_reduction = spot_reduction_sentence();
    result.medical_note = medical_note();
    return result;
}

}  // namespace hipfit::core
