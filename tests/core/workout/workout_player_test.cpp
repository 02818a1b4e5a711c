// The workout player's state machine, driven by events at chosen moments: countdowns, phases of an
// interval block, pause, done, skip, back and resuming; and a player's events replayed (replay_workout,
// what POST /api/workout does with the web player's).
#include <gtest/gtest.h>

#include "core/base/errors.hpp"
#include "core/workout/workout_player.hpp"
#include "tests/core/workout/workout_test_session.hpp"

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

// Index of every_kind_script: 0 leg-swings 60 s · 1 clamshell L · 2 switch · 3 R · 4 rest 30 s · 5 L · 6
// switch · 7 R · 8 wall-sit 30 s · 9 rest 45 s · 10 wall-sit · 11 sprints 3 × 20 s / 40 s · 12 walking 20 min
// · 13 figure-four L · 14 switch · 15 R.

StepResult values(std::optional<int> reps, std::optional<int> ran_seconds = std::nullopt,
                  std::optional<int> rounds = std::nullopt, std::optional<int> rpe = std::nullopt) {
    StepResult v;
    v.reps = reps;
    v.seconds = ran_seconds;
    v.rounds = rounds;
    v.rpe = rpe;
    return v;
}

TEST(WorkoutPlayer, DoneAsMeasuredKeepsWhatAPlayerMeasuredWithinTheStep) {
    WorkoutPlayer hold(every_kind_script(), kStart, 8);
    hold.done_as_measured(at(0), values(std::nullopt, 45, std::nullopt, 9));
    EXPECT_EQ(hold.result().steps[8].seconds, 30) << "at most the step's 30 s";
    EXPECT_EQ(hold.result().steps[8].rpe, 9);
    WorkoutPlayer intervals(every_kind_script(), kStart, 11);
    intervals.done_as_measured(at(0), values(std::nullopt, std::nullopt, 0));
    EXPECT_EQ(intervals.result().steps[11].rounds, 1) << "Done in the first round keeps that round";
    WorkoutPlayer set(every_kind_script(), kStart, 1);
    StepResult answers = values(std::nullopt, 20, 2, 6);
    answers.load = Kilograms(3);
    set.done_as_measured(at(0), answers);
    const StepResult kept = set.result().steps[1];
    EXPECT_EQ(kept.reps, 12) << "no reps said: the target";
    EXPECT_EQ(kept.load, Kilograms(3));
    EXPECT_EQ(kept.rpe, 6);
    EXPECT_FALSE(kept.seconds.has_value()) << "only the values of its kind";
    EXPECT_FALSE(kept.rounds.has_value());
    set.done_as_measured(at(0), values(std::nullopt, std::nullopt, std::nullopt, 8));  // the switch
    EXPECT_EQ(set.result().steps[2], (StepResult{StepOutcome::done, {}, {}, {}, {}, {}}))
        << "a switch keeps nothing";
}

StepEvent event(std::size_t step, StepAction action, StepResult v = {}) {
    return {step, action, v};
}

TEST(ReplayWorkout, GivesWhatThePlayerGivesForTheSameSteps) {
    // Driven live: the warm-up runs out, a set, the switch, Back from the right side's set to redo the left,
    // a skip, a hold ended at 12 s, the intervals done in round 2's rest.
    WorkoutPlayer live(every_kind_script(), kStart);
    live.tick(at(60));
    StepResult first = values(10, std::nullopt, std::nullopt, 7);
    first.load = Kilograms(2.5);
    live.done(at(80), first);
    live.tick(at(85));
    live.back(at(90));
    live.done(at(100), values(11));
    live.tick(at(105));
    live.skip(at(106));
    live.tick(at(136));
    for (int step = 5; step <= 7; ++step) live.skip(at(137));
    live.done(at(149.9));
    live.tick(at(194.9));
    live.skip(at(195));
    live.done(at(195 + 90));  // round 2's rest: two rounds finished
    const std::vector<StepEvent> events{event(0, StepAction::done, values(std::nullopt, 60)),
                                        event(1, StepAction::done, first),
                                        event(2, StepAction::done),
                                        event(3, StepAction::back),
                                        event(1, StepAction::done, values(11)),
                                        event(2, StepAction::done),
                                        event(3, StepAction::skip),
                                        event(4, StepAction::done),
                                        event(5, StepAction::skip),
                                        event(6, StepAction::skip),
                                        event(7, StepAction::skip),
                                        event(8, StepAction::done, values(std::nullopt, 12)),
                                        event(9, StepAction::done),
                                        event(10, StepAction::skip),
                                        event(11, StepAction::done, values(std::nullopt, std::nullopt, 2))};
    const WorkoutResult replayed = replay_workout(every_kind_script(), events, "events");
    ASSERT_EQ(live.index(), 12U);
    EXPECT_EQ(replayed.steps, live.result().steps);
    EXPECT_EQ(replayed.steps[1].reps, 11) << "the left side as done again";
    EXPECT_EQ(replayed.steps[8].seconds, 12);
    EXPECT_EQ(replayed.steps[11].rounds, 2);
    EXPECT_EQ(replayed.steps[12].outcome, StepOutcome::pending) << "the events stopped there";
}

