// Check-ins in the journal: kept per account, one a day (the latest decision stands), read back whole.
#include <gtest/gtest.h>

#include "store/repository.hpp"
#include "tests/support/process.hpp"

namespace hipfit::store {
namespace {

using namespace hipfit::core;
using hipfit::testing::TempDir;

Date day(int d) {
    return Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(static_cast<unsigned>(d))};
}

CheckinRecord checkin_on(int d, double target) {
    return CheckinRecord{day(d),
                         Kilocalories(target),
                         Kilocalories(2000),
                         Kilocalories(2310.5),
                         Kilocalories(95.25),
                         {"You burn about 2,310 kcal a day.", "Target \"moved\" by 100 kcal."}};
}

TEST(CheckinStore, CheckinsRoundTripOldestFirst) {
    TempDir dir;
    const std::string path = dir.file("journal.db");
    {
        auto journal = open_sqlite(path, Access::write);
        journal->save_checkin(checkin_on(23, 2100));
        CheckinRecord unavailable{day(9),       Kilocalories(2000), Kilocalories(2000),
                                  std::nullopt, std::nullopt,       {"Needs 5 more days of weigh-ins."}};
        journal->save_checkin(unavailable);
    }
    auto journal = open_sqlite(path, Access::read);
    const std::vector<CheckinRecord> stored = journal->checkins();
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].date, day(9));
    EXPECT_EQ(stored[0].expenditure, std::nullopt);
    EXPECT_EQ(stored[0].reasons, std::vector<std::string>{"Needs 5 more days of weigh-ins."});
    EXPECT_EQ(stored[1], checkin_on(23, 2100));
}

TEST(CheckinStore, ASecondCheckinOnTheSameDayReplacesTheFirst) {
    TempDir dir;
    auto journal = open_sqlite(dir.file("journal.db"), Access::write);
    journal->save_checkin(checkin_on(23, 2100));
    journal->save_checkin(checkin_on(23, 2050));
    const std::vector<CheckinRecord> stored = journal->checkins();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_DOUBLE_EQ(stored[0].target.value(), 2050);
}

TEST(CheckinStore, EachAccountSeesOnlyItsOwnCheckins) {
    TempDir dir;
    const std::string path = dir.file("journal.db");
    open_sqlite(path, Access::write, 1)->save_checkin(checkin_on(23, 2100));
    open_sqlite(path, Access::write, 2)->save_checkin(checkin_on(16, 1900));
    const auto first = open_sqlite(path, Access::read, 1)->checkins();
    const auto second = open_sqlite(path, Access::read, 2)->checkins();
    ASSERT_EQ(first.size(), 1u);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_DOUBLE_EQ(first[0].target.value(), 2100);
    EXPECT_DOUBLE_EQ(second[0].target.value(), 1900);
}

}  // namespace
}  // namespace hipfit::store
