// Body measurements turned into the figures of an assessment. Pure functions; each cites its source.
#pragma once

#include "core/base/units.hpp"
#include "core/body/profile.hpp"

namespace hipfit::core {

enum class BmiCategory { underweight, normal, overweight, obese_class_1, obese_class_2, obese_class_3 };
inline constexpr NameTable<BmiCategory, 6> kBmiCategoryNames{
    {{BmiCategory::underweight, "underweight"},
     {BmiCategory::normal, "normal"},
     {BmiCategory::overweight, "overweight"},
     {BmiCategory::obese_class_1, "obese class I"},
     {BmiCategory::obese_class_2, "obese class II"},
     {BmiCategory::obese_class_3, "obese class III"}}};

enum class BodyShape { apple, balanced, pear };
inline constexpr NameTable<BodyShape, 3> kBodyShapeNames{
    {{BodyShape::apple, "apple"}, {BodyShape::balanced, "balanced"}, {BodyShape::pear, "pear"}}};

// WHO BMI cut-offs (WHO Technical Report Series 894, 2000; docs/sources.md#who-bmi-2000).
inline constexpr double kBmiUnderweightBelow = 18.5;
inline constexpr double kBmiOverweightFrom = 25.0;
inline constexpr double kBmiObeseFrom = 30.0;
inline constexpr double kBmiObeseClass2From = 35.0;
inline constexpr double kBmiObeseClass3From = 40.0;

// WHO expert consultation "Waist circumference and waist-hip ratio" (2008, publ. 2011):
// substantially increased metabolic risk at WHR ≥ 0.85 (women) and ≥ 0.90 (men).
inline constexpr double kWaistToHipRiskFemale = 0.85;
inline constexpr double kWaistToHipRiskMale = 0.90;
// Ashwell, Gunn & Gibson, Obes Rev 2012: keep the waist below half the height.
inline constexpr double kWaistToHeightFlag = 0.5;
// Below the WHO cut-off by this much counts as "pear"; in between is "balanced". There is no
// official cut-off for pear vs balanced: this band is hipfit's judgement (docs/assessment.md).
inline constexpr double kBalancedBandWidth = 0.05;

// kg / m² (Quetelet; WHO).
double body_mass_index(Kilograms weight, Centimetres height);
BmiCategory bmi_category(double bmi);

double waist_to_hip_ratio(Centimetres waist, Centimetres hip);
double waist_to_hip_risk_cutoff(Sex sex);
double waist_to_height_ratio(Centimetres waist, Centimetres height);

// US Navy circumference method, Hodgdon & Beckett 1984 (Naval Health Research Center reports
// 84-11, 84-29), in its original inch form. Men: waist at the navel and neck; women: waist at the
// narrowest, hip at the widest, and neck.
double navy_body_fat_percent(Sex sex, Centimetres height, Centimetres waist, Centimetres hip,
                             Centimetres neck);

struct BodyComposition {
    Kilograms fat_mass;
    Kilograms lean_mass;
};
BodyComposition body_composition(Kilograms weight, double body_fat_percent);

// Essential fat, the least a healthy body carries (American Council on Exercise body-fat chart:
// 10–13 % women, 2–5 % men). A Navy estimate below it is a measuring
// mistake, and is refused.
double essential_fat_percent(Sex sex);

// Apple when the WHR reaches the WHO cut-off; pear when it is kBalancedBandWidth or more below it.
BodyShape body_shape(Sex sex, double waist_to_hip);

}  // namespace hipfit::core