TEST(ReplayWorkout, BackGoesToThePreviousExerciseStepNotARest) {
    const std::vector<StepEvent> events{event(0, StepAction::skip), event(1, StepAction::done, values(12)),
                                        event(2, StepAction::done), event(3, StepAction::done, values(12)),
                                        event(4, StepAction::back), event(3, StepAction::done, values(9))};
    const WorkoutResult result = replay_workout(every_kind_script(), events, "events");
    EXPECT_EQ(result.steps[3].reps, 9);
    EXPECT_EQ(result.steps[4].outcome, StepOutcome::pending) << "the rest is next";
    const Entry entry = workout_entry(every_kind_script(), result, TimeOfDay{9, 0});
    ASSERT_EQ(entry.sets.size(), 1U);
    EXPECT_EQ(entry.sets[0].reps, 9) << "the two sides as one set: the smaller";
}

std::string refusal(const std::vector<StepEvent>& events) {
    try {
        replay_workout(every_kind_script(), events, "events");
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), "events");
        return error.what();
    }
    return "accepted";
}

TEST(ReplayWorkout, RefusesEventsThatDoNotFollowThePlayerOrTheStep) {
    EXPECT_EQ(refusal({event(3, StepAction::skip)}),
              "events[0]: at step 3, but the player was at step 0 (events come in the order they happened)");
    EXPECT_EQ(refusal({event(0, StepAction::done, values(10))}),
              "events[0]: step 0 is a timed step, which takes no reps");
    EXPECT_EQ(refusal({event(0, StepAction::skip), event(1, StepAction::done, values(std::nullopt, 20))}),
              "events[1]: step 1 is a set of reps, which takes no seconds");
    EXPECT_EQ(refusal({event(0, StepAction::skip), event(1, StepAction::skip),
                       event(2, StepAction::done, values(std::nullopt, std::nullopt, std::nullopt, 5))}),
              "events[2]: step 2 is a switch of sides, which takes no rpe");
    EXPECT_EQ(refusal({event(0, StepAction::skip), event(1, StepAction::done, values(0))}),
              "events[1]: reps: 0 is outside the accepted range 1–200");
    EXPECT_EQ(refusal({event(0, StepAction::skip),
                       event(1, StepAction::done, values(10, std::nullopt, std::nullopt, 11))}),
              "events[1]: rpe: 11 is outside the accepted range 1–10");
    StepResult heavy = values(10);
    heavy.load = Kilograms(501);
    EXPECT_EQ(refusal({event(0, StepAction::skip), event(1, StepAction::done, heavy)}),
              "events[1]: load_kg: 501 is outside the accepted range 0–500");
    EXPECT_EQ(refusal({event(0, StepAction::done, values(std::nullopt, 61))}),
              "events[0]: seconds: 61 is outside the accepted range 0–60");
    EXPECT_EQ(refusal({event(0, StepAction::skip, values(std::nullopt, 10))}),
              "events[0]: a skip carries no values");
    std::vector<StepEvent> all;
    for (std::size_t i = 0; i < 16; ++i) all.push_back(event(i, StepAction::skip));
    all.push_back(event(16, StepAction::back));
    EXPECT_EQ(refusal(all), "events[16]: the workout had already ended after its 16 steps");
    EXPECT_EQ(refusal(std::vector<StepEvent>(kMaxStepEvents + 1, event(0, StepAction::back))),
              "events: 5001 events are more than a workout has (at most 5000)");
}

TEST(ReplayWorkout, NoEventsLeaveEveryStepPending) {
    const WorkoutResult result = replay_workout(every_kind_script(), {}, "events");
    ASSERT_EQ(result.steps.size(), 16U);
    for (const StepResult& r : result.steps) EXPECT_EQ(r.outcome, StepOutcome::pending);
}

}  // namespace
}  // namespace hipfit::core
