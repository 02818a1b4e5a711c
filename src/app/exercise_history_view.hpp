// One exercise's history as 'hipfit history --exercise ID' and GET /api/exercises/{id}/history show it:
// every session's sets and the bests (core/stats/exercise_history.hpp), in the JSON both give.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/program/catalog.hpp"
#include "core/stats/exercise_history.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

struct ExerciseHistoryView {
    const core::Exercise* exercise = nullptr;
    core::ExerciseHistory history;
    core::UnitSystem units = core::UnitSystem::metric;
};

// `journal` may be null (no database yet): nothing is logged then.
ExerciseHistoryView exercise_history_view(store::Repository* journal, const core::Exercise& exercise);

// For people, when the exercise was never logged: "Squat has not been logged yet."
std::string nothing_logged_text(const ExerciseHistoryView& view);

// {"exercise", "name", "kind", "units", "nothing_logged", "sessions": [{"entry_id", "date", "time",
// "sets", "estimated_one_rep_max_kg", "most_reps", "longest_hold_seconds", "longest_minutes"}], "bests":
// {"estimated_one_rep_max", "most_reps", "most_reps_body_weight", "longest_hold", "longest_bout"}}: each
// best {"date", "time", "set"} (the estimate's with "estimated_one_rep_max_kg") or null; a figure a
// session does not have is null. Sets as the journal's JSON gives them (kg, seconds, minutes).
nlohmann::json to_json(const ExerciseHistoryView& view);

}  // namespace hipfit::app
