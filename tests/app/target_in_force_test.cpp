// The calorie target in force (app::target_in_force): the formula's on the latest logged weight until a
// check-in is kept, then the latest check-in's (raised to the floor); and every view that shows a target
// — today, stats, the coach's targets, the forecast's plan, the assessment — shows that one.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/assessment_view.hpp"
#include "app/calorie_target.hpp"
#include "app/forecast_view.hpp"
#include "app/person.hpp"
#include "app/stats_view.hpp"
#include "app/today.hpp"
#include "core/assessment/assessment.hpp"
#include "core/checkin/checkin.hpp"
#include "core/forecast/forecast.hpp"
#include "tests/app/journal_fixture.hpp"

namespace hipfit::testing {
namespace {

using core::Kilocalories;

core::CheckinRecord checkin_on(core::Date date, double target_kcal, double expenditure_kcal) {
    core::CheckinRecord checkin;
    checkin.date = date;
    checkin.target = Kilocalories(target_kcal);
    checkin.previous_target = Kilocalories(target_kcal + 100);
    checkin.expenditure = Kilocalories(expenditure_kcal);
    checkin.reasons = {"your journal shows you burn less than the formula guessed"};
    return checkin;
}

class TargetInForce : public JournalTest {
  protected:
    // What every view says the target is on `day`.
    void expect_every_view_shows(double kcal, core::Date day) {
        EXPECT_DOUBLE_EQ(app::target_in_force(journal.get(), day).kcal.value(), kcal);
        EXPECT_DOUBLE_EQ(app::today_view(journal.get(), day).targets.energy.value(), kcal);
        EXPECT_DOUBLE_EQ(app::targets_in_force(journal.get(), day).kcal, kcal);
        const app::StatsView stats = app::stats_view(journal.get(), app::period_ending(7, day), day);
        ASSERT_TRUE(stats.stats.targets.has_value());
        EXPECT_DOUBLE_EQ(stats.stats.targets->kcal, kcal);
        const app::ForecastView forecast = app::forecast_view(journal.get(), {}, day);
        ASSERT_TRUE(forecast.changes_from_plan);
        EXPECT_DOUBLE_EQ(forecast.target_in_force->value(), kcal);
        EXPECT_NEAR(forecast.forecast.days.front().intake.value(), kcal, 1e-9);
        const core::Profile profile = app::profile_as_of(journal.get(), day);
        const core::Assessment assessment = core::assess(profile, day);
        const auto beside = app::target_in_force_beside(journal.get(), assessment, day);
        ASSERT_TRUE(beside.has_value());
        EXPECT_DOUBLE_EQ(beside->kcal.value(), kcal);
        EXPECT_EQ(app::assessment_json(profile, assessment, beside)["target_in_force_kcal"].get<double>(),
                  kcal);
    }
};

TEST_P(TargetInForce, WithoutACheckInItIsTheFormulasOnTheLatestLoggedWeight) {
    log(core::EntryKind::weight, days_before(3), 70.0);
    core::Profile as_logged = woman_losing_fat();
    as_logged.weight = core::Kilograms(70.0);
    const double formula = core::assess(as_logged, kAppToday).target.value();
    ASSERT_NE(formula, core::assess(woman_losing_fat(), kAppToday).target.value()) << "the weight matters";
    const app::AdoptedTarget in_force = app::target_in_force(journal.get(), kAppToday);
    EXPECT_FALSE(in_force.checkin.has_value());
    expect_every_view_shows(formula, kAppToday);
    const core::Assessment assessment = core::assess(as_logged, kAppToday);
    const auto beside = app::target_in_force_beside(journal.get(), assessment, kAppToday);
    EXPECT_EQ(beside->explanation,
              "In force: this target. A weekly check-in adjusts it once your journal shows what you burn.");
    EXPECT_EQ(app::assessment_json(as_logged, assessment, beside)["target_in_force_source"], "formula");
}

TEST_P(TargetInForce, AKeptCheckInIsInForceFromItsDayOn) {
    journal->save_checkin(checkin_on(days_before(2), 1650, 1950));
    expect_every_view_shows(1650, kAppToday);
    expect_every_view_shows(1650, days_before(2));
    // The day before it, the formula's.
    const core::Date before = days_before(3);
    const double formula = core::assess(woman_losing_fat(), before).target.value();
    expect_every_view_shows(formula, before);

    const app::AdoptedTarget in_force = app::target_in_force(journal.get(), kAppToday);
    ASSERT_TRUE(in_force.checkin.has_value());
    EXPECT_EQ(in_force.checkin->date, days_before(2));
    EXPECT_DOUBLE_EQ(in_force.expenditure.value(), 1950);
    const core::Assessment assessment = core::assess(woman_losing_fat(), kAppToday);
    EXPECT_EQ(app::target_in_force_beside(journal.get(), assessment, kAppToday)->explanation,
              "In force: 1,650 kcal a day, set by your weekly check-in of 2026-11-19 from what your journal "
              "shows you burn (1,950 kcal a day). The daily target above is the formula's, from your profile "
              "alone.");
}

TEST_P(TargetInForce, AKeptTargetUnderTheFloorIsRaisedToIt) {
    // Kept before the floor applied (say, imported): 1,000 kcal is under a woman's 1,200.
    journal->save_checkin(checkin_on(days_before(1), 1000, 1900));
    const app::AdoptedTarget in_force = app::target_in_force(journal.get(), kAppToday);
    EXPECT_GT(in_force.kcal.value(), 1000.0);
    expect_every_view_shows(in_force.kcal.value(), kAppToday);
    ASSERT_TRUE(in_force.checkin.has_value());
    EXPECT_EQ(in_force.checkin->reasons.size(), 2U) << "the floor's sentence after the check-in's reason";
}

TEST(TargetInForceWithoutAProfile, TheAssessmentCarriesNone) {
    const core::Assessment assessment = core::assess(woman_losing_fat(), kAppToday);
    EXPECT_FALSE(app::target_in_force_beside(nullptr, assessment, kAppToday).has_value());
    const nlohmann::json body = app::assessment_json(woman_losing_fat(), assessment, std::nullopt);
    EXPECT_TRUE(body["target_in_force_kcal"].is_null());
    EXPECT_TRUE(body["target_in_force_source"].is_null());
    EXPECT_EQ(body["target_kcal"].get<double>(), assessment.target.value());
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(TargetInForce);

}  // namespace
}  // namespace hipfit::testing
