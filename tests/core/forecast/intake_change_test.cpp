#include "core/forecast/intake_change.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/base/errors.hpp"

namespace hipfit::core {
namespace {

TEST(ParseIntakeChanges, ReadsChangesAndTheirDays) {
    const auto changes = parse_intake_changes("-300@0,0@180");
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0], (IntakeChange{0, Kilocalories(-300.0)}));
    EXPECT_EQ(changes[1], (IntakeChange{180, Kilocalories(0.0)}));
}

TEST(ParseIntakeChanges, AChangeWithoutADayStartsOnDayZero) {
    EXPECT_EQ(parse_intake_changes("-250"), (std::vector<IntakeChange>{{0, Kilocalories(-250.0)}}));
    EXPECT_EQ(parse_intake_changes("+200,-100@30"),
              (std::vector<IntakeChange>{{0, Kilocalories(200.0)}, {30, Kilocalories(-100.0)}}));
    EXPECT_EQ(parse_intake_changes("150.5@7"), (std::vector<IntakeChange>{{7, Kilocalories(150.5)}}));
    EXPECT_EQ(parse_intake_changes("-5000@3650"), (std::vector<IntakeChange>{{3650, Kilocalories(-5000.0)}}));
}

std::string message_for(const std::string& text) {
    try {
        parse_intake_changes(text);
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), "intake_change");
        return error.what();
    }
    ADD_FAILURE() << "'" << text << "' was accepted";
    return {};
}

TEST(ParseIntakeChanges, RefusesBadTextWithASpecificMessage) {
    struct Case {
        std::string text;
        std::string says;
    };
    for (const Case& c : {Case{"", "is empty"},
                          Case{"abc", "'abc' in 'abc' is not a change in kcal/day"},
                          Case{"-300@", "has no day after '@'"},
                          Case{"@5", "has no change in kcal/day before '@'"},
                          Case{"-300@-1", "is negative"},
                          Case{"0@10,5@5", "day 5 follows day 10"},
                          Case{"0@10,5@10", "day 10 follows day 10"},
                          Case{"-300,-200", "'-200' needs @DAY"},
                          Case{"-300@0,,0@5", "an empty change between commas"},
                          Case{"-300@0,", "an empty change between commas"},
                          Case{",-300", "an empty change between commas"},
                          Case{"-300@1@2", "more than one '@'"},
                          Case{"-300@1.5", "must be a whole number"},
                          Case{"-300@x", "must be a whole number"},
                          Case{"-300@99999999999999999999", "must be a whole number"},
                          Case{"-300@3651", "beyond the longest forecast"},
                          Case{"-5001", "beyond ±5000 kcal/day"},
                          Case{"99999999999999999999999", "beyond ±5000 kcal/day"},
                          Case{"1e9", "not a change in kcal/day"},
                          Case{"nan", "not a change in kcal/day"},
                          Case{"inf", "not a change in kcal/day"},
                          Case{"--300", "not a change in kcal/day"},
                          Case{"-", "not a change in kcal/day"},
                          Case{"- 300", "not a change in kcal/day"},
                          Case{"-300 @5", "not a change in kcal/day"},
                          Case{"300kcal", "not a change in kcal/day"}}) {
        EXPECT_NE(message_for(c.text).find(c.says), std::string::npos)
            << "'" << c.text << "' gave: " << message_for(c.text);
    }
}

TEST(CheckIntakeChanges, AppliesTheSameRulesToData) {
    EXPECT_NO_THROW(check_intake_changes(std::vector<IntakeChange>{}));
    EXPECT_THROW(check_intake_changes(std::vector<IntakeChange>{{-1, Kilocalories(0.0)}}), InvalidInput);
    EXPECT_THROW(check_intake_changes(std::vector<IntakeChange>{{0, Kilocalories(6000.0)}}), InvalidInput);
    EXPECT_THROW(
        check_intake_changes(std::vector<IntakeChange>{{5, Kilocalories(0.0)}, {5, Kilocalories(1.0)}}),
        InvalidInput);
}

TEST(DailyIntakeChanges, HoldsEachChangeUntilTheNext) {
    const std::vector<IntakeChange> changes{{2, Kilocalories(-300.0)}, {5, Kilocalories(100.0)}};
    EXPECT_EQ(daily_intake_changes(changes, 7), (std::vector<double>{0, 0, -300, -300, -300, 100, 100}));
    EXPECT_EQ(daily_intake_changes(changes, 3), (std::vector<double>{0, 0, -300}));
    EXPECT_EQ(daily_intake_changes({}, 2), (std::vector<double>{0, 0}));
}

// Issue 13, point 3: the forecast's form gives changes as a person thinks of them — a change from one day
// until another — and they become the changes each holding until the next.
TEST(IntakeChangesOf, PeriodsBecomeChangesWithAReturnToTheBaseline) {
    const Kilocalories less(-300.0);
    EXPECT_EQ(intake_changes_of(std::vector<IntakePeriod>{{less, 0, 180}}),
              (std::vector<IntakeChange>{{0, less}, {180, Kilocalories(0.0)}}));
    EXPECT_EQ(intake_changes_of(std::vector<IntakePeriod>{{less, 7, std::nullopt}}),
              (std::vector<IntakeChange>{{7, less}}));
    // Two that meet need no return between them; two that do not meet have one.
    EXPECT_EQ(
        intake_changes_of(std::vector<IntakePeriod>{{less, 0, 90}, {Kilocalories(-150.0), 90, std::nullopt}}),
        (std::vector<IntakeChange>{{0, less}, {90, Kilocalories(-150.0)}}));
    EXPECT_EQ(intake_changes_of(std::vector<IntakePeriod>{{less, 0, 30}, {Kilocalories(200.0), 60, 90}}),
              (std::vector<IntakeChange>{
                  {0, less}, {30, Kilocalories(0.0)}, {60, Kilocalories(200.0)}, {90, Kilocalories(0.0)}}));
}

std::string period_message(const std::vector<IntakePeriod>& periods) {
    try {
        intake_changes_of(periods);
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), "intake_changes");
        return error.what();
    }
    ADD_FAILURE() << "accepted";
    return {};
}

TEST(IntakeChangesOf, RefusesWhatCannotBeAPlanNamingTheChange) {
    const Kilocalories less(-300.0);
    EXPECT_EQ(period_message({}), "intake_changes: give at least one change, or none for your plan");
    EXPECT_EQ(period_message({{Kilocalories(-6000.0), 0, std::nullopt}}),
              "intake_changes: change 1 is -6000 kcal a day, beyond ±5000");
    EXPECT_EQ(period_message({{less, 0, 4000}}),
              "intake_changes: change 1 has day 4000, outside the forecast's days 0 to 3650");
    EXPECT_EQ(period_message({{less, -1, std::nullopt}}),
              "intake_changes: change 1 has day -1, outside the forecast's days 0 to 3650");
    EXPECT_EQ(period_message({{less, 30, 30}}),
              "intake_changes: change 1 ends on day 30, which is not after the day it starts (30)");
    EXPECT_EQ(period_message({{less, 0, 180}, {less, 100, std::nullopt}}),
              "intake_changes: change 2 starts on day 100, before change 1 ends (day 180)");
    EXPECT_EQ(period_message({{less, 0, std::nullopt}, {less, 100, std::nullopt}}),
              "intake_changes: change 1 has no end, so no change can follow it");
}

}  // namespace
}  // namespace hipfit::core
