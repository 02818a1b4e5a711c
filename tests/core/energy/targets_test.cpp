#include "core/energy/targets.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/base/errors.hpp"

namespace hipfit::core {
namespace {

constexpr double kTight = 1e-9;

Profile with_goal(Sex sex, Goal goal, double deficit = 250.0, double surplus = 300.0) {
    Profile p;
    p.sex = sex;
    p.goal = goal;
    p.deficit = Kilocalories(deficit);
    p.surplus = Kilocalories(surplus);
    return p;
}

bool mentions(const std::vector<std::string>& warnings, const std::string& word) {
    for (const auto& w : warnings) {
        if (w.find(word) != std::string::npos)
            return true;
    }
    return false;
}

TEST(CalorieTarget, LoseFatIsExpenditureMinusDeficit) {
    // 2000 − 250 = 1750
    const CalorieTarget t =
        calorie_target(with_goal(Sex::female, Goal::lose_fat, 250), Kilocalories(1400), Kilocalories(2000));
    EXPECT_NEAR(t.kcal.value(), 1750.0, kTight);
    EXPECT_TRUE(t.warnings.empty());
}

TEST(CalorieTarget, GainLeanIsExpenditurePlusSurplus) {
    // 2400 + 300 = 2700
    const CalorieTarget t = calorie_target(with_goal(Sex::male, Goal::gain_lean, 250, 300),
                                           Kilocalories(1700), Kilocalories(2400));
    EXPECT_NEAR(t.kcal.value(), 2700.0, kTight);
    EXPECT_TRUE(t.warnings.empty());
}

TEST(CalorieTarget, ToneAndMaintainMatchExpenditureWhateverTheOffsets) {
    for (const Goal goal : {Goal::tone, Goal::maintain}) {
        const CalorieTarget t =
            calorie_target(with_goal(Sex::female, goal, 1000, 1000), Kilocalories(1400), Kilocalories(2100));
        EXPECT_NEAR(t.kcal.value(), 2100.0, kTight);
        EXPECT_TRUE(t.warnings.empty()) << t.warnings.front();
    }
}

TEST(CalorieTarget, DeficitOutsideTwoToThreeHundredIsWarnedInsideIsNot) {
    const auto warnings = [](double deficit) {
        return calorie_target(with_goal(Sex::male, Goal::lose_fat, deficit), Kilocalories(1700),
                              Kilocalories(2800))
            .warnings;
    };
    for (const double inside : {200.0, 250.0, 300.0}) EXPECT_TRUE(warnings(inside).empty()) << inside;
    ASSERT_EQ(warnings(199.0).size(), 1U);
    EXPECT_NE(warnings(199.0).front().find("below the recommended 200–300"), std::string::npos);
    ASSERT_EQ(warnings(301.0).size(), 1U);
    EXPECT_NE(warnings(301.0).front().find("above the recommended 200–300"), std::string::npos);
    EXPECT_TRUE(mentions(warnings(1000.0), "muscle"));
}

TEST(CalorieTarget, SurplusOutsideTwoToFiveHundredIsWarnedInsideIsNot) {
    const auto warnings = [](double surplus) {
        return calorie_target(with_goal(Sex::female, Goal::gain_lean, 250, surplus), Kilocalories(1300),
                              Kilocalories(2000))
            .warnings;
    };
    for (const double inside : {200.0, 350.0, 500.0}) EXPECT_TRUE(warnings(inside).empty()) << inside;
    ASSERT_EQ(warnings(199.0).size(), 1U);
    EXPECT_NE(warnings(199.0).front().find("below the recommended 200–500"), std::string::npos);
    ASSERT_EQ(warnings(501.0).size(), 1U);
    EXPECT_NE(warnings(501.0).front().find("above the recommended 200–500"), std::string::npos);
}

TEST(CalorieTarget, WomenAreNeverBelow1200) {
    // 1400 − 300 = 1100 < 1200 (resting 1100 is below the floor) → raised to 1200
    const CalorieTarget t =
        calorie_target(with_goal(Sex::female, Goal::lose_fat, 300), Kilocalories(1100), Kilocalories(1400));
    EXPECT_NEAR(t.kcal.value(), 1200.0, kTight);
    ASSERT_EQ(t.warnings.size(), 1U);
    EXPECT_NE(t.warnings.front().find("raised"), std::string::npos);
    EXPECT_NE(t.warnings.front().find("1100 to 1200"), std::string::npos) << t.warnings.front();
    EXPECT_NE(t.warnings.front().find("women"), std::string::npos);
}

TEST(CalorieTarget, MenAreNeverBelow1500) {
    // 1700 − 300 = 1400 < 1500 → raised to 1500
    const CalorieTarget t =
        calorie_target(with_goal(Sex::male, Goal::lose_fat, 300), Kilocalories(1300), Kilocalories(1700));
    EXPECT_NEAR(t.kcal.value(), 1500.0, kTight);
    ASSERT_EQ(t.warnings.size(), 1U);
    EXPECT_NE(t.warnings.front().find("raised from 1400 to 1500"), std::string::npos) << t.warnings.front();
}

TEST(CalorieTarget, ExactlyAtTheFloorIsNotRaised) {
    // 1500 − 300 = 1200, the women's floor itself
    const CalorieTarget t =
        calorie_target(with_goal(Sex::female, Goal::lose_fat, 300), Kilocalories(1100), Kilocalories(1500));
    EXPECT_NEAR(t.kcal.value(), 1200.0, kTight);
    EXPECT_TRUE(t.warnings.empty());
}

TEST(CalorieTarget, NeverBelowRestingExpenditure) {
    // 1900 − 300 = 1600 < resting 1650 (above the women's 1200) → raised to 1650
    const CalorieTarget t =
        calorie_target(with_goal(Sex::female, Goal::lose_fat, 300), Kilocalories(1650), Kilocalories(1900));
    EXPECT_NEAR(t.kcal.value(), 1650.0, kTight);
    ASSERT_EQ(t.warnings.size(), 1U);
    EXPECT_NE(t.warnings.front().find("raised from 1600 to 1650"), std::string::npos) << t.warnings.front();
    EXPECT_NE(t.warnings.front().find("resting"), std::string::npos);
}

TEST(CalorieTarget, RaisedTargetKeepsTheDeficitWarning) {
    // 1700 − 800 = 900 → raised to max(1200, 1000) = 1200, and 800 is above the 200–300 band
    const CalorieTarget t =
        calorie_target(with_goal(Sex::female, Goal::lose_fat, 800), Kilocalories(1000), Kilocalories(1700));
    EXPECT_NEAR(t.kcal.value(), 1200.0, kTight);
    EXPECT_EQ(t.warnings.size(), 2U);
    EXPECT_TRUE(mentions(t.warnings, "above the recommended"));
    EXPECT_TRUE(mentions(t.warnings, "raised"));
}

TEST(CalorieTarget, FloorAppliesToMaintainToo) {
    // maintain at an expenditure of 1150 for a woman → raised to 1200
    const CalorieTarget t =
        calorie_target(with_goal(Sex::female, Goal::maintain), Kilocalories(950), Kilocalories(1150));
    EXPECT_NEAR(t.kcal.value(), 1200.0, kTight);
    EXPECT_TRUE(mentions(t.warnings, "raised"));
}

TEST(ProteinTarget, LoseFatIs2_3GramsPerKgLeanMass) {
    // 2.3 · 60 = 138 g (the 80 kg body weight is not used)
    EXPECT_NEAR(protein_target(Goal::lose_fat, Kilograms(80.0), Kilograms(60.0)).value(), 138.0, kTight);
    // 2.3 · 46.5 = 106.95 g
    EXPECT_NEAR(protein_target(Goal::lose_fat, Kilograms(70.0), Kilograms(46.5)).value(), 106.95, kTight);
}

TEST(ProteinTarget, OtherGoalsAre1_6GramsPerKgBodyWeight) {
    for (const Goal goal : {Goal::tone, Goal::maintain, Goal::gain_lean}) {
        // 1.6 · 80 = 128 g (the 60 kg lean mass is not used)
        EXPECT_NEAR(protein_target(goal, Kilograms(80.0), Kilograms(60.0)).value(), 128.0, kTight);
    }
}

TEST(WaterTarget, IsEightyPercentOfEfsaTotalWater) {
    // 2000 · 0.8 = 1600 ml; 2500 · 0.8 = 2000 ml
    EXPECT_NEAR(water_target(Sex::female).value(), 1600.0, kTight);
    EXPECT_NEAR(water_target(Sex::male).value(), 2000.0, kTight);
}

TEST(ExpectedWeeklyChange, DeficitWithTwentyThreeKgFat) {
    // ρ(23) = 236027.7386 / 33.4 = 7066.6988; −250 · 7 / 7066.6988 = −0.247640 kg
    EXPECT_NEAR(expected_weekly_change(Kilocalories(-250.0), Kilograms(23.0)).value(), -0.247640, 1e-6);
}

TEST(ExpectedWeeklyChange, SurplusWithTwentyNineKgFat) {
    // ρ(29) = 292672.1006 / 39.4 = 7428.2259; 300 · 7 / 7428.2259 = 0.282705 kg
    EXPECT_NEAR(expected_weekly_change(Kilocalories(300.0), Kilograms(29.0)).value(), 0.282705, 1e-6);
}

TEST(ExpectedWeeklyChange, ZeroBalanceIsNoChange) {
    EXPECT_EQ(expected_weekly_change(Kilocalories(0.0), Kilograms(20.0)).value(), 0.0);
}

TEST(CheckGoalSafety, RefusesFatLossWhenUnderweight) {
    try {
        check_goal_safety(Goal::lose_fat, 18.4);
        FAIL() << "fat loss allowed at BMI 18.4";
    } catch (const SafetyRefusal& refusal) {
        EXPECT_NE(std::string(refusal.what()).find("18.4"), std::string::npos) << refusal.what();
        // Named by its key, which each interface shows in its own words ("--goal" on the command line).
        EXPECT_NE(std::string(refusal.what()).find("Set goal to tone or maintain"), std::string::npos)
            << refusal.what();
        EXPECT_EQ(refusal.field(), "goal");
        EXPECT_EQ(refusal.mentions(), std::vector<std::string>{"goal"});
        EXPECT_NE(renamed(refusal, [](std::string_view key) { return "--" + std::string(key); })
                      .find("Set --goal to tone or maintain"),
                  std::string::npos);
    }
    EXPECT_THROW(check_goal_safety(Goal::lose_fat, 16.0), SafetyRefusal);
}

TEST(CheckGoalSafety, AllowsFatLossFromEighteenAndAHalf) {
    EXPECT_NO_THROW(check_goal_safety(Goal::lose_fat, 18.5));
    EXPECT_NO_THROW(check_goal_safety(Goal::lose_fat, 30.0));
}

TEST(CheckGoalSafety, AllowsOtherGoalsWhenUnderweight) {
    EXPECT_NO_THROW(check_goal_safety(Goal::tone, 17.0));
    EXPECT_NO_THROW(check_goal_safety(Goal::maintain, 17.0));
    EXPECT_NO_THROW(check_goal_safety(Goal::gain_lean, 17.0));
}

}  // namespace
}  // namespace hipfit::core
