#include "core/forecast/forecast.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/base/errors.hpp"

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
    // Hall's model (docs/sources.md#hall-2011) loses 13.7 kg in a year; the 3,500-kcal rule
    // (docs/sources.md#wishnofsky-1958) 500·365/7,700 = 23.7 kg.
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
        EXPECT_EQ(error.field(), "intake_change");
        EXPECT_TRUE(contains(error.what(), "day 20"));
    }
}

// The floor is calorie_target's: the sex's (1,200 women, 1,500 men) or resting expenditure, if higher.
TEST(Forecast, WarnsOfAnIntakeUnderTheCalorieFloorNamingTheDay) {
    // The woman's baseline is about 2,240 kcal/day and her resting expenditure about 1,445: −1,100 leaves
    // about 1,140 from day 30, under both.
    const Forecast f = forecast(kWoman, plan("-300,-1100@30"), 60, std::nullopt);
    ASSERT_FALSE(f.warnings.empty());
    EXPECT_TRUE(contains(f.warnings.front(), "From day 30"));
    EXPECT_TRUE(contains(f.warnings.front(), fmt::format("under {:.0f} kcal/day, your resting expenditure",
                                                         f.baseline.resting.value())));
    // A small older woman rests below 1,200: there the sex's floor is the one named.
    const BodyModelPerson small{Sex::female, 70.0, Kilograms(55.0), Centimetres(150.0), 1.2, std::nullopt};
    const Forecast g = forecast(small, plan("-250"), 30, std::nullopt);
    ASSERT_LT(g.baseline.resting.value(), 1200.0);
    EXPECT_TRUE(contains(g.warnings.front(), "From day 0"));
    EXPECT_TRUE(contains(g.warnings.front(), "under 1200 kcal/day, the floor for women"));
    // The man rests at 1,832: 2,748 − 1,000 = 1,748 is under it though above the men's 1,500.
    const Forecast man = forecast(kMan, plan("-1000"), 30, std::nullopt);
    EXPECT_TRUE(contains(man.warnings.front(), "under 1832 kcal/day, your resting expenditure"));
}

TEST(Forecast, WarnsOfALossFasterThanOnePercentAWeekInWholeWeeksOnly) {
    const Forecast fast = forecast(kMan, plan("-1200"), 90, std::nullopt);
    ASSERT_EQ(fast.warnings.size(), 2U);  // under resting, and the pace
    EXPECT_TRUE(contains(fast.warnings[1], "In the week to day 7"));
    EXPECT_TRUE(contains(fast.warnings[1], "faster than 1 % a week"));
    // A forecast shorter than a week has no whole week to judge: its first days are mostly glycogen and
    // water, which is no weekly pace.
    const Forecast short_one = forecast(kMan, plan("-1200"), 3, std::nullopt);
    ASSERT_EQ(short_one.warnings.size(), 1U);
    EXPECT_FALSE(contains(short_one.warnings.front(), "In the week"));
}

TEST(Forecast, WarnsWhereTheForecastFallsIntoUnderweight) {
    const BodyModelPerson small{Sex::female, 70.0, Kilograms(55.0), Centimetres(150.0), 1.2, std::nullopt};
    const Forecast f = forecast(small, plan("-250"), 3650, std::nullopt);
    const auto under = std::find_if(f.days.begin(), f.days.end(), [](const ForecastDay& d) {
        return d.weight.value() / (1.5 * 1.5) < 18.5;
    });
    ASSERT_NE(under, f.days.end());
    bool warned = false;
    for (const std::string& w : f.warnings)
        warned |= contains(w, fmt::format("From day {} the forecast is under a BMI of 18.5", under->day));
    EXPECT_TRUE(warned);
    // Starting underweight (a gain plan, say), there is nothing to warn of.
    const BodyModelPerson thin{Sex::female, 30.0, Kilograms(45.0), Centimetres(160.0), 1.5, std::nullopt};
    for (const std::string& w : forecast(thin, plan("+300"), 365, std::nullopt).warnings)
        EXPECT_FALSE(contains(w, "BMI of 18.5")) << w;
}

