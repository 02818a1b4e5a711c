// Stepping through a workout script: the current step, its countdown, pause, skip, back, and what was
// done. Pure: the player is driven by events and the time each happens at, so a terminal, a browser or a
// test can drive it with a real clock or a simulated one.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>

#include "core/workout_result.hpp"
#include "core/workout_script.hpp"

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
    void skip(PlayerTime now);
    // Back to the previous exercise step (over rests and side switches), to do it again.
    void back(PlayerTime now);
    void toggle_pause(PlayerTime now);

  private:
    [[nodiscard]] PlayerTime elapsed(PlayerTime now) const;
    [[nodiscard]] StepResult ran_for(PlayerTime elapsed) const;
    void finish(StepResult result, PlayerTime now);
    void start(PlayerTime now);

    WorkoutScript script_;
    WorkoutResult result_;
    std::size_t index_ = 0;
    PlayerTime started_{0};
    PlayerTime paused_total_{0};
    std::optional<PlayerTime> paused_since_;
};

}  // namespace hipfit::core
