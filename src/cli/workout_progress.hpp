// Where 'hipfit workout' keeps its place when the person quits: a small file beside the database
// (<db>.workout-progress.json), read the same day to resume and removed once the workout is recorded.
#pragma once

#include <optional>
#include <string>

#include "cli/command.hpp"
#include "io/workout_json.hpp"

namespace hipfit::cli {

std::string workout_progress_path(const GlobalOptions& global, const Environment& environment);

// The kept progress; none when there is no file or it cannot be read as one.
std::optional<io::WorkoutProgress> load_workout_progress(const std::string& path);

// Written whole or not at all; throws core::InvalidInput when it cannot be written.
void save_workout_progress(const std::string& path, const io::WorkoutProgress& progress,
                           const std::string& database);

void remove_workout_progress(const std::string& path);

}  // namespace hipfit::cli
