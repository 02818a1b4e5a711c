// One exercise's history (docs/stats.md, "An exercise's history"): every session's sets of it from the
// journal, and its bests — the best set by estimated one-rep max for loaded work, the most reps (at any
// load and at body weight), the longest hold and the longest cardio bout, each with its day.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/date.hpp"
#include "core/journal/journal.hpp"

namespace hipfit::core {

// Epley B. (1985), docs/sources.md#epley-1985: a set of `reps` at `load` is worth a one-rep max of
// load × (1 + reps / 30).
inline constexpr double kEpleyRepsPerLoad = 30.0;

// The estimate is made only from sets of at most this many reps (hipfit's judgement): rep-max equations
// were fit and checked on heavy sets of about 10 reps or fewer (docs/sources.md#lesuer-1997), and a set
// of 25 light reps says more about endurance than about the most one could lift once.
inline constexpr int kEstimatedMaxMostReps = 12;

// Epley's estimate in kg; none without a load, with no reps, or above kEstimatedMaxMostReps reps.
std::optional<double> estimated_one_rep_max(const WorkoutSet& set);

// One workout entry's sets of the exercise, and what they add up to (for the chart over time).
struct HistorySession {
    std::int64_t entry_id = 0;
    Date date{};
    TimeOfDay time{};
    std::vector<WorkoutSet> sets;
    std::optional<double> estimated_one_rep_max_kg;  // its best set's
    std::optional<int> most_reps;
    std::optional<int> longest_hold_seconds;
    std::optional<double> longest_minutes;
};

// A best set and the day it was done (the first time, when equalled later).
struct BestSet {
    Date date{};
    TimeOfDay time{};
    WorkoutSet set;
};

struct ExerciseBests {
    std::optional<BestSet> estimated_one_rep_max;  // loaded sets of at most kEstimatedMaxMostReps reps
    std::optional<double> estimated_one_rep_max_kg;
    std::optional<BestSet> most_reps;              // at any load; the heavier of equal reps
    std::optional<BestSet> most_reps_body_weight;  // sets with no load
    std::optional<BestSet> longest_hold;           // the heavier of equal holds
    std::optional<BestSet> longest_bout;           // minutes of a cardio set
};

struct ExerciseHistory {
    std::string exercise_id;
    std::vector<HistorySession> sessions;  // oldest first
    ExerciseBests bests;
};

// The history of `exercise_id` in `journal` (in date and time order): workout entries with a set of it.
ExerciseHistory exercise_history(std::span<const Entry> journal, std::string_view exercise_id);

}  // namespace hipfit::core
