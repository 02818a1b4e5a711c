// The guided workout as JSON: the session script (docs/workout.md; GET /api/workout and
// 'hipfit workout --json'), the progress a terminal player keeps between runs and the steps a player
// reports done (POST /api/workout).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/base/date.hpp"
#include "core/workout/workout_player.hpp"
#include "core/workout/workout_result.hpp"
#include "core/workout/workout_script.hpp"

namespace hipfit::io {

nlohmann::json to_json(const core::WorkoutScript& script);

// Where a player stopped: the day, the number of steps its script had, the step to resume at and the
// results so far.
struct WorkoutProgress {
    core::Date date{};
    std::size_t steps = 0;
    std::size_t index = 0;
    core::WorkoutResult result;
};

inline constexpr int kWorkoutProgressVersion = 1;

nlohmann::json to_json(const WorkoutProgress& progress);

// None for anything that is not a progress of this version, whole and consistent: it is then ignored.
std::optional<WorkoutProgress> workout_progress_from_json(const nlohmann::json& json);

// A player's events, as docs/workout.md "The steps done" writes them: an array of {"step", "action"} with
// "reps", "load_kg", "seconds", "rounds" and "rpe" where done gives them. Strict: a missing or unknown
// key, a wrong type or word is core::InvalidInput naming `field` ("events[2]: reps: expected a whole
// number"). Whether the events fit the script is core::replay_workout's check.
std::vector<core::StepEvent> step_events_from_json(const nlohmann::json& json, std::string_view field);
nlohmann::json to_json(std::span<const core::StepEvent> events);

}  // namespace hipfit::io
