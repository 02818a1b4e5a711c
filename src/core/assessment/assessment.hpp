// The assessment: where a person stands and what to eat, each figure with its formula and meaning.
#pragma once

#include <string>
#include <vector>

#include "core/base/units.hpp"
#include "core/body/body_metrics.hpp"
#include "core/body/profile.hpp"

namespace hipfit::core {

// One figure's provenance and plain-language reading, for people and for the web app.
struct Explanation {
    std::string key;      // the JSON key of the figure, e.g. "waist_to_hip_ratio"
    std::string formula;  // the formula's name and source, e.g. "Mifflin–St Jeor (1990)"
    std::string meaning;  // what the value means for this person, in a sentence or two
};

struct Assessment {
    int age_years = 0;
    double bmi = 0;
    BmiCategory bmi_category = BmiCategory::normal;
    double waist_to_hip_ratio = 0;
    bool waist_to_hip_substantial_risk = false;
    double waist_to_height_ratio = 0;
    bool waist_to_height_flag = false;
    double body_fat_percent = 0;
    Kilograms fat_mass;
    Kilograms lean_mass;
    BodyShape body_shape = BodyShape::balanced;
    Kilocalories bmr;            // Mifflin–St Jeor
    Kilocalories katch_mcardle;  // beside it, from the estimated lean mass
    double pal = 0;
    Kilocalories tdee;
    Kilocalories target;
    Grams protein;
    Millilitres water;
    Kilograms expected_weekly_change;  // negative = loss
    std::vector<std::string> warnings;
    std::vector<Explanation> explanations;
    std::string spot_reduction;  // the one sentence every assessment carries
    std::string medical_note;    // "not medical advice"
};

// Throws SafetyRefusal when the profile's goal could harm (a fat-loss goal when underweight), and
// InvalidInput when the tape measurements give a body fat below essential fat.
Assessment assess(const Profile& profile, Date today);

}  // namespace hipfit::core
