#include "core/body/body_metrics.hpp"

#include <cmath>
#include <string_view>

#include <gtest/gtest.h>

namespace hipfit::core {

namespace {

constexpr double kTight = 1e-9;

// Compared by name, so a failure prints "balanced" rather than the enum's bytes.
std::string_view shape(Sex sex, double waist_to_hip) {
    return name_of(kBodyShapeNames, body_shape(sex, waist_to_hip));
}
std::string_view category(double bmi) {
    return name_of(kBmiCategoryNames, bmi_category(bmi));
}

TEST(BodyMassIndex, IsKilogramsOverMetresSquared) {
    // 70 / 1.75² = 70 / 3.0625 = 22.857142857…
    EXPECT_NEAR(body_mass_index(Kilograms(70.0), Centimetres(175.0)), 22.857142857142858, kTight);
    // 60 / 1.60² = 60 / 2.56 = 23.4375
    EXPECT_NEAR(body_mass_index(Kilograms(60.0), Centimetres(160.0)), 23.4375, kTight);
    // 100 / 2.00² = 25
    EXPECT_NEAR(body_mass_index(Kilograms(100.0), Centimetres(200.0)), 25.0, kTight);
}

TEST(BmiCategory, FollowsTheWhoCutOffs) {
    EXPECT_EQ(category(15.0), "underweight");
    EXPECT_EQ(category(18.49), "underweight");
    EXPECT_EQ(category(18.5), "normal");
    EXPECT_EQ(category(24.99), "normal");
    EXPECT_EQ(category(25.0), "overweight");
    EXPECT_EQ(category(29.99), "overweight");
    EXPECT_EQ(category(30.0), "obese class I");
    EXPECT_EQ(category(34.99), "obese class I");
    EXPECT_EQ(category(35.0), "obese class II");
    EXPECT_EQ(category(39.99), "obese class II");
    EXPECT_EQ(category(40.0), "obese class III");
    EXPECT_EQ(category(60.0), "obese class III");
}

TEST(BmiCategory, CutOffConstantsAreWho) {
    EXPECT_EQ(kBmiUnderweightBelow, 18.5);
    EXPECT_EQ(kBmiOverweightFrom, 25.0);
    EXPECT_EQ(kBmiObeseFrom, 30.0);
    EXPECT_EQ(kBmiObeseClass2From, 35.0);
    EXPECT_EQ(kBmiObeseClass3From, 40.0);
}

TEST(WaistRatios, AreWaistOverHipAndWaistOverHeight) {
    // 80 / 100 = 0.8; 72 / 96 = 0.75
    EXPECT_NEAR(waist_to_hip_ratio(Centimetres(80.0), Centimetres(100.0)), 0.8, kTight);
    EXPECT_NEAR(waist_to_hip_ratio(Centimetres(72.0), Centimetres(96.0)), 0.75, kTight);
    // 80 / 160 = 0.5; 66 / 165 = 0.4
    EXPECT_NEAR(waist_to_height_ratio(Centimetres(80.0), Centimetres(160.0)), 0.5, kTight);
    EXPECT_NEAR(waist_to_height_ratio(Centimetres(66.0), Centimetres(165.0)), 0.4, kTight);
}

TEST(WaistRatios, WhoRiskCutOffIsPointEightFiveForWomenPointNineForMen) {
    EXPECT_EQ(waist_to_hip_risk_cutoff(Sex::female), 0.85);
    EXPECT_EQ(waist_to_hip_risk_cutoff(Sex::male), 0.90);
    EXPECT_EQ(kWaistToHeightFlag, 0.5);
}

TEST(BodyShape, AppleFromTheWhoCutOff) {
    EXPECT_EQ(shape(Sex::female, 0.85), "apple");
    EXPECT_EQ(shape(Sex::female, 0.95), "apple");
    EXPECT_EQ(shape(Sex::male, 0.90), "apple");
    EXPECT_EQ(shape(Sex::male, 1.05), "apple");
    // Ratios computed from measurements land exactly on the cut-off: 85/100 and 90/100.
    EXPECT_EQ(shape(Sex::female, waist_to_hip_ratio(Centimetres(85.0), Centimetres(100.0))), "apple");
    EXPECT_EQ(shape(Sex::male, waist_to_hip_ratio(Centimetres(90.0), Centimetres(100.0))), "apple");
}

TEST(BodyShape, BalancedWithinTheBandBelowTheCutOff) {
    EXPECT_EQ(shape(Sex::female, 0.849), "balanced");
    EXPECT_EQ(shape(Sex::female, 0.81), "balanced");
    EXPECT_EQ(shape(Sex::male, 0.899), "balanced");
    EXPECT_EQ(shape(Sex::male, 0.86), "balanced");
    // The men's 0.85 is a woman's apple but a man's balanced-or-pear boundary: sex matters.
    EXPECT_EQ(shape(Sex::female, 0.87), "apple");
    EXPECT_EQ(shape(Sex::male, 0.87), "balanced");
}

TEST(BodyShape, PearWhenTheBandWidthOrMoreBelowTheCutOff) {
    EXPECT_EQ(kBalancedBandWidth, 0.05);
    EXPECT_EQ(shape(Sex::female, 0.79), "pear");
    EXPECT_EQ(shape(Sex::male, 0.84), "pear");
    // Exactly the band width below: 0.85 − 0.05 = 0.80 (women), 0.90 − 0.05 = 0.85 (men). The header
    // promises "pear when it is kBalancedBandWidth or more below it".
    EXPECT_EQ(shape(Sex::female, waist_to_hip_ratio(Centimetres(80.0), Centimetres(100.0))), "pear");
    EXPECT_EQ(shape(Sex::male, waist_to_hip_ratio(Centimetres(85.0), Centimetres(100.0))), "pear");
}

// The inch form of Hodgdon & Beckett (the form the header names), evaluated by hand below.
TEST(NavyBodyFat, ManWorkedExampleInchForm) {
    // waist 90 cm = 35.433071 in, neck 38 cm = 14.960630 in, height 178 cm = 70.078740 in
    // 86.010·log10(35.433071 − 14.960630) = 86.010·log10(20.472441) = 86.010·1.3111696 = 112.773700
    // 70.041·log10(70.078740) = 70.041·1.8455863 = 129.266709
    // 112.773700 − 129.266709 + 36.76 = 20.26699
    const double bf = navy_body_fat_percent(Sex::male, Centimetres(178.0), Centimetres(90.0),
                                            Centimetres(95.0), Centimetres(38.0));
    EXPECT_NEAR(bf, 20.267, 0.01);
}

TEST(NavyBodyFat, WomanWorkedExampleInchForm) {
    // waist 75 + hip 100 − neck 33 = 142 cm = 55.905512 in; height 165 cm = 64.960630 in
    // 163.205·log10(55.905512) = 163.205·1.7474546 = 285.193333
    // 97.684·log10(64.960630) = 97.684·1.8126502 = 177.066925
    // 285.193333 − 177.066925 − 78.387 = 29.73941
    const double bf = navy_body_fat_percent(Sex::female, Centimetres(165.0), Centimetres(75.0),
                                            Centimetres(100.0), Centimetres(33.0));
    EXPECT_NEAR(bf, 29.739, 0.01);
}

// The density form in cm (docs/sources.md#hodgdon-beckett-1984):
// %BF = 495 / (c0 − c1·log10(girths) + c2·log10(height)) − 450.
double density_form(Sex sex, double height, double waist, double hip, double neck) {
    if (sex == Sex::male)
        return 495.0 / (1.0324 - 0.19077 * std::log10(waist - neck) + 0.15456 * std::log10(height)) - 450.0;
    return 495.0 / (1.29579 - 0.35004 * std::log10(waist + hip - neck) + 0.22100 * std::log10(height)) -
           450.0;
}

TEST(NavyBodyFat, WorkedExamplesAgreeWithTheDensityFormWithinAThirdOfAPoint) {
    // Density form of the same examples: man 495/(1.0324 − 0.19077·log10 52 + 0.15456·log10 178) − 450
    // = 20.147; woman 495/(1.29579 − 0.35004·log10 142 + 0.22100·log10 165) − 450 = 29.434
    // (docs/sources.md#hodgdon-beckett-1984 gives the man's as "20.15"; the woman's rounds to "29.43").
    EXPECT_NEAR(density_form(Sex::male, 178, 90, 95, 38), 20.147, 0.001);
    EXPECT_NEAR(density_form(Sex::female, 165, 75, 100, 33), 29.434, 0.001);
    const double man =
        navy_body_fat_percent(Sex::male, Centimetres(178), Centimetres(90), Centimetres(95), Centimetres(38));
    const double woman = navy_body_fat_percent(Sex::female, Centimetres(165), Centimetres(75),
                                               Centimetres(100), Centimetres(33));
    EXPECT_NEAR(man - density_form(Sex::male, 178, 90, 95, 38), 0.120, 0.001);       // 20.267 − 20.147
    EXPECT_NEAR(woman - density_form(Sex::female, 165, 75, 100, 33), 0.305, 0.001);  // 29.739 − 29.434
}

TEST(NavyBodyFat, MenIgnoreTheHip) {
    const double a =
        navy_body_fat_percent(Sex::male, Centimetres(178), Centimetres(90), Centimetres(90), Centimetres(38));
    const double b = navy_body_fat_percent(Sex::male, Centimetres(178), Centimetres(90), Centimetres(130),
                                           Centimetres(38));
    EXPECT_EQ(a, b);
}

TEST(NavyBodyFat, RisesWithWaistAndFallsWithHeight) {
    const auto woman = [](double height, double waist) {
        return navy_body_fat_percent(Sex::female, Centimetres(height), Centimetres(waist), Centimetres(100),
                                     Centimetres(33));
    };
    EXPECT_LT(woman(165, 75), woman(165, 80));
    EXPECT_GT(woman(160, 75), woman(170, 75));
}

TEST(BodyComposition, SplitsWeightIntoFatAndLean) {
    // 80 kg at 25 %: fat 80·0.25 = 20 kg, lean 80 − 20 = 60 kg
    const BodyComposition c = body_composition(Kilograms(80.0), 25.0);
    EXPECT_NEAR(c.fat_mass.value(), 20.0, kTight);
    EXPECT_NEAR(c.lean_mass.value(), 60.0, kTight);
    // 62.5 kg at 31.2 %: fat 19.5 kg, lean 43 kg
    const BodyComposition d = body_composition(Kilograms(62.5), 31.2);
    EXPECT_NEAR(d.fat_mass.value(), 19.5, kTight);
    EXPECT_NEAR(d.lean_mass.value(), 43.0, kTight);
    EXPECT_NEAR((d.fat_mass + d.lean_mass).value(), 62.5, kTight);
}

TEST(EssentialFat, IsTheAceLowerBound) {
    EXPECT_EQ(essential_fat_percent(Sex::female), 10.0);
    EXPECT_EQ(essential_fat_percent(Sex::male), 2.0);
}

}  // namespace
}  // namespace hipfit::core
