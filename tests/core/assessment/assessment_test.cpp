#include "core/assessment/assessment.hpp"
#include "core/energy/targets.hpp"
#include "core/journal/journal_limits.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "core/assessment/explanations.hpp"
#include "core/base/errors.hpp"

namespace hipfit::core {
namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

const Date kToday = ymd(2024, 6, 15);

Profile woman(double height, double weight, double waist, double hip, double neck) {
    Profile p;
    p.sex = Sex::female;
    p.age = AgeRecord{std::nullopt, 30, kToday};
    p.height = Centimetres(height);
    p.weight = Kilograms(weight);
    p.waist = Centimetres(waist);
    p.hip = Centimetres(hip);
    p.neck = Centimetres(neck);
    return p;
}

bool mentions(const std::vector<std::string>& warnings, const std::string& word) {
    return std::any_of(warnings.begin(), warnings.end(),
                       [&](const std::string& w) { return w.find(word) != std::string::npos; });
}

TEST(Assess, EveryFigureOfAWorkedExample) {
    Profile p = woman(165, 70, 80, 104, 33);
    p.age = AgeRecord{ymd(1994, 3, 10), 0, {}};
    p.activity = Activity::moderate;
    p.goal = Goal::lose_fat;
    p.deficit = Kilocalories(250);
    const Assessment a = assess(p, kToday);

    EXPECT_EQ(a.age_years, 30);           // 1994-03-10 → 2024-06-15
    EXPECT_NEAR(a.bmi, 25.711662, 1e-6);  // 70 / 1.65² = 70 / 2.7225
    EXPECT_EQ(a.bmi_category, BmiCategory::overweight);
    EXPECT_NEAR(a.waist_to_hip_ratio, 0.769231, 1e-6);     // 80 / 104
    EXPECT_FALSE(a.waist_to_hip_substantial_risk);         // < 0.85
    EXPECT_NEAR(a.waist_to_height_ratio, 0.484848, 1e-6);  // 80 / 165
    EXPECT_FALSE(a.waist_to_height_flag);                  // < 0.5
    // (80 + 104 − 33) / 2.54 = 59.448819 in; 163.205·log10 59.448819 = 163.205·1.7741432 = 289.549046
    // 97.684·log10(165 / 2.54 = 64.960630) = 177.066925; 289.549046 − 177.066925 − 78.387 = 34.095121
    EXPECT_NEAR(a.body_fat_percent, 34.0951, 1e-4);
    EXPECT_NEAR(a.fat_mass.value(), 23.86658, 1e-4);        // 70 · 0.340951
    EXPECT_NEAR(a.lean_mass.value(), 46.13342, 1e-4);       // 70 − 23.86658
    EXPECT_EQ(a.body_shape, BodyShape::pear);               // 0.769 < 0.85 − 0.05
    EXPECT_NEAR(a.bmr.value(), 1420.25, 1e-9);              // 700 + 1031.25 − 150 − 161
    EXPECT_NEAR(a.katch_mcardle.value(), 1366.4818, 1e-3);  // 370 + 21.6 · 46.13342
    EXPECT_EQ(a.pal, 1.55);
    EXPECT_NEAR(a.tdee.value(), 2201.3875, 1e-9);    // 1420.25 · 1.55
    EXPECT_NEAR(a.target.value(), 1951.3875, 1e-9);  // 2201.3875 − 250
    EXPECT_NEAR(a.protein.value(), 106.1069, 1e-3);  // 2.3 · 46.13342
    EXPECT_NEAR(a.water.value(), 1600.0, 1e-9);      // 2000 · 0.8
    // ρ = (9440.727·23.86658 + 18891.0176) / (23.86658 + 10.4) = 7126.737; −250 · 7 / 7126.737 = −0.245554
    EXPECT_NEAR(a.expected_weekly_change.value(), -0.245554, 1e-5);
    EXPECT_TRUE(a.warnings.empty()) << a.warnings.front();
}

TEST(Assess, ADeficitLosingMoreThanOnePercentAWeekIsCutToTheSafeRate) {
    Profile p = woman(155, 50, 68, 92, 31);
    p.activity = Activity::active;
    p.deficit = Kilocalories(1000);
    const Assessment a = assess(p, kToday);
    // BMR 500 + 968.75 − 150 − 161 = 1157.75; TDEE ·1.725 = 1997.11875.
    // %BF: 163.205·log10(129 / 2.54) − 97.684·log10(155 / 2.54) − 78.387 = 278.387907 − 174.414585 − 78.387
    // = 25.586 F = 50 · 0.255863 = 12.79316 kg; ρ = 139667.759 / 23.19316 = 6021.937 kcal/kg.
    // The largest safe deficit loses 1 % of 50 kg a week: 0.5 · 6021.937 / 7 = 430.138 kcal/day, so the
    // target is 1997.119 − 430.138 = 1566.98 (not 997.12, nor the 1200 floor).
    EXPECT_NEAR(a.target.value(), 1566.980, 1e-3);
    EXPECT_NEAR(a.expected_weekly_change.value(), -0.5, 1e-9);
    EXPECT_TRUE(mentions(a.warnings, "1% of your body weight (0.50 kg)"));
    EXPECT_TRUE(mentions(a.warnings, "raised from 997 to 1567"));
    EXPECT_TRUE(mentions(a.warnings, "above the recommended"));
    EXPECT_EQ(a.warnings.size(), 2U);
}

TEST(Assess, CarriesTheSpotReductionAndMedicalSentences) {
    const Assessment a = assess(woman(165, 70, 80, 104, 33), kToday);
    EXPECT_EQ(a.spot_reduction, spot_reduction_sentence());
    EXPECT_EQ(a.medical_note, medical_note());
    EXPECT_NE(a.spot_reduction.find("hips"), std::string::npos);
    EXPECT_NE(a.medical_note.find("medical"), std::string::npos);
}

TEST(Assess, ExplainsEveryFigure) {
    const Assessment a = assess(woman(165, 70, 80, 104, 33), kToday);
    std::set<std::string> keys;
    for (const Explanation& e : a.explanations) {
        EXPECT_FALSE(e.formula.empty()) << e.key;
        EXPECT_FALSE(e.meaning.empty()) << e.key;
        EXPECT_TRUE(keys.insert(e.key).second) << "duplicate " << e.key;
    }
    EXPECT_EQ(keys, (std::set<std::string>{"bmi", "waist_to_hip_ratio", "waist_to_height_ratio",
                                           "body_fat_percent", "body_shape", "bmr_kcal", "tdee_kcal",
                                           "target_kcal", "protein_g", "water_ml"}));
}

std::string explanation(const Assessment& a, const std::string& key) {
    for (const Explanation& e : a.explanations) {
        if (e.key == key)
            return e.formula + " | " + e.meaning;
    }
    return {};
}

TEST(Assess, ExplanationsFollowThePerson) {
    Profile p = woman(165, 70, 80, 104, 33);
    const Assessment loss = assess(p, kToday);
    EXPECT_NE(explanation(loss, "target_kcal").find("250 kcal below"), std::string::npos);
    EXPECT_NE(explanation(loss, "protein_g").find("2.3 g per kg of lean mass"), std::string::npos);
    EXPECT_NE(explanation(loss, "body_shape").find("Pear"), std::string::npos);
    EXPECT_NE(explanation(loss, "waist_to_hip_ratio").find("0.85"), std::string::npos);
    p.goal = Goal::tone;
    p.sex = Sex::male;
    const Assessment tone = assess(p, kToday);
    EXPECT_NE(explanation(tone, "protein_g").find("1.6 g per kg of body weight"), std::string::npos);
    EXPECT_NE(explanation(tone, "waist_to_hip_ratio").find("0.90"), std::string::npos);
}

TEST(Assess, RefusesFatLossWhenUnderweightButAllowsToning) {
    Profile p = woman(170, 53, 64, 88, 30);  // 53 / 1.7² = 18.34
    EXPECT_THROW((void)assess(p, kToday), SafetyRefusal);
    p.goal = Goal::tone;
    EXPECT_NEAR(assess(p, kToday).bmi, 18.339100, 1e-6);
}

// A man whose waist is barely above his neck passes validation, and the Navy formula gives a negative
// body fat: (66 − 40) / 2.54 = 10.236 in; 86.010·log10 10.236 − 70.041·log10 70.866 + 36.76
// = 86.882 − 129.607 + 36.76 = −5.96 %, fat mass 80 · −0.0596 = −4.77 kg.
TEST(Assess, MeasurementsGivingLessThanEssentialFatAreRefusedNamingTheWaist) {
    // Navy, man: 86.010·log10((66 − 40)/2.54) − 70.041·log10(180/2.54) + 36.76 = −5.96 %: a negative fat
    // mass would turn a deficit into a predicted gain, so the measurements are refused.
    Profile p;
    p.sex = Sex::male;
    p.age = AgeRecord{std::nullopt, 30, kToday};
    p.height = Centimetres(180);
    p.weight = Kilograms(80);
    p.waist = Centimetres(66);
    p.hip = Centimetres(95);
    p.neck = Centimetres(40);
    p.activity = Activity::moderate;
    p.goal = Goal::lose_fat;
    try {
        assess(p, kToday);
        ADD_FAILURE() << "implausible measurements were assessed";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), "waist_cm");
        EXPECT_NE(std::string(error.what()).find("-6.0%"), std::string::npos) << error.what();
    }
    // Above essential fat (2 % for men) is assessed: waist 75 cm gives
    // 86.010·log10(35/2.54) − 70.041·log10(180/2.54) + 36.76 = 97.99 − 129.61 + 36.76 = 5.14 %.
    p.waist = Centimetres(75);
    EXPECT_NEAR(assess(p, kToday).body_fat_percent, 5.14, 0.01);
}

