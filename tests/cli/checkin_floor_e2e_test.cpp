// A kept check-in target under the person's floor — a woman's 1,200 kcal in a man's journal, as an import
// or a change of sex leaves it — through the real binary: the check-in builds on the raised target, and the
// report's check-in shows the raised target and why, agreeing with the report's target_kcal.
#include <algorithm>

#include "core/checkin/checkin_record.hpp"
#include "store/repository.hpp"
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

// The man's floor: the higher of 1,500 kcal and his resting expenditure, Mifflin–St Jeor:
// 10·72 + 6.25·165 − 5·34 + 5 = 1,586.25 kcal.
constexpr double kFloorKcal = 1586.25;
const std::string kRaised = "Your target was raised from 1,200 to 1,586 kcal a day";

class CheckinFloor : public HipfitBinary {
  protected:
    // The man's profile and a check-in of 1,200 kcal kept on `date`.
    void man_with_checkin_on(unsigned day) const {
        std::vector<std::string> man = metric_profile();
        std::replace(man.begin(), man.end(), std::string("female"), std::string("male"));
        ASSERT_EQ(hipfit(man).exit_code, 0);
        const core::Date date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(day)};
        store::open_sqlite(database(), store::OpenFor::write)
            ->save_checkin({date,
                            core::Kilocalories(1200),
                            core::Kilocalories(1400),
                            std::nullopt,
                            std::nullopt,
                            {"Imported."}});
    }

    json json_of(const std::vector<std::string>& args) const {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.exit_code == 0 ? json::parse(result.out) : json();
    }
};

TEST_F(CheckinFloor, NotDueTheCheckinShowsTheRaisedTargetInForce) {
    man_with_checkin_on(20);
    const json c = json_of({"checkin", "--dry-run", "--json"});
    EXPECT_FALSE(c.at("due").get<bool>());
    EXPECT_EQ(c.at("previous_target_kcal"), kFloorKcal);
    EXPECT_EQ(c.at("target_kcal"), kFloorKcal);
    EXPECT_EQ(json_of({"today", "--json"}).at("targets").at("energy_kcal"), kFloorKcal);
}

TEST_F(CheckinFloor, DueItBuildsOnTheRaisedTargetNotTheKeptOne) {
    man_with_checkin_on(14);
    const json c = json_of({"checkin", "--dry-run", "--json"});
    EXPECT_TRUE(c.at("due").get<bool>());
    EXPECT_EQ(c.at("previous_target_kcal"), kFloorKcal);
    EXPECT_EQ(c.at("target_kcal"), kFloorKcal);
    EXPECT_FALSE(c.at("changed").get<bool>()) << c;
    EXPECT_EQ(c.at("reasons").back(), "Your target stays at 1,586 kcal a day.") << c;
}

TEST_F(CheckinFloor, TheReportsCheckinAgreesWithItsTargetAndSaysWhy) {
    man_with_checkin_on(20);
    const json report = json_of({"report", "--json"});
    EXPECT_EQ(report.at("target_kcal"), kFloorKcal);
    const json& checkin = report.at("checkin");
    EXPECT_EQ(checkin.at("date"), "2026-11-20");
    EXPECT_EQ(checkin.at("target_kcal"), kFloorKcal);
    EXPECT_EQ(checkin.at("previous_target_kcal"), 1400.0);
    ASSERT_EQ(checkin.at("reasons").size(), 2U) << checkin;
    EXPECT_TRUE(checkin.at("reasons")[1].get<std::string>().starts_with(kRaised)) << checkin;
    const ProcessResult text = hipfit({"report"});
    EXPECT_NE(text.out.find("1,586 kcal a day, set by the check-in of 2026-11-20."), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find(kRaised), std::string::npos) << text.out;
}

}  // namespace
}  // namespace hipfit::testing
