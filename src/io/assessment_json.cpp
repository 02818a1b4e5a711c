#include "io/assessment_json.hpp"

#include <nlohmann/json.hpp>

namespace hipfit::io {

using namespace hipfit::core;

nlohmann::json to_json(const Profile& profile, const Assessment& a) {
    nlohmann::json explanations = nlohmann::json::object();
    for (const Explanation& e : a.explanations) {
        explanations[e.key] = {{"formula", e.formula}, {"meaning", e.meaning}};
    }
    return {
        {"goal", name_of(kGoalNames, profile.goal)},
        {"sex", name_of(kSexNames, profile.sex)},
        {"age_years", a.age_years},
        {"bmi", a.bmi},
        {"bmi_category", name_of(kBmiCategoryNames, a.bmi_category)},
        {"waist_to_hip_ratio", a.waist_to_hip_ratio},
        {"waist_to_hip_substantial_risk", a.waist_to_hip_substantial_risk},
        {"waist_to_height_ratio", a.waist_to_height_ratio},
        {"waist_to_height_flag", a.waist_to_height_flag},
        {"body_fat_percent", a.body_fat_percent},
        {"fat_mass_kg", a.fat_mass.value()},
        {"lean_mass_kg", a.lean_mass.value()},
        {"body_shape", name_of(kBodyShapeNames, a.body_shape)},
        {"bmr_kcal", a.bmr.value()},
        {"katch_mcardle_kcal", a.katch_mcardle.value()},
        {"pal", a.pal},
        {"tdee_kcal", a.tdee.value()},
        {"target_kcal", a.target.value()},
        {"protein_g", a.protein.value()},
        {"water_ml", a.water.value()},
        {"expected_weekly_change_kg", a.expected_weekly_change.value()},
        {"warnings", a.warnings},
        {"explanations", explanations},
        {"spot_reduction", a.spot_reduction},
        {"medical_note", a.medical_note},
    };
}

}  // namespace hipfit::io