TEST(AssessProperty, TargetsRespectFloorsRulesAndLossRate) {
    std::mt19937 generator(42);
    auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(generator);
    };
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(generator); };
    int refused = 0;
    int raised = 0;
    int assessed = 0;
    int implausible = 0;
    for (int i = 0; i < 5000; ++i) {
        ProfileChanges c;
        c.sex = pick(2) == 0 ? Sex::female : Sex::male;
        c.age_years = 18 + pick(83);
        c.height = Centimetres(uniform(120, 230));
        c.weight = Kilograms(uniform(30, 300));
        c.neck = Centimetres(uniform(20, 70));
        c.waist = Centimetres(uniform(std::max(40.0, c.neck->value() + 0.5), 200));
        c.hip = Centimetres(uniform(50, 200));
        c.activity = static_cast<Activity>(pick(5));
        if (pick(4) == 0)
            c.pal = uniform(1.2, 2.5);
        c.goal = static_cast<Goal>(pick(4));
        c.deficit = Kilocalories(uniform(100, 1000));
        c.surplus = Kilocalories(uniform(100, 1000));
        const Profile p = apply_changes(std::nullopt, c, kToday);
        const double fat_percent = navy_body_fat_percent(p.sex, p.height, p.waist, p.hip, p.neck);
        if (fat_percent < essential_fat_percent(p.sex) || fat_percent > kBodyFatRangePercent.max) {
            EXPECT_THROW((void)assess(p, kToday), InvalidInput);
            ++implausible;
            continue;
        }
        const double metres = p.height.value() / 100.0;
        if (p.goal == Goal::lose_fat && p.weight.value() / (metres * metres) < 18.5) {
            EXPECT_THROW((void)assess(p, kToday), SafetyRefusal);
            ++refused;
            continue;
        }
        const Assessment a = assess(p, kToday);
        ++assessed;
        SCOPED_TRACE(::testing::Message() << "profile #" << i << " weight " << p.weight.value() << " height "
                                          << p.height.value() << " goal " << static_cast<int>(p.goal));
        const double sex_floor = p.sex == Sex::female ? 1200.0 : 1500.0;
        ASSERT_GE(a.target.value(), sex_floor);
        ASSERT_GE(a.target.value(), a.bmr.value());
        ASSERT_NEAR((a.fat_mass + a.lean_mass).value(), p.weight.value(), 1e-9);
        const double offset = a.target.value() - a.tdee.value();
        double rule = 0.0;
        if (p.goal == Goal::lose_fat)
            rule = -p.deficit.value();
        if (p.goal == Goal::gain_lean)
            rule = p.surplus.value();
        // The rule, then the safe rate of loss, then the floor: each only ever raises the target.
        double expected = a.tdee.value() + rule;
        if (p.goal == Goal::lose_fat)
            expected = std::max(expected, (a.tdee - max_safe_deficit(p.weight, a.fat_mass)).value());
        expected = std::max({expected, sex_floor, a.bmr.value()});
        ASSERT_NEAR(a.target.value(), expected, 1e-9);
        if (expected > a.tdee.value() + rule + 1e-9) {
            ++raised;
            ASSERT_TRUE(mentions(a.warnings, "raised"));
        } else {
            ASSERT_NEAR(offset, rule, 1e-9);
        }
        ASSERT_LE(-a.expected_weekly_change.value(), 0.01 * p.weight.value() + 1e-9)
            << "never faster than 1 %";
    }
    // The generator reaches every branch.
    EXPECT_GT(refused, 0);
    EXPECT_GT(raised, 0);
    EXPECT_GT(implausible, 0);
    EXPECT_GT(assessed, 3000);
}

}  // namespace
}  // namespace hipfit::core