TEST(Forecast, WarnsOfAGoalThatCouldOnlyBeHeldUnderTheFloor) {
    // At 42 kg the small woman would need about 977 kcal/day to hold her weight, under the 1,200 floor.
    const BodyModelPerson small{Sex::female, 70.0, Kilograms(55.0), Centimetres(150.0), 1.2, std::nullopt};
    const Forecast f = forecast(small, plan("-250"), 3650, Kilograms(42.0));
    ASSERT_TRUE(f.goal && f.goal->maintenance_intake);
    EXPECT_LT(f.goal->maintenance_intake->value(), 1200.0);
    bool warned = false;
    for (const std::string& w : f.warnings) warned |= contains(w, "Holding 42.0 kg would take about");
    EXPECT_TRUE(warned);
    // A goal held above the floor says nothing of the kind.
    for (const std::string& w : forecast(kMan, plan("-500"), 365, Kilograms(82.0)).warnings)
        EXPECT_FALSE(contains(w, "Holding")) << w;
}

TEST(Forecast, RefusesAPlanUnderAVeryLowCalorieDiet) {
    // 2,748 − 2,000 = 748 kcal/day, under 800 (NHLBI 1998): only under a doctor's supervision.
    try {
        forecast(kMan, plan("-500,-2000@10"), 60, std::nullopt);
        FAIL() << "a very-low-calorie plan was forecast";
    } catch (const SafetyRefusal& refusal) {
        EXPECT_TRUE(contains(refusal.what(), "748 kcal a day from day 10, under 800")) << refusal.what();
    }
    EXPECT_NO_THROW(forecast(kMan, plan("-1948"), 30, std::nullopt));  // 800.45 kcal/day: allowed
}

TEST(Forecast, RefusesAPlanThatStarvesTheBodyRatherThanDrawNegativeMasses) {
    // The lean woman on −700 for ten years would fall far under BMI 15 (the model's lean mass would even go
    // negative): refused, naming the day.
    const BodyModelPerson lean{Sex::female, 34.0, Kilograms(50.0), Centimetres(160.0), 1.5, std::nullopt};
    try {
        forecast(lean, plan("-700"), 3650, std::nullopt);
        FAIL() << "a starvation forecast was drawn";
    } catch (const SafetyRefusal& refusal) {
        EXPECT_TRUE(contains(refusal.what(), "BMI under 15 by day")) << refusal.what();
    }
}

// Over people across the whole accepted range and changes down to −5,000 kcal/day, a forecast is either
// refused or stays a living body: every mass positive, the BMI at least 15.
TEST(Forecast, EveryForecastDrawnStaysALivingBody) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int drawn = 0;
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        const double height = 120 + 110 * unit(rng);
        const BodyModelPerson p{unit(rng) < 0.5 ? Sex::female : Sex::male,
                                18 + 70 * unit(rng),
                                Kilograms(30 + 270 * unit(rng)),
                                Centimetres(height),
                                1.2 + 1.3 * unit(rng),
                                std::nullopt};
        const std::string change = fmt::format("{:.0f}", -5000 + 7000 * unit(rng));
        try {
            const Forecast f = forecast(p, plan(change), 3650, std::nullopt);
            ++drawn;
            for (const ForecastDay& d : f.days) {
                ASSERT_GT(d.fat.value(), 0.0);
                ASSERT_GT(d.lean.value(), 0.0);
                ASSERT_GE(d.weight.value() / std::pow(height / 100, 2), 15.0);
            }
        } catch (const SafetyRefusal&) {
            ++refused;
        } catch (const InvalidInput&) {
            ++refused;  // a person outside the model's range, or less than nothing to eat
        }
    }
    EXPECT_GT(drawn, 30);
    EXPECT_GT(refused, 30);
}

TEST(Forecast, TheRuleExplanationFollowsTheDirectionAndSaysWhenTheyAgree) {
    EXPECT_TRUE(
        contains(forecast(kMan, plan("+300"), 365, std::nullopt).rule_explanation, "as weight rises"));
    EXPECT_TRUE(
        contains(forecast(kMan, plan("-300"), 365, std::nullopt).rule_explanation, "as weight falls"));
    const BodyModelPerson heavy{Sex::male, 40.0, Kilograms(300.0), Centimetres(180.0), 1.5, std::nullopt};
    EXPECT_TRUE(
        contains(forecast(heavy, plan("-500"), 10, std::nullopt).rule_explanation, "So far they agree"));
}

TEST(Forecast, AModestPlanHasNoWarnings) {
    EXPECT_TRUE(forecast(kMan, plan("-500@0,0@180"), 365, Kilograms(82.0)).warnings.empty());
    EXPECT_TRUE(forecast(kWoman, plan("-250"), 365, std::nullopt).warnings.empty());
    EXPECT_TRUE(forecast(kWoman, plan("+300"), 365, std::nullopt).warnings.empty());
}

}  // namespace
}  // namespace hipfit::core
