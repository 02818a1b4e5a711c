// What a person did in a guided workout, step by step, and the journal entry it makes (docs/workout.md).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/journal/journal.hpp"
#include "core/workout/workout_script.hpp"

namespace hipfit::core {

enum class StepOutcome { pending, done, skipped };

// One step's result. Only a done step carries values, and only those of its kind.
struct StepResult {
    StepOutcome outcome = StepOutcome::pending;
    std::optional<int> reps;  // reps steps
    std::optional<Kilograms> load;
    std::optional<int> seconds;  // timed and hold steps: how long it lasted
    std::optional<int> rounds;   // intervals
    std::optional<int> rpe;

    friend bool operator==(const StepResult&, const StepResult&) = default;
};

// One result per step of the script, in its order.
struct WorkoutResult {
    std::vector<StepResult> steps;
};

// Why skipping the warm-up matters, as the players say it.
inline constexpr std::string_view kWarmUpSkippedWhy =
    "A warm-up raises muscle temperature and readiness; skipping it is a common cause of strains. "
    "Next time, give it its few minutes.";

// True when the script has a warm-up and every exercise step of the warm-up was skipped (steps not
// reached yet do not count as skipped).
bool warm_up_skipped(const WorkoutScript& script, const WorkoutResult& result);

// The workout entry on the script's day at `time`: one set per reps, hold and intervals step done (the
// two sides of a per-side set are one set, as 'hipfit log workout' counts them: the fewer reps or
// seconds of the two sides, the larger load and RPE), the minutes of timed cardio, and warm_up_skipped.
// Skipped and pending steps are left out. Energy is not estimated here (app::add_entry does it).
Entry workout_entry(const WorkoutScript& script, const WorkoutResult& result, TimeOfDay time);

}  // namespace hipfit::core
