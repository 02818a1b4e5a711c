// The guided workout as JSON: the session script (docs/workout.md; GET /api/workout and
// 'hipfit workout --json') and the progress a terminal player keeps between runs.
#pragma once

#include <cstddef>
#include <optional>

#include <nlohmann/json_fwd.hpp>

#include "core/date.hpp"
#include "core/workout_result.hpp"
#include "core/workout_script.hpp"

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

}  // namespace hipfit::io
