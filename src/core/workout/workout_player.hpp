// Stepping through a workout script: the current step, its countdown, pause, skip, back, and what was
// done. Pure: the player is driven by events and the time each happens at, so a terminal, a browser or a
// test can drive it with a real clock or a simulated one. The web player keeps its own time and sends
// what happened at each step; replay_workout plays those events through the same player.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "core/workout/workout_result.hpp"
#include "core/workout/workout_script.hpp"

namespace hipfit::core {

// A moment, from any fixed origin the caller keeps: only differences matter.
using PlayerTime = std::chrono::milliseconds;

// What a countdown shows now.
struct Countdown {
    int remaining_seconds = 0;  // left in the current phase, rounded up
    int round = 0;              // intervals: the round, from 1; 0 for other steps
    bool resting = false;       // intervals: the rest after a round's work

    friend bool operator==(const Countdown&, const Countdown&) = default;
};

class WorkoutPlayer {
  public:
    // Starts at step `index` (a resumed workout) with the results kept so far; the step begins at `now`.
    WorkoutPlayer(WorkoutScript script, PlayerTime now, std::size_t index = 0, WorkoutResult kept = {});

    [[nodiscard]] const WorkoutScript& script() const { return script_; }
    [[nodiscard]] bool finished() const { return index_ >= script_.steps.size(); }
    [[nodiscard]] std::size_t index() const { return index_; }
    [[nodiscard]] const WorkoutStep& step() const { return script_.steps.at(index_); }
    [[nodiscard]] bool paused() const { return paused_since_.has_value(); }
    [[nodiscard]] const WorkoutResult& result() const { return result_; }

    // The current step's countdown; none at a reps step and once finished.
    [[nodiscard]] std::optional<Countdown> countdown(PlayerTime now) const;
    // When the current countdown runs out if nothing else happens; none at a reps step, while paused
    // and once finished.
    [[nodiscard]] std::optional<PlayerTime> countdown_end() const;

    // Countdowns that have run out by `now` end as done, each next step starting when the last ended.
    // Returns how many steps ended.
    int tick(PlayerTime now);
    // The person says the step is done. A countdown ended early keeps the whole seconds it ran (an
    // interval block the rounds whose work was finished, at least one); a reps step keeps `answers`'
    // reps (the target when empty), load and RPE.
    void done(PlayerTime now, const StepResult& answers = {});
    // The step is done as a player that keeps its own time measured it: `measured`'s seconds (timed and
    // hold steps) or rounds finished (intervals), kept as done() keeps the time it measures (at most the
    // step's, at least one round); reps, load and RPE as done() keeps them.
    void done_as_measured(PlayerTime now, const StepResult& measured);
    void skip(PlayerTime now);
    // Back to the previous exercise step (over rests and side switches), to do it again.
    void back(PlayerTime now);
    void toggle_pause(PlayerTime now);

  private:
    [[nodiscard]] PlayerTime elapsed(PlayerTime now) const;
    [[nodiscard]] StepResult ran_for(PlayerTime elapsed) const;
    [[nodiscard]] StepResult kept(const StepResult& measured) const;
    void finish(StepResult result, PlayerTime now);
    void start(PlayerTime now);

    WorkoutScript script_;
    WorkoutResult result_;
    std::size_t index_ = 0;
    PlayerTime started_{0};
    PlayerTime paused_total_{0};
    std::optional<PlayerTime> paused_since_;
};

// What a player reports at a step, in the order it happened (docs/workout.md "The steps done").
enum class StepAction { done, skip, back };
inline constexpr NameTable<StepAction, 3> kStepActionNames{
    {{StepAction::done, "done"}, {StepAction::skip, "skip"}, {StepAction::back, "back"}}};

struct StepEvent {
    std::size_t step = 0;  // where the player was: its current step
    StepAction action = StepAction::done;
    // done: a reps step's reps, load and RPE; a timed or hold step's seconds and RPE; an interval
    // block's rounds finished and RPE; nothing at a rest or a switch. Outcome is not read.
    StepResult values;
};

// More events than any session's steps and goings back need: a longer list is not a workout.
inline constexpr std::size_t kMaxStepEvents = 5000;

// The result of a player's events replayed in order through a WorkoutPlayer from the first step: done
// as done_as_measured, skip and back as the player's. Each event must be at the player's current step,
// carry only the values its step takes, in the journal's ranges (seconds and rounds at most the
// step's); the events may stop anywhere (steps not reached stay pending). Throws InvalidInput naming
// `field` and the event, e.g. "events[3]: …".
WorkoutResult replay_workout(const WorkoutScript& script, std::span<const StepEvent> events,
                             std::string_view field);

}  // namespace hipfit::core
