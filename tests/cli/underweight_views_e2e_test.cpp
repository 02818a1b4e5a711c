// A lose-fat user who becomes underweight (BMI under 18.5, WHO) through the real binary: every view plans
// to maintain their weight instead of refusing, the coach says so first, and 'assess', which is about the
// goal itself, still refuses it (exit 3). The stored goal is unchanged.
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

// The reference woman (165 cm, 34, light activity) at 46.3 kg: BMI 46.3 / 1.65² = 17.0. Her maintenance,
// Mifflin–St Jeor × 1.375: (10·46.3 + 6.25·165 − 5·34 − 161) · 1.375 = 1,163.25 · 1.375 = 1,599.47 kcal.
constexpr double kMaintainKcal = 1163.25 * 1.375;

class UnderweightViews : public HipfitBinary {
  protected:
    void SetUp() override {
        ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
        ASSERT_EQ(hipfit({"log", "weight", "46.3kg", "--date", "2026-11-20"}).exit_code, 0);
    }

    json view(const std::vector<std::string>& args) const {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << args[0] << ": " << result.err;
        return result.exit_code == 0 ? json::parse(result.out) : json();
    }
};

// What each view plans is app's (tests/app/underweight_views_test.cpp); here, that every command shows it:
// the target 'assess --goal maintain' gives, and the coach's safety advice first.
TEST_F(UnderweightViews, EveryViewPlansToMaintainTheWeight) {
    const json maintain = view({"assess", "--json", "--goal", "maintain"});
    const double target = maintain.at("target_kcal").get<double>();
    EXPECT_NEAR(target, kMaintainKcal, 1e-9);

    EXPECT_EQ(view({"today", "--json"}).at("targets").at("energy_kcal"), target);
    EXPECT_EQ(view({"stats", "--json"}).at("intake").at("target_kcal"), target);
    EXPECT_EQ(view({"checkin", "--dry-run", "--json"}).at("target_kcal"), target);
    EXPECT_EQ(view({"forecast", "--json"}).at("plan").at("target_in_force_kcal"), target);
    const json report = view({"report", "--json"});
    EXPECT_EQ(report.at("target_kcal"), target);
    ASSERT_FALSE(report.at("advice").empty());
    EXPECT_EQ(report.at("advice")[0].at("rule"), "underweight");
}

TEST_F(UnderweightViews, TheTextViewsAndTheRealCheckinRunToo) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"today"}, {"stats"}, {"forecast"}, {"report"}, {"checkin"}}) {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << args[0] << ": " << result.err;
    }
    const ProcessResult report = hipfit({"report"});
    EXPECT_NE(report.out.find("hipfit has stopped planning fat loss"), std::string::npos) << report.out;
}

TEST_F(UnderweightViews, AssessStillRefusesTheStoredFatLossGoal) {
    const ProcessResult assess = hipfit({"assess"});
    EXPECT_EQ(assess.exit_code, 3) << assess.out;
    EXPECT_NE(assess.err.find("Your BMI is 17.0"), std::string::npos) << assess.err;
    EXPECT_NE(assess.err.find("will not plan fat loss"), std::string::npos) << assess.err;
    // The stored goal is still the person's own.
    EXPECT_EQ(view({"export"}).at("profile").at("goal"), "lose-fat");
}

}  // namespace
}  // namespace hipfit::testing
