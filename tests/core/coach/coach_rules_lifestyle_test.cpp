// The lifestyle rules, over the last seven complete days: sleep, alcohol, sitting, the calorie floor.
#include <gtest/gtest.h>

#include "coach_rules_test_journal.hpp"
#include "core/coach/coach_rules.hpp"

namespace hipfit::core {
namespace {

using namespace coach_test;

TEST(CoachShortSleep, UnderSevenHoursOverThreeNights) {
    Coaching c;
    c.each_day_before(EntryKind::sleep, 6.5, 3);
    EXPECT_EQ(
        fired(short_sleep(c.context()), "sleep-short", Severity::warning),
        "You slept 6.5 h a night: aim for 7–9 h — short sleep shifts weight loss from fat to muscle "
        "(Nedeltcheva et al. 2010). That is the average of the 3 nights you logged in the last 7 days.");
}

TEST(CoachShortSleep, QuietAtSevenHoursOrOnTooFewNights) {
    Coaching seven;
    seven.each_day_before(EntryKind::sleep, 7.0, 7);
    EXPECT_FALSE(short_sleep(seven.context()));

    Coaching two_nights;  // and tonight is not over
    two_nights.each_day_before(EntryKind::sleep, 5.0, 2);
    two_nights.add(entry(EntryKind::sleep, two_nights.today, 5.0));
    EXPECT_FALSE(short_sleep(two_nights.context()));

    Coaching nap;  // a nap adds to the night: 6 + 1 h
    nap.each_day_before(EntryKind::sleep, 6.0, 3);
    nap.each_day_before(EntryKind::sleep, 1.0, 3);
    EXPECT_FALSE(short_sleep(nap.context()));
}

TEST(CoachAlcohol, AboveSevenDrinksInTheWeek) {
    Coaching c;
    c.each_day_before(EntryKind::alcohol, 1.0, 7);
    EXPECT_FALSE(alcohol_above_guideline(c.context()));  // exactly the guideline
    c.add(entry(EntryKind::alcohol, day(15), 0.5, 21));
    EXPECT_EQ(
        fired(alcohol_above_guideline(c.context()), "alcohol-above-guideline", Severity::warning),
        "You had 7.5 drinks a week, above the guideline of at most 7 (US Dietary Guidelines 2020–2025): "
        "cut back — alcohol adds energy and costs sleep. That is the last 7 days.");
}

TEST(CoachAlcohol, AboveTheDailyLimitOnOneDay) {
    Coaching c;
    c.add(entry(EntryKind::alcohol, day(14), 2.0, 19));
    c.add(entry(EntryKind::alcohol, day(14), 1.0, 22));
    const std::optional<Advice> a = alcohol_above_guideline(c.context());
    ASSERT_TRUE(a);
    EXPECT_TRUE(
        contains(a->message, "You had 3 drinks on Sat 14 Nov, more than the guideline of at most 1 a day"))
        << a->message;

    c.targets.alcohol_drinks_per_week = 14;  // a man's guideline: 2 a day
    EXPECT_TRUE(contains(alcohol_above_guideline(c.context())->message, "at most 2 a day"));
    c.journal.pop_back();
    EXPECT_FALSE(alcohol_above_guideline(c.context()));
}

TEST(CoachAlcohol, TodayIsNotCountedYet) {
    Coaching c;
    c.add(entry(EntryKind::alcohol, c.today, 4.0, 20));
    EXPECT_FALSE(alcohol_above_guideline(c.context()));
}

TEST(CoachLongSitting, FewerStandingBreaksThanEightADay) {
    Coaching c;
    c.each_day_before(EntryKind::standup, 4.0, 3);
    EXPECT_EQ(
        fired(long_sitting(c.context()), "long-sitting", Severity::tip),
        "You took 4.0 standing breaks a day on the 3 days you logged them; aim for 8: get up and move for "
        "a few minutes every hour you sit — a short walk, the stairs, or a few squats or calf raises.");
}

TEST(CoachLongSitting, QuietAtTheTargetOrOnTooFewDays) {
    Coaching eight;
    eight.each_day_before(EntryKind::standup, 8.0, 7);
    EXPECT_FALSE(long_sitting(eight.context()));
    Coaching two_days;
    two_days.each_day_before(EntryKind::standup, 1.0, 2);
    EXPECT_FALSE(long_sitting(two_days.context()));
}

TEST(CoachIntakeBelowFloor, AverageOfTheLoggedDaysUnderTheFloor) {
    Coaching c;
    c.each_day_before(EntryKind::food, 1100, 3);
    EXPECT_EQ(
        fired(intake_below_floor(c.context()), "intake-below-floor", Severity::safety),
        "You ate 1100 kcal a day, below the 1200 kcal that is the least hipfit advises without medical "
        "supervision: eat up to your target of 1700 — too little costs muscle and slows you down. That is "
        "the average of the 3 days you logged food in the last 7; if a meal went unlogged, add it so the "
        "numbers are right.");
}

TEST(CoachIntakeBelowFloor, QuietAtTheFloorOnTooFewDaysOrForTodaysFirstMeal) {
    Coaching at_floor;  // two meals a day add up to the floor
    at_floor.each_day_before(EntryKind::food, 600, 4);
    at_floor.each_day_before(EntryKind::food, 600, 4);
    EXPECT_FALSE(intake_below_floor(at_floor.context()));

    Coaching two_days;
    two_days.each_day_before(EntryKind::food, 800, 2);
    EXPECT_FALSE(intake_below_floor(two_days.context()));

    Coaching lunch;  // today is not over
    lunch.each_day_before(EntryKind::food, 1700, 5);
    lunch.add(entry(EntryKind::food, lunch.today, 400, 12));
    EXPECT_FALSE(intake_below_floor(lunch.context()));
}

// Today (Mon 16 Nov) at noon, breakfast and lunch logged: 900 kcal so far, below the 1,200 floor, and the
// last days were light too. Only the days before today are judged, so today's half-day changes nothing.
TEST(CoachIntakeBelowFloor, JudgesOnlyTheDaysBeforeToday) {
    Coaching noon;
    noon.each_day_before(EntryKind::food, 1700, 3);
    noon.add(entry(EntryKind::food, noon.today, 400, 8));
    noon.add(entry(EntryKind::food, noon.today, 500, 12));
    EXPECT_FALSE(intake_below_floor(noon.context()));
    EXPECT_TRUE(std::ranges::none_of(
        coach(noon.context()), [](const Advice& a) { return contains(a.message, "eat up to your target"); }));

    // A day later (Tue 17 Nov) yesterday is over: its 1,000 kcal and the two days before are judged.
    Coaching yesterday;
    yesterday.today = day(17);
    yesterday.each_day_before(EntryKind::food, 1000, 2);    // Sun 15 and Mon 16
    EXPECT_FALSE(intake_below_floor(yesterday.context()));  // two days are too few for an average
    yesterday.add(entry(EntryKind::food, day(14), 900, 19));
    EXPECT_TRUE(
        contains(fired(intake_below_floor(yesterday.context()), "intake-below-floor", Severity::safety),
                 "You ate 967 kcal a day"));  // (1000 + 1000 + 900) / 3
}

TEST(CoachIntakeBelowFloor, AMansFloorIsHigher) {
    Coaching c;
    c.targets.floor_kcal = 1500;
    c.targets.kcal = 2100;
    c.each_day_before(EntryKind::food, 1400, 7);
    EXPECT_TRUE(contains(intake_below_floor(c.context())->message, "below the 1500 kcal"));
}

}  // namespace
}  // namespace hipfit::core
