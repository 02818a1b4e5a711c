// The training rules: 48 h for a muscle, six hard days in a row, the warm-up, the planned sessions.
#include <gtest/gtest.h>

#include "coach_rules_test_journal.hpp"
#include "core/coach/coach_rules.hpp"
#include "core/workout/workout_result.hpp"

namespace hipfit::core {
namespace {

using namespace coach_test;

TEST(CoachOvertrainedMuscle, SixSetsOnTheSameMuscleOnConsecutiveDays) {
    Coaching c;  // today is Mon 16 Nov
    c.add(workout(day(15), sets("glute-bridge", 6, 12)));
    c.add(workout(day(16), sets("squat", 6, 10)));  // quadriceps and gluteus maximus
    EXPECT_EQ(
        fired(overtrained_muscle(c.context()), "overtraining-muscle", Severity::safety),
        "You trained your gluteus maximus hard on Sun 15 Nov and Mon 16 Nov. A muscle needs 48 hours "
        "between hard sessions to recover (ACSM): until Wed 18 Nov, train other muscles, go for an easy "
        "walk or rest.");
}

// One constant for the rule: the plan spaces its days by it and the advice says it in hours.
TEST(CoachOvertrainedMuscle, TheRuleIsSaidFromItsOneConstant) {
    EXPECT_EQ(kMuscleRecoveryDays, 2);
    EXPECT_EQ(kMuscleRecoveryHours, 48);
    EXPECT_EQ(muscle_recovery_rule(), "A muscle needs 48 hours between hard sessions to recover (ACSM)");
}

TEST(CoachOvertrainedMuscle, OneSetAtRpeEightIsHard) {
    Coaching c;
    c.add(workout(day(14), {set("clamshell", 15, std::nullopt, 8)}));
    c.add(workout(day(15),
                  {set("fire-hydrant", 12, std::nullopt, 9), set("glute-bridge", 12, std::nullopt, 9)}));
    const std::optional<Advice> a = overtrained_muscle(c.context());
    ASSERT_TRUE(a);
    EXPECT_TRUE(contains(a->message, "your gluteus medius hard on Sat 14 Nov and Sun 15 Nov")) << a->message;
    EXPECT_TRUE(contains(a->message, "until Tue 17 Nov")) << a->message;
}

TEST(CoachOvertrainedMuscle, EveryMuscleHardOnBothDaysIsNamed) {
    Coaching c;
    c.add(workout(day(15), sets("squat", 6, 10)));
    c.add(workout(day(16), sets("lunge", 6, 10)));
    EXPECT_TRUE(
        contains(overtrained_muscle(c.context())->message, "your gluteus maximus and quadriceps hard"));
}

TEST(CoachOvertrainedMuscle, TwoWorkoutsOnOneDayAddUp) {
    Coaching c;
    c.add(workout(day(15), sets("glute-bridge", 6, 12)));
    c.add(workout(day(16), sets("glute-bridge", 3, 12), 7));
    c.add(workout(day(16), sets("glute-bridge", 3, 12), 19));
    EXPECT_TRUE(overtrained_muscle(c.context()));
}

TEST(CoachOvertrainedMuscle, QuietBelowTheThresholds) {
    Coaching five_sets;  // one set short of hard
    five_sets.add(workout(day(15), sets("glute-bridge", 6, 12)));
    five_sets.add(workout(day(16), sets("glute-bridge", 5, 12)));
    EXPECT_FALSE(overtrained_muscle(five_sets.context()));

    Coaching rpe_seven;
    rpe_seven.add(workout(day(15), sets("glute-bridge", 6, 12)));
    rpe_seven.add(workout(day(16), sets("glute-bridge", 2, 12, 7)));
    EXPECT_FALSE(overtrained_muscle(rpe_seven.context()));
}

TEST(CoachOvertrainedMuscle, QuietWithADayOfRestOrOtherMuscles) {
    Coaching rested;  // Sat and Mon: Sunday off, as the plan's Mon–Wed–Fri
    rested.add(workout(day(14), sets("glute-bridge", 6, 12)));
    rested.add(workout(day(16), sets("glute-bridge", 6, 12, 9), 7));
    EXPECT_FALSE(overtrained_muscle(rested.context()));

    Coaching other;  // gluteus maximus, then gluteus medius
    other.add(workout(day(15), sets("glute-bridge", 6, 12, 9)));
    other.add(workout(day(16), sets("clamshell", 6, 15, 9)));
    EXPECT_FALSE(overtrained_muscle(other.context()));

    Coaching cardio;  // heart and lungs are not a muscle to rest
    cardio.add(workout(day(15), {set("walking", 0, std::nullopt, 9)}));
    cardio.add(workout(day(16), {set("walking", 0, std::nullopt, 9)}));
    EXPECT_FALSE(overtrained_muscle(cardio.context()));

    Coaching unknown;  // an exercise no longer in the catalog
    unknown.add(workout(day(15), sets("no-such-exercise", 6, 12, 9)));
    unknown.add(workout(day(16), sets("no-such-exercise", 6, 12, 9)));
    EXPECT_FALSE(overtrained_muscle(unknown.context()));
}

TEST(CoachOvertrainedMuscle, QuietOnceTheLaterDayIsTwoDaysAgo) {
    Coaching c;
    c.add(workout(day(13), sets("glute-bridge", 6, 12)));
    c.add(workout(day(14), sets("glute-bridge", 6, 12)));
    c.today = day(15);
    EXPECT_TRUE(overtrained_muscle(c.context()));
    c.today = day(16);
    EXPECT_FALSE(overtrained_muscle(c.context()));
}

Coaching hard_days(int first, int last) {
    Coaching c;
    for (int d = first; d <= last; ++d) c.add(workout(day(d), sets("glute-bridge", 6, 12)));
    return c;
}

TEST(CoachOvertrainingStreak, SixHardDaysInARowEndingToday) {
    Coaching c = hard_days(11, 16);
    EXPECT_EQ(
        fired(overtraining_streak(c.context()), "overtraining-streak", Severity::safety),
        "You trained hard on 6 days in a row (Wed 11 Nov to Mon 16 Nov). Make tomorrow a rest day or an "
        "easy walk: muscles repair and grow between sessions, and 3–4 sessions a week with rest days "
        "between them is what the plan is built on.");
}

TEST(CoachOvertrainingStreak, TheWholeRunIsCountedAndTodayIsTheRestDayAfterYesterday) {
    Coaching c = hard_days(6, 15);
    const std::optional<Advice> a = overtraining_streak(c.context());
    ASSERT_TRUE(a);
    EXPECT_TRUE(contains(a->message, "10 days in a row (Fri 6 Nov to Sun 15 Nov). Make today a rest day"))
        << a->message;
}

TEST(CoachOvertrainingStreak, IntervalsAndAnySetAtRpeEightAreHard) {
    Coaching c;
    for (int d = 11; d <= 13; ++d) c.add(workout(day(d), {set("sprint-intervals", 0)}));
    for (int d = 14; d <= 16; ++d) c.add(workout(day(d), {set("walking", 0, std::nullopt, 8)}));
    EXPECT_TRUE(overtraining_streak(c.context()));
}

TEST(CoachOvertrainingStreak, QuietForFiveDaysAnEasyDayOrARestedRun) {
    Coaching five = hard_days(12, 16);
    EXPECT_FALSE(overtraining_streak(five.context()));

    Coaching easy_day = hard_days(11, 16);
    easy_day.journal[2].sets = {set("walking", 0)};  // Fri 13: a walk without an RPE
    EXPECT_FALSE(overtraining_streak(easy_day.context()));

    Coaching rested = hard_days(8, 14);  // nothing on Sun 15 or Mon 16
    EXPECT_FALSE(overtraining_streak(rested.context()));
}

TEST(CoachSkippedWarmUps, OneWorkoutWithoutAWarmUp) {
    Coaching c;
    c.add(workout(day(15), sets("glute-bridge", 3, 12)));
    c.journal.back().warm_up_skipped = true;
    EXPECT_EQ(fired(skipped_warm_ups(c.context()), "warm-up-skipped", Severity::warning),
              "You skipped the warm-up on Sun 15 Nov. " + std::string(kWarmUpSkippedWhy));
}

TEST(CoachSkippedWarmUps, CountsTheWeeksWorkouts) {
    Coaching c;
    for (const int d : {10, 12, 14}) c.add(workout(day(d), sets("glute-bridge", 3, 12)));
    c.journal[0].warm_up_skipped = true;
    c.journal[1].warm_up_skipped = true;
    const std::optional<Advice> a = skipped_warm_ups(c.context());
    ASSERT_TRUE(a);
    EXPECT_TRUE(contains(a->message, "in 2 of your 3 workouts this week (the last on Thu 12 Nov)"))
        << a->message;
}

TEST(CoachSkippedWarmUps, QuietWhenWarmedUpOrLongerThanAWeekAgo) {
    Coaching c;
    c.add(workout(day(9), sets("glute-bridge", 3, 12)));
    c.journal.back().warm_up_skipped = true;  // Mon 9: eight days ago counting today
    c.add(workout(day(12), sets("glute-bridge", 3, 12)));
    EXPECT_FALSE(skipped_warm_ups(c.context()));
    c.today = day(15);
    EXPECT_TRUE(skipped_warm_ups(c.context()));
}

Coaching monday_wednesday_friday() {
    Coaching c;
    for (const int d : {2, 4, 6, 9, 11, 13, 16}) c.planned.push_back(day(d));
    return c;
}

TEST(CoachBelowPlannedSessions, FewerWorkoutDaysThanPlannedLastWeek) {
    Coaching c = monday_wednesday_friday();
    c.add(workout(day(9), sets("glute-bridge", 3, 12)));
    c.add(workout(day(9), {set("walking", 0)}, 20));  // the same day: one session
    c.add(workout(day(12), sets("glute-bridge", 3, 12)));
    EXPECT_EQ(
        fired(below_planned_sessions(c.context()), "adherence", Severity::warning),
        "You did 2 of 3 planned workouts: book the next one — training keeps muscle as fat goes. Counted "
        "over the last 7 full days; even a short session counts.");
}

TEST(CoachBelowPlannedSessions, QuietWhenThePlannedNumberIsDoneOnAnyDays) {
    Coaching c = monday_wednesday_friday();
    for (const int d : {10, 12, 15}) c.add(workout(day(d), sets("glute-bridge", 3, 12)));
    EXPECT_FALSE(below_planned_sessions(c.context()));  // today's planned session is not due yet

    Coaching no_plan;
    EXPECT_FALSE(below_planned_sessions(no_plan.context()));
}

}  // namespace
}  // namespace hipfit::core
