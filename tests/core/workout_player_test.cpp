// The workout player's state machine, driven by events at chosen moments: countdowns, phases of an
// interval block, pause, done, skip, back and resuming.
#include <gtest/gtest.h>

#include "core/workout_player.hpp"
#include "tests/core/workout_test_session.hpp"

namespace hipfit::core {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using testing::every_kind_script;

constexpr PlayerTime kStart{1'000'000};

PlayerTime at(double s) {
    return kStart + milliseconds(static_cast<long long>(s * 1000));
}

TEST(WorkoutPlayer, StartsAtTheFirstStepWithItsCountdown) {
    const WorkoutPlayer player(every_kind_script(), kStart);
    EXPECT_FALSE(player.finished());
    EXPECT_EQ(player.index(), 0U);
    EXPECT_EQ(player.step().exercise, "leg-swings");
    EXPECT_EQ(player.countdown(at(0)), (Countdown{60, 0, false}));
    EXPECT_EQ(player.countdown(at(0.4)), (Countdown{60, 0, false})) << "whole seconds, rounded up";
    EXPECT_EQ(player.countdown(at(1)), (Countdown{59, 0, false}));
    EXPECT_EQ(player.countdown_end(), at(60));
    EXPECT_EQ(player.result().steps.size(), 16U);
}

TEST(WorkoutPlayer, ACountdownThatRunsOutIsDoneAndTheNextStepStartsWhenItEnded) {
    WorkoutPlayer player(every_kind_script(), kStart);
    EXPECT_EQ(player.tick(at(59.9)), 0);
    EXPECT_EQ(player.index(), 0U);
    EXPECT_EQ(player.tick(at(61)), 1);
    EXPECT_EQ(player.index(), 1U);
    const StepResult& warm_up = player.result().steps[0];
    EXPECT_EQ(warm_up.outcome, StepOutcome::done);
    EXPECT_EQ(warm_up.seconds, 60);
    // A reps step waits for the person: no countdown, ticking changes nothing.
    EXPECT_EQ(player.step().kind, StepKind::reps);
    EXPECT_FALSE(player.countdown(at(61)).has_value());
    EXPECT_FALSE(player.countdown_end().has_value());
    EXPECT_EQ(player.tick(at(5000)), 0);
    EXPECT_EQ(player.index(), 1U);
}

TEST(WorkoutPlayer, ARepsStepKeepsTheAnswersOrTheTarget) {
    WorkoutPlayer player(every_kind_script(), kStart, 1);
    StepResult answers;
    answers.reps = 10;
    answers.load = Kilograms(2.5);
    answers.rpe = 7;
    player.done(at(30), answers);
    EXPECT_EQ(player.result().steps[1].outcome, StepOutcome::done);
    EXPECT_EQ(player.result().steps[1].reps, 10);
    EXPECT_EQ(player.result().steps[1].load, Kilograms(2.5));
    EXPECT_EQ(player.result().steps[1].rpe, 7);
    // The switch of sides counts down from when the set was done.
    EXPECT_EQ(player.step().kind, StepKind::switch_sides);
    EXPECT_EQ(player.countdown(at(30)), (Countdown{5, 0, false}));
    EXPECT_EQ(player.tick(at(35)), 1);
    player.done(at(60));
    EXPECT_EQ(player.result().steps[3].reps, 12) << "no answer: the target";
    EXPECT_FALSE(player.result().steps[3].load.has_value());
    EXPECT_EQ(player.step().kind, StepKind::rest);
}

TEST(WorkoutPlayer, OneTickEndsEveryCountdownThatRanOutAndStopsAtASetToDo) {
    WorkoutPlayer player(every_kind_script(), kStart, 7);  // clamshell, set 2, right side
    player.done(at(0));
    ASSERT_EQ(player.step().exercise, "wall-sit");
    // The hold (30 s), the rest (45 s) and the second hold (30 s) all end by 105 s; then the intervals.
    EXPECT_EQ(player.tick(at(200)), 3);
    EXPECT_EQ(player.index(), 11U);
    EXPECT_EQ(player.step().kind, StepKind::intervals);
    EXPECT_EQ(player.result().steps[8].seconds, 30);
    EXPECT_EQ(player.result().steps[10].seconds, 30);
    // The interval block started at 105 s: 95 s into it is round 2's rest (80–120 s).
    EXPECT_EQ(player.countdown(at(200)), (Countdown{25, 2, true}));
}

TEST(WorkoutPlayer, AnIntervalBlockCountsDownEachRoundsWorkAndRest) {
    WorkoutPlayer player(every_kind_script(), kStart, 11);
    EXPECT_EQ(player.countdown(at(0)), (Countdown{20, 1, false}));
    EXPECT_EQ(player.countdown(at(19.5)), (Countdown{1, 1, false}));
    EXPECT_EQ(player.countdown(at(20)), (Countdown{40, 1, true}));
    EXPECT_EQ(player.countdown(at(60)), (Countdown{20, 2, false}));
    EXPECT_EQ(player.countdown(at(120)), (Countdown{20, 3, false}));
    EXPECT_EQ(player.countdown(at(139)), (Countdown{1, 3, false})) << "no rest after the last round";
    EXPECT_EQ(player.countdown_end(), at(140));
    EXPECT_EQ(player.tick(at(140)), 1);
    EXPECT_EQ(player.result().steps[11].rounds, 3);
}

TEST(WorkoutPlayer, DoneBeforeACountdownEndsKeepsWhatWasDone) {
    WorkoutPlayer player(every_kind_script(), kStart, 8);  // wall-sit 30 s
    player.done(at(22.7));
    EXPECT_EQ(player.result().steps[8].seconds, 22) << "whole seconds held";
    WorkoutPlayer intervals(every_kind_script(), kStart, 11);
    intervals.done(at(70));  // round 2's work under way: one round finished
    EXPECT_EQ(intervals.result().steps[11].rounds, 1);
    WorkoutPlayer early(every_kind_script(), kStart, 11);
    early.done(at(5));
    EXPECT_EQ(early.result().steps[11].rounds, 1) << "at least one round, or it would be a skip";
    WorkoutPlayer after_work(every_kind_script(), kStart, 11);
    after_work.done(at(80));  // round 2's work is finished, its rest under way
    EXPECT_EQ(after_work.result().steps[11].rounds, 2);
}

TEST(WorkoutPlayer, APauseStopsTheCountdownUntilItIsResumed) {
    WorkoutPlayer player(every_kind_script(), kStart);
    player.toggle_pause(at(10));
    EXPECT_TRUE(player.paused());
    EXPECT_FALSE(player.countdown_end().has_value());
    EXPECT_EQ(player.countdown(at(100)), (Countdown{50, 0, false}));
    EXPECT_EQ(player.tick(at(500)), 0);
    player.toggle_pause(at(100));
    EXPECT_FALSE(player.paused());
    EXPECT_EQ(player.countdown_end(), at(150));
    EXPECT_EQ(player.tick(at(149)), 0);
    EXPECT_EQ(player.tick(at(150)), 1);
    EXPECT_EQ(player.result().steps[0].seconds, 60);
}

TEST(WorkoutPlayer, MovingOnEndsAPause) {
    WorkoutPlayer player(every_kind_script(), kStart);
    player.toggle_pause(at(10));
    player.skip(at(20));
    EXPECT_FALSE(player.paused());
    EXPECT_EQ(player.result().steps[0].outcome, StepOutcome::skipped);
}

TEST(WorkoutPlayer, SkipMovesOnAndKeepsNoValues) {
    WorkoutPlayer player(every_kind_script(), kStart, 1);
    player.skip(at(0));
    EXPECT_EQ(player.result().steps[1].outcome, StepOutcome::skipped);
    EXPECT_FALSE(player.result().steps[1].reps.has_value());
    EXPECT_EQ(player.index(), 2U);
}

TEST(WorkoutPlayer, BackGoesToThePreviousExerciseStepOverRestsAndSwitches) {
    WorkoutPlayer player(every_kind_script(), kStart, 1);
    player.done(at(0));   // left
    player.tick(at(5));   // switch
    player.done(at(20));  // right
    ASSERT_EQ(player.step().kind, StepKind::rest);
    player.back(at(25));
    EXPECT_EQ(player.index(), 3U) << "the right side again, not the switch";
    EXPECT_EQ(player.result().steps[3].outcome, StepOutcome::pending);
    EXPECT_EQ(player.result().steps[1].outcome, StepOutcome::done) << "the left side stays done";
    player.back(at(26));
    EXPECT_EQ(player.index(), 1U);
    EXPECT_EQ(player.result().steps[1].outcome, StepOutcome::pending);
    EXPECT_EQ(player.result().steps[2].outcome, StepOutcome::pending);
    player.back(at(27));
    player.back(at(28));
    EXPECT_EQ(player.index(), 0U) << "the first step is as far back as it goes";
    EXPECT_EQ(player.countdown(at(28)), (Countdown{59, 0, false})) << "it started again at 27 s";
}

TEST(WorkoutPlayer, ResumesAtAKeptStepWithTheResultsSoFar) {
    WorkoutResult kept;
    kept.steps.resize(16);
    kept.steps[0].outcome = StepOutcome::skipped;
    kept.steps[1] = {StepOutcome::done, 11, std::nullopt, std::nullopt, std::nullopt, 8};
    WorkoutPlayer player(every_kind_script(), kStart, 2, kept);
    EXPECT_EQ(player.index(), 2U);
    EXPECT_EQ(player.result().steps[1], kept.steps[1]);
    EXPECT_EQ(player.countdown(at(0)), (Countdown{5, 0, false}));
    // A kept index past the end is the end.
    const WorkoutPlayer beyond(every_kind_script(), kStart, 99);
    EXPECT_TRUE(beyond.finished());
    EXPECT_FALSE(beyond.countdown(at(0)).has_value());
}

TEST(WorkoutPlayer, AWholeWorkoutFinishes) {
    WorkoutPlayer player(every_kind_script(), kStart);
    PlayerTime now = kStart;
    int events = 0;
    while (!player.finished() && events++ < 100) {
        if (const std::optional<PlayerTime> end = player.countdown_end()) {
            now = *end;
            player.tick(now);
        } else {
            now += seconds(40);
            player.done(now);
        }
    }
    ASSERT_TRUE(player.finished());
    for (const StepResult& r : player.result().steps) EXPECT_EQ(r.outcome, StepOutcome::done);
    // Warm-up, 4 sets of 40 s with 2 switches and a rest, 2 holds and a rest, intervals, walking, stretches.
    EXPECT_EQ(now - kStart, seconds(60 + (160 + 10 + 30) + (30 + 45 + 30) + 140 + 1200 + (30 + 5 + 30)));
    // Events after the end change nothing.
    player.skip(now);
    player.done(now);
    player.toggle_pause(now);
    EXPECT_TRUE(player.finished());
    EXPECT_FALSE(player.paused());
}

}  // namespace
}  // namespace hipfit::core
