#include "core/forecast.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/errors.hpp"

namespace hipfit::core {
namespace {

const BodyModelPerson kMan{Sex::male, 40.0, Kilograms(90.0), Centimetres(180.0), 1.5, std::nullopt};
const BodyModelPerson kWoman{Sex::female, 34.0, Kilograms(72.0), Centimetres(165.0), 1.55, std::nullopt};

std::vector<IntakeChange> plan(const std::string& text) {
    return parse_intake_changes(text);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(Forecast, RunsTheModelForEveryDayAndReportsTheBaseline) {
    const Forecast f = forecast(kMan, plan("-500"), 365, std::nullopt);
    ASSERT_EQ(f.days.size(), 366U);
    EXPECT_NEAR(f.baseline.intake.value(), 2748.45, 0.01);
    EXPECT_NEAR(f.baseline.resting.value(), 1832.30, 0.01);
    EXPECT_NEAR(f.baseline.fat.value(), 23.1185, 0.001);
    EXPECT_NEAR(f.baseline.lean.value(), 42.0155, 0.001);
    const BodyBaseline baseline = body_baseline(kMan);
    const auto states = simulate_body(baseline, std::vector<double>(365, -500.0));
    for (std::size_t day = 0; day < f.days.size(); ++day) {
        EXPECT_EQ(f.days[day].day, static_cast<int>(day));
        EXPECT_DOUBLE_EQ(f.days[day].weight.value(), states[day].weight_kg());
        EXPECT_DOUBLE_EQ(f.days[day].fat.value(), states[day].fat_kg);
        EXPECT_DOUBLE_EQ(f.days[day].lean.value(), states[day].lean_kg);
        EXPECT_NEAR(f.days[day].intake.value(), 2248.45, 0.01);
    }
    // science.md §2: Hall's model 13.7 kg lost in a year; the 3,500-kcal rule 500·365/7,700 = 23.7 kg.
    EXPECT_NEAR(90.0 - f.days.back().weight.value(), 13.76, 0.01);
    EXPECT_NEAR(90.0 - f.days.back().rule_weight.value(), 500.0 * 365 / 7700.0, 1e-9);
}

TEST(Forecast, TheRuleAddsUpTheChangesAndNeverLevelsOff) {
    const Forecast f = forecast(kMan, plan("-300@0,0@180,200@300"), 400, std::nullopt);
    EXPECT_DOUBLE_EQ(f.days[0].rule_weight.value(), 90.0);
    EXPECT_NEAR(f.days[1].rule_weight.value(), 90.0 - 300.0 / 7700.0, 1e-12);
    EXPECT_NEAR(f.days[180].rule_weight.value(), 90.0 - 300.0 * 180 / 7700.0, 1e-9);
    EXPECT_NEAR(f.days[300].rule_weight.value(), 90.0 - 300.0 * 180 / 7700.0, 1e-9);
    EXPECT_NEAR(f.days[400].rule_weight.value(), 90.0 - (300.0 * 180 - 200.0 * 100) / 7700.0, 1e-9);
    EXPECT_NEAR(f.days[250].intake.value(), f.baseline.intake.value(), 1e-9);
    EXPECT_NEAR(f.days[350].intake.value(), f.baseline.intake.value() + 200.0, 1e-9);
}

TEST(Forecast, ExplainsWhyTheModelAndTheRuleDiffer) {
    const Forecast f = forecast(kMan, plan("-500"), 365, std::nullopt);
    EXPECT_TRUE(contains(f.rule_explanation, "By day 365 the model forecasts 76.2 kg (-13.8 kg)"));
    EXPECT_TRUE(contains(f.rule_explanation, "the 3,500-kcal rule promises 66.3 kg (-23.7 kg)"));
    EXPECT_TRUE(contains(f.rule_explanation, "lean tissue"));
    EXPECT_TRUE(contains(f.rule_explanation, "never levels off"));
    EXPECT_FALSE(contains(f.rule_explanation, "weigh nothing"));
    // Ten years of −500 kcal/day: the model settles at 68.3 kg, the rule passes zero on day 1,386
    // (90 kg · 7,700 / 500 = 1,386).
    const Forecast decade = forecast(kMan, plan("-500"), 3650, std::nullopt);
    EXPECT_TRUE(contains(decade.rule_explanation, "By day 3650 the model forecasts 68.3 kg (-21.7 kg)"));
    EXPECT_TRUE(contains(decade.rule_explanation, "The rule even has you weigh nothing by day 1386."));
}

TEST(Forecast, TheBandIsEatingTenPercentLessOrMoreThanLogged) {
    const Forecast f = forecast(kMan, plan("-500"), 200, std::nullopt);
    const BodyBaseline baseline = body_baseline(kMan);
    const double eaten = baseline.intake.value() - 500.0;
    const auto low = simulate_body(baseline, std::vector<double>(200, eaten * 0.9 - baseline.intake.value()));
    const auto high =
        simulate_body(baseline, std::vector<double>(200, eaten * 1.1 - baseline.intake.value()));
    EXPECT_DOUBLE_EQ(f.days[0].weight_low.value(), 90.0);
    EXPECT_DOUBLE_EQ(f.days[0].weight_high.value(), 90.0);
    for (std::size_t day = 1; day < f.days.size(); ++day) {
        EXPECT_DOUBLE_EQ(f.days[day].weight_low.value(), low[day].weight_kg());
        EXPECT_DOUBLE_EQ(f.days[day].weight_high.value(), high[day].weight_kg());
        EXPECT_LT(f.days[day].weight_low, f.days[day].weight);
        EXPECT_GT(f.days[day].weight_high, f.days[day].weight);
    }
}

TEST(Forecast, FindsTheDayAGoalIsReachedAndTheIntakeThatHoldsIt) {
    const Forecast f = forecast(kMan, plan("-500"), 365, Kilograms(85.0));
    ASSERT_TRUE(f.goal && f.goal->day_reached && f.goal->maintenance_intake);
    const int day = *f.goal->day_reached;
    EXPECT_LE(f.days[static_cast<std::size_t>(day)].weight.value(), 85.0);
    EXPECT_GT(f.days[static_cast<std::size_t>(day - 1)].weight.value(), 85.0);
    const BodyBaseline baseline = body_baseline(kMan);
    const auto states = simulate_body(baseline, std::vector<double>(static_cast<std::size_t>(day), -500.0));
    EXPECT_DOUBLE_EQ(f.goal->maintenance_intake->value(),
                     maintenance_intake(baseline, states.back()).value());
    // Lighter, so it needs less than the start; more than the −500 plan, which still loses.
    EXPECT_LT(*f.goal->maintenance_intake, baseline.intake);
    EXPECT_GT(*f.goal->maintenance_intake, baseline.intake - Kilocalories(500.0));
}

TEST(Forecast, AGoalMayBeAGainOrOutOfReach) {
    const Forecast gain = forecast(kWoman, plan("+300"), 365, Kilograms(74.0));
    ASSERT_TRUE(gain.goal && gain.goal->day_reached);
    EXPECT_GE(gain.days[static_cast<std::size_t>(*gain.goal->day_reached)].weight.value(), 74.0);
    const Forecast far = forecast(kMan, plan("-500"), 365, Kilograms(70.0));
    ASSERT_TRUE(far.goal);
    EXPECT_FALSE(far.goal->day_reached);
    EXPECT_FALSE(far.goal->maintenance_intake);
    const Forecast here = forecast(kMan, plan("0"), 10, Kilograms(90.0));
    EXPECT_EQ(here.goal->day_reached, 0);
}

TEST(Forecast, RefusesAGoalUnderAHealthyBmi) {
    // 18.5 · 1.80² = 59.94 kg.
    try {
        forecast(kMan, plan("-500"), 365, Kilograms(59.0));
        FAIL() << "an underweight goal was accepted";
    } catch (const SafetyRefusal& refusal) {
        EXPECT_TRUE(contains(refusal.what(), "BMI of 18.2"));
        EXPECT_TRUE(contains(refusal.what(), "at least 59.9 kg"));
    }
    EXPECT_NO_THROW(forecast(kMan, plan("-500"), 365, Kilograms(60.0)));
    EXPECT_THROW(forecast(kMan, plan("-500"), 365, Kilograms(400.0)), InvalidInput);
}

TEST(Forecast, RefusesMinorsAndDaysOutOfRange) {
    BodyModelPerson child = kWoman;
    child.age_years = 16.0;
    EXPECT_THROW(forecast(child, plan("-200"), 30, std::nullopt), SafetyRefusal);
    EXPECT_THROW(forecast(kMan, plan("-200"), 0, std::nullopt), InvalidInput);
    EXPECT_THROW(forecast(kMan, plan("-200"), 3651, std::nullopt), InvalidInput);
    EXPECT_EQ(forecast(kMan, plan("-200"), 1, std::nullopt).days.size(), 2U);
    EXPECT_EQ(forecast(kMan, plan("-200"), 3650, std::nullopt).days.size(), 3651U);
}

TEST(Forecast, RefusesAnIntakeBelowZero) {
    // The baseline is 2,748 kcal/day.
    try {
        forecast(kMan, plan("-100,-2800@20"), 60, std::nullopt);
        FAIL() << "a negative intake was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), "--intake-change");
        EXPECT_TRUE(contains(error.what(), "day 20"));
    }
}

TEST(Forecast, WarnsOfAnIntakeUnderTheCalorieFloorNamingTheDay) {
    // The woman's baseline is about 2,240 kcal/day: −1,100 leaves about 1,140, under the 1,200 floor.
    const Forecast f = forecast(kWoman, plan("-300,-1100@30"), 60, std::nullopt);
    ASSERT_FALSE(f.warnings.empty());
    EXPECT_TRUE(contains(f.warnings.front(), "From day 30"));
    EXPECT_TRUE(contains(f.warnings.front(), "floor of 1200 kcal/day for women"));
    // The man's floor is 1,500: 2,748 − 1,300 = 1,448.
    const Forecast man = forecast(kMan, plan("-1300"), 30, std::nullopt);
    EXPECT_TRUE(contains(man.warnings.front(), "From day 0"));
    EXPECT_TRUE(contains(man.warnings.front(), "floor of 1500 kcal/day for men"));
}

TEST(Forecast, WarnsOfALossFasterThanOnePercentAWeek) {
    const Forecast fast = forecast(kMan, plan("-1200"), 90, std::nullopt);
    ASSERT_EQ(fast.warnings.size(), 1U);
    EXPECT_TRUE(contains(fast.warnings.front(), "In the week to day 7"));
    EXPECT_TRUE(contains(fast.warnings.front(), "faster than 1 % a week"));
    // Shorter than a week: judged at its weekly pace.
    EXPECT_EQ(forecast(kMan, plan("-1200"), 3, std::nullopt).warnings.size(), 1U);
}

TEST(Forecast, AModestPlanHasNoWarnings) {
    EXPECT_TRUE(forecast(kMan, plan("-500@0,0@180"), 365, Kilograms(82.0)).warnings.empty());
    EXPECT_TRUE(forecast(kWoman, plan("-250"), 365, std::nullopt).warnings.empty());
    EXPECT_TRUE(forecast(kWoman, plan("+300"), 365, std::nullopt).warnings.empty());
}

}  // namespace
}  // namespace hipfit::core
