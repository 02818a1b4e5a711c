// The underweight rule: a lose-fat goal under BMI 18.5 (WHO) is planned as maintain, and the coach says so.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "core/body/body_metrics.hpp"
#include "core/coach/coach_underweight.hpp"

namespace hipfit::core {
namespace {

constexpr Goal kGoals[] = {Goal::lose_fat, Goal::tone, Goal::maintain, Goal::gain_lean};

TEST(CoachUnderweight, AWomanOf46KgAt165CmIsToldFatLossHasStopped) {
    // 46.3 / 1.65² = 17.006: under the WHO's 18.5.
    const double bmi = body_mass_index(Kilograms(46.3), Centimetres(165.0));
    const std::optional<Advice> advice = underweight_on_fat_loss(bmi, Goal::lose_fat);
    ASSERT_TRUE(advice);
    EXPECT_EQ(advice->rule, "underweight");
    EXPECT_EQ(advice->severity, Severity::safety);
    EXPECT_EQ(advice->message,
              "Your BMI is now 17.0, under 18.5, the lower end of a healthy weight (WHO): hipfit has stopped "
              "planning fat loss and sets your target to maintain your weight. Losing more would harm your "
              "health, so please eat enough to hold your weight steady; talk to a doctor if you are losing "
              "weight without trying.");
    EXPECT_EQ(goal_in_force(Goal::lose_fat, bmi), Goal::maintain);
}

TEST(CoachUnderweight, AtExactly18Point5TheWeightIsHealthyAndFatLossStaysPlanned) {
    EXPECT_FALSE(underweight_on_fat_loss(kBmiUnderweightBelow, Goal::lose_fat));
    EXPECT_EQ(goal_in_force(Goal::lose_fat, kBmiUnderweightBelow), Goal::lose_fat);
}

// Over BMIs 12–40 in steps of 0.01 and every goal: only lose-fat under 18.5 changes, to maintain, and the
// advice fires exactly then.
TEST(CoachUnderweight, OnlyFatLossUnderTheWhoCutOffIsReadAsMaintain) {
    int fired = 0;
    for (int hundredths = 1200; hundredths <= 4000; ++hundredths) {
        const double bmi = hundredths / 100.0;
        for (const Goal goal : kGoals) {
            const bool underweight_fat_loss = goal == Goal::lose_fat && bmi < 18.5;
            EXPECT_EQ(goal_in_force(goal, bmi), underweight_fat_loss ? Goal::maintain : goal) << bmi;
            const std::optional<Advice> advice = underweight_on_fat_loss(bmi, goal);
            EXPECT_EQ(advice.has_value(), underweight_fat_loss) << bmi;
            if (advice) {
                ++fired;
                EXPECT_TRUE(advice->message.starts_with(fmt::format("Your BMI is now {:.1f}, ", bmi))) << bmi;
            }
        }
    }
    EXPECT_EQ(fired, 650);  // 12.00 to 18.49
}

}  // namespace
}  // namespace hipfit::core
