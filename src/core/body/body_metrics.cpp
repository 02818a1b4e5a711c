#include "core/body/body_metrics.hpp"

#include <cmath>

namespace hipfit::core {

double body_mass_index(Kilograms weight, Centimetres height) {
    const double metres = to_metres(height);
    return weight.value() / (metres * metres);
}

BmiCategory bmi_category(double bmi) {
    if (bmi < kBmiUnderweightBelow)
        return BmiCategory::underweight;
    if (bmi < kBmiOverweightFrom)
        return BmiCategory::normal;
    if (bmi < kBmiObeseFrom)
        return BmiCategory::overweight;
    if (bmi < kBmiObeseClass2From)
        return BmiCategory::obese_class_1;
    if (bmi < kBmiObeseClass3From)
        return BmiCategory::obese_class_2;
    return BmiCategory::obese_class_3;
}

double waist_to_hip_ratio(Centimetres waist, Centimetres hip) {
    return waist / hip;
}

double waist_to_hip_risk_cutoff(Sex sex) {
    return sex == Sex::female ? kWaistToHipRiskFemale : kWaistToHipRiskMale;
}

double waist_to_height_ratio(Centimetres waist, Centimetres height) {
    return waist / height;
}

double navy_body_fat_percent(Sex sex, Centimetres height, Centimetres waist, Centimetres hip,
                             Centimetres neck) {
    const double height_in = to_inches(height).value();
    const double waist_in = to_inches(waist).value();
    const double neck_in = to_inches(neck).value();
    if (sex == Sex::male) {
        return 86.010 * std::log10(waist_in - neck_in) - 70.041 * std::log10(height_in) + 36.76;
    }
    const double hip_in = to_inches(hip).value();
    return 163.205 * std::log10(waist_in + hip_in - neck_in) - 97.684 * std::log10(height_in) - 78.387;
}

BodyComposition body_composition(Kilograms weight, double body_fat_percent) {
    const Kilograms fat = weight * (body_fat_percent / 100.0);
    return {fat, weight - fat};
}

double essential_fat_percent(Sex sex) {
    return sex == Sex::female ? 10.0 : 2.0;
}

BodyShape body_shape(Sex sex, double waist_to_hip) {
    const double cutoff = waist_to_hip_risk_cutoff(sex);
    if (waist_to_hip >= cutoff)
        return BodyShape::apple;
    // 80/100 must count as exactly 0.85 − 0.05, which binary floating point misses by one unit in the
    // last place; measured ratios carry two decimals, so a tiny tolerance changes nothing else.
    constexpr double kRatioTolerance = 1e-9;
    if (waist_to_hip <= cutoff - kBalancedBandWidth + kRatioTolerance)
        return BodyShape::pear;
    return BodyShape::balanced;
}

}  // namespace hipfit::core
