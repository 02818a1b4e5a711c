// A lose-fat person who becomes underweight (BMI under 18.5, WHO): every view plans to maintain their weight
// instead of refusing — today's target, the stats' and the coach's, the check-in's and the forecast's
// plan — the coach says why first, and the assessment, which is about the goal itself, still refuses it.
// The command line and the server show these views; their own tests check only how they show them.
#include <gtest/gtest.h>

#include "app/calorie_target.hpp"
#include "app/checkin_view.hpp"
#include "app/coaching.hpp"
#include "app/forecast_view.hpp"
#include "app/person.hpp"
#include "app/today.hpp"
#include "core/assessment/assessment.hpp"
#include "core/base/errors.hpp"
#include "tests/app/journal_fixture.hpp"

namespace hipfit::testing {
namespace {

// The woman of journal_fixture.hpp (165 cm, 34, light activity) at 46.3 kg: BMI 46.3 / 1.65² = 17.0. Her
// maintenance, Mifflin–St Jeor × 1.375: (10·46.3 + 6.25·165 − 5·34 − 161) · 1.375 = 1,163.25 · 1.375.
constexpr double kMaintainKcal = 1163.25 * 1.375;

class UnderweightViews : public JournalTest {
  protected:
    void SetUp() override {
        JournalTest::SetUp();
        log(core::EntryKind::weight, days_before(1), 46.3);
    }
};

TEST_P(UnderweightViews, EveryViewPlansToMaintainTheWeight) {
    EXPECT_EQ(app::view_profile(journal.get(), kAppToday).goal, core::Goal::maintain);
    EXPECT_EQ(journal->load_profile()->goal, core::Goal::lose_fat) << "the stored goal is unchanged";
    EXPECT_NEAR(app::target_in_force(journal.get(), kAppToday).kcal.value(), kMaintainKcal, 1e-9);
    EXPECT_NEAR(app::today_view(journal.get(), kAppToday).targets.energy.value(), kMaintainKcal, 1e-9);
    EXPECT_NEAR(app::targets_in_force(journal.get(), kAppToday).kcal, kMaintainKcal, 1e-9);
    const app::CheckinView checkin = app::run_checkin(*journal, kAppToday, false);
    EXPECT_NEAR(checkin.result.new_target.value(), kMaintainKcal, 1e-9);
    EXPECT_NEAR(checkin.result.previous_target.value(), kMaintainKcal, 1e-9);
    // Maintain: eat what you burn, and the model burns what the formula says.
    const app::ForecastView forecast = app::forecast_view(journal.get(), {}, kAppToday);
    ASSERT_EQ(forecast.changes.size(), 1U);
    EXPECT_NEAR(forecast.changes[0].change.value(), 0.0, 1e-9);
    EXPECT_DOUBLE_EQ(forecast.person.weight.value(), 46.3);
}

TEST_P(UnderweightViews, TheCoachSaysWhyFirst) {
    const std::vector<core::Advice> advice = app::coach_advice(*journal, kAppToday);
    ASSERT_FALSE(advice.empty());
    EXPECT_EQ(advice[0].rule, "underweight");
    EXPECT_EQ(advice[0].severity, core::Severity::safety);
    EXPECT_TRUE(advice[0].message.starts_with("Your BMI is now 17.0, under 18.5")) << advice[0].message;
}

TEST_P(UnderweightViews, TheAssessmentStillRefusesTheStoredFatLossGoal) {
    EXPECT_THROW(core::assess(app::profile_as_of(journal.get(), kAppToday), kAppToday), core::SafetyRefusal);
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(UnderweightViews);

}  // namespace
}  // namespace hipfit::testing
