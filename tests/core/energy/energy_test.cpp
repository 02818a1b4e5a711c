#include "core/energy/energy.hpp"

#include <gtest/gtest.h>

namespace hipfit::core {
namespace {

constexpr double kTight = 1e-9;

TEST(MifflinStJeor, WomanWorkedExample) {
    // 10·60 + 6.25·165 − 5·30 − 161 = 600 + 1031.25 − 150 − 161 = 1320.25
    EXPECT_NEAR(mifflin_st_jeor(Sex::female, Kilograms(60.0), Centimetres(165.0), 30).value(), 1320.25,
                kTight);
}

TEST(MifflinStJeor, ManWorkedExample) {
    // 10·90 + 6.25·180 − 5·40 + 5 = 900 + 1125 − 200 + 5 = 1830
    EXPECT_NEAR(mifflin_st_jeor(Sex::male, Kilograms(90.0), Centimetres(180.0), 40).value(), 1830.0, kTight);
}

TEST(MifflinStJeor, SexesDifferBy166AtTheSameBody) {
    // +5 − (−161) = 166
    const double man = mifflin_st_jeor(Sex::male, Kilograms(70.0), Centimetres(170.0), 25).value();
    const double woman = mifflin_st_jeor(Sex::female, Kilograms(70.0), Centimetres(170.0), 25).value();
    EXPECT_NEAR(man - woman, 166.0, kTight);
    // 10·70 + 6.25·170 − 5·25 + 5 = 700 + 1062.5 − 125 + 5 = 1642.5
    EXPECT_NEAR(man, 1642.5, kTight);
}

TEST(MifflinStJeor, SlopesAreTenPerKgSixAndAQuarterPerCmMinusFivePerYear) {
    const auto bmr = [](double kg, double cm, int age) {
        return mifflin_st_jeor(Sex::female, Kilograms(kg), Centimetres(cm), age).value();
    };
    EXPECT_NEAR(bmr(61.0, 165.0, 30) - bmr(60.0, 165.0, 30), 10.0, kTight);
    EXPECT_NEAR(bmr(60.0, 166.0, 30) - bmr(60.0, 165.0, 30), 6.25, kTight);
    EXPECT_NEAR(bmr(60.0, 165.0, 31) - bmr(60.0, 165.0, 30), -5.0, kTight);
}

TEST(KatchMcArdle, WorkedExamples) {
    // 370 + 21.6·50 = 370 + 1080 = 1450
    EXPECT_NEAR(katch_mcardle(Kilograms(50.0)).value(), 1450.0, kTight);
    // 370 + 21.6·62.5 = 370 + 1350 = 1720
    EXPECT_NEAR(katch_mcardle(Kilograms(62.5)).value(), 1720.0, kTight);
}

TEST(ActivityMultiplier, IsTheHarrisBenedictTable) {
    EXPECT_EQ(activity_multiplier(Activity::sedentary), 1.2);
    EXPECT_EQ(activity_multiplier(Activity::light), 1.375);
    EXPECT_EQ(activity_multiplier(Activity::moderate), 1.55);
    EXPECT_EQ(activity_multiplier(Activity::active), 1.725);
    EXPECT_EQ(activity_multiplier(Activity::very_active), 1.9);
}

TEST(PhysicalActivityLevel, UsesTheActivityLevelWithoutAnOverride) {
    Profile p;
    p.activity = Activity::moderate;
    EXPECT_EQ(physical_activity_level(p), 1.55);
    p.activity = Activity::very_active;
    EXPECT_EQ(physical_activity_level(p), 1.9);
}

TEST(PhysicalActivityLevel, PalOverrideReplacesTheActivityLevel) {
    Profile p;
    p.activity = Activity::sedentary;
    p.pal_override = 1.8;
    EXPECT_EQ(physical_activity_level(p), 1.8);
    p.activity = Activity::very_active;
    EXPECT_EQ(physical_activity_level(p), 1.8);
}

TEST(TotalExpenditure, IsRestingTimesPal) {
    // 1320.25 · 1.55 = 2046.3875
    EXPECT_NEAR(total_expenditure(Kilocalories(1320.25), 1.55).value(), 2046.3875, kTight);
    // 1830 · 1.2 = 2196
    EXPECT_NEAR(total_expenditure(Kilocalories(1830.0), 1.2).value(), 2196.0, kTight);
}

TEST(EnergyPerKilogramChange, ForbesConstantsAreHall) {
    EXPECT_EQ(kFatEnergyDensityKcalPerKg, 9440.727);
    EXPECT_EQ(kLeanEnergyDensityKcalPerKg, 1816.444);
    EXPECT_EQ(kForbesConstantKg, 10.4);
}

TEST(EnergyPerKilogramChange, WorkedExampleFat23Kg) {
    // (9440.727·23 + 10.4·1816.444) / (23 + 10.4) = (217136.721 + 18891.0176) / 33.4
    //   = 236027.7386 / 33.4 = 7066.6988
    EXPECT_NEAR(energy_per_kilogram_change(Kilograms(23.0)).value(), 7066.6988, 1e-3);
}

TEST(EnergyPerKilogramChange, WorkedExampleFat29Kg) {
    // (9440.727·29 + 10.4·1816.444) / (29 + 10.4) = (273781.083 + 18891.0176) / 39.4
    //   = 292672.1006 / 39.4 = 7428.2259  (docs/sources.md#energy-per-kg: ≈ 7430)
    EXPECT_NEAR(energy_per_kilogram_change(Kilograms(29.0)).value(), 7428.2259, 1e-3);
}

TEST(EnergyPerKilogramChange, WithNoFatIsTheLeanDensity) {
    // (0 + 10.4·1816.444) / 10.4 = 1816.444
    EXPECT_NEAR(energy_per_kilogram_change(Kilograms(0.0)).value(), 1816.444, kTight);
}

TEST(EnergyPerKilogramChange, CrossesTheSevenThousandSevenHundredRuleAt35Kg) {
    // ρ = 7700 ⇔ 9440.727·F + 18891.0176 = 7700·F + 80080 ⇔ F = 61188.9824 / 1740.727 = 35.151 kg
    EXPECT_LT(energy_per_kilogram_change(Kilograms(35.1)).value(), 7700.0);
    EXPECT_GT(energy_per_kilogram_change(Kilograms(35.2)).value(), 7700.0);
}

TEST(EnergyPerKilogramChangeProperty, RisesWithFatMassBetweenLeanAndFatDensity) {
    double previous = energy_per_kilogram_change(Kilograms(1.0)).value();
    for (int step = 1; step <= 1490; ++step) {
        const double fat = 1.0 + 0.1 * step;  // 1.1 … 150 kg
        const double rho = energy_per_kilogram_change(Kilograms(fat)).value();
        ASSERT_GT(rho, previous) << "F = " << fat;
        ASSERT_GT(rho, kLeanEnergyDensityKcalPerKg) << "F = " << fat;
        ASSERT_LT(rho, kFatEnergyDensityKcalPerKg) << "F = " << fat;
        // Below 35.15 kg of fat each kilogram holds less than the 7,700 kcal of the 3,500-kcal rule.
        if (fat < 35.0) {
            ASSERT_LT(rho, 7700.0) << "F = " << fat;
        }
        previous = rho;
    }
    // (9440.727·150 + 18891.0176) / 160.4 = 1435000.0676 / 160.4 = 8946.3845
    EXPECT_NEAR(previous, 8946.3845, 1e-3);
}

}  // namespace
}  // namespace hipfit::core
