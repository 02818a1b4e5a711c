// The workout entry a guided workout records: the sets done, per-side sets as one, cardio minutes, and
// warm_up_skipped.
#include <gtest/gtest.h>

#include "core/journal/journal_values.hpp"
#include "core/workout/workout_result.hpp"
#include "tests/core/workout/workout_test_session.hpp"

namespace hipfit::core {
namespace {

using testing::every_kind_script;
using testing::kWorkoutDay;

StepResult done() {
    StepResult r;
    r.outcome = StepOutcome::done;
    return r;
}

StepResult reps(int count, std::optional<int> rpe = std::nullopt, std::optional<double> kg = std::nullopt) {
    StepResult r = done();
    r.reps = count;
    r.rpe = rpe;
    if (kg)
        r.load = Kilograms(*kg);
    return r;
}

StepResult lasted(int seconds) {
    StepResult r = done();
    r.seconds = seconds;
    return r;
}

StepResult skipped() {
    StepResult r;
    r.outcome = StepOutcome::skipped;
    return r;
}

// Every step of every_kind_script() done as planned, with a few answers of the person's own.
WorkoutResult all_done() {
    WorkoutResult result;
    result.steps = {lasted(60),   reps(12, 6), done(),     reps(10, 8, 2.5), done(),     reps(12),
                    done(),       reps(12),    lasted(30), done(),           lasted(25), done(),
                    lasted(1200), lasted(30),  done(),     lasted(30)};
    result.steps[11].rounds = 3;
    result.steps[11].rpe = 9;
    return result;
}

WorkoutSet set(std::string id) {
    WorkoutSet s;
    s.exercise_id = std::move(id);
    return s;
}

TEST(WorkoutResult, OneSetPerSetDoneWithBothSidesAsOne) {
    const Entry entry = workout_entry(every_kind_script(), all_done(), {18, 5});
    EXPECT_EQ(entry.kind, EntryKind::workout);
    EXPECT_EQ(entry.date, kWorkoutDay);
    EXPECT_EQ(entry.time, (TimeOfDay{18, 5}));
    EXPECT_FALSE(entry.warm_up_skipped);
    EXPECT_FALSE(entry.energy_kcal.has_value());
    std::vector<WorkoutSet> expected(6);
    // Set 1: 12 left at RPE 6, 10 right at RPE 8 with 2.5 kg → what both sides did, at the harder effort.
    expected[0] = set("clamshell");
    expected[0].reps = 10;
    expected[0].rpe = 8;
    expected[0].load = Kilograms(2.5);
    expected[1] = set("clamshell");
    expected[1].reps = 12;
    expected[2] = set("wall-sit");
    expected[2].hold_seconds = 30;
    expected[3] = set("wall-sit");
    expected[3].hold_seconds = 25;
    expected[4] = set("sprint-intervals");
    expected[4].rounds = 3;
    expected[4].work_seconds = 20;
    expected[4].rest_seconds = 40;
    expected[4].rpe = 9;
    expected[5] = set("walking");
    expected[5].minutes = 20.0;
    EXPECT_EQ(entry.sets, expected) << format_workout_spec(entry.sets);
    EXPECT_NO_THROW(check_entry(entry, kWorkoutDay));
}

TEST(WorkoutResult, SkippedAndPendingStepsAreLeftOut) {
    WorkoutResult result = all_done();
    result.steps[3] = skipped();  // clamshell set 1, right side: the left side alone is the set
    result.steps[5] = skipped();  // set 2, left
    result.steps[7] = skipped();  // set 2, right: no set 2
    result.steps[10] = skipped();
    result.steps[11] = {};  // never reached
    result.steps[12] = skipped();
    const Entry entry = workout_entry(every_kind_script(), result, {7, 0});
    ASSERT_EQ(entry.sets.size(), 2U) << format_workout_spec(entry.sets);
    EXPECT_EQ(entry.sets[0].reps, 12);
    EXPECT_EQ(entry.sets[0].rpe, 6);
    EXPECT_EQ(entry.sets[1].hold_seconds, 30);
}

TEST(WorkoutResult, ARightSideAloneIsASetOfItsOwn) {
    WorkoutResult result = all_done();
    result.steps[1] = skipped();
    const Entry entry = workout_entry(every_kind_script(), result, {7, 0});
    EXPECT_EQ(entry.sets[0].reps, 10);
    EXPECT_EQ(entry.sets[1].reps, 12);
    EXPECT_EQ(entry.sets.size(), 6U);
}

TEST(WorkoutResult, CardioIsLoggedInTenthsOfAMinuteFromOneMinute) {
    WorkoutResult result = all_done();
    result.steps[12] = lasted(754);
    EXPECT_EQ(workout_entry(every_kind_script(), result, {7, 0}).sets.back().minutes, 12.6);
    result.steps[12] = lasted(50);
    EXPECT_EQ(workout_entry(every_kind_script(), result, {7, 0}).sets.back().exercise_id, "sprint-intervals")
        << "under a minute is no bout to log";
}

TEST(WorkoutResult, TheWarmUpIsSkippedWhenEveryWarmUpStepWas) {
    const WorkoutScript script = every_kind_script();
    WorkoutResult result = all_done();
    EXPECT_FALSE(warm_up_skipped(script, result));
    result.steps[0] = skipped();
    EXPECT_TRUE(warm_up_skipped(script, result));
    EXPECT_TRUE(workout_entry(script, result, {7, 0}).warm_up_skipped);
    result.steps[0] = {};
    EXPECT_FALSE(warm_up_skipped(script, result)) << "not reached is not skipped";
    EXPECT_FALSE(warm_up_skipped(script, WorkoutResult{})) << "no results at all";
    WorkoutScript without_warm_up = script;
    without_warm_up.steps.erase(without_warm_up.steps.begin());
    WorkoutResult rest = all_done();
    rest.steps.erase(rest.steps.begin());
    EXPECT_FALSE(warm_up_skipped(without_warm_up, rest)) << "a script without a warm-up";
}

TEST(WorkoutResult, NothingDoneIsAnEntryWithoutSets) {
    WorkoutResult result;
    result.steps.assign(16, skipped());
    const Entry entry = workout_entry(every_kind_script(), result, {7, 0});
    EXPECT_TRUE(entry.sets.empty());
    EXPECT_TRUE(entry.warm_up_skipped);
}

}  // namespace
}  // namespace hipfit::core
