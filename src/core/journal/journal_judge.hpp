// The rules of journal_progression.hpp for one exercise: what a log shows, and what it earns next.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/journal/journal_progression.hpp"

namespace hipfit::core {

// What a log measures of an exercise: reps, hold seconds or interval rounds; none for cardio, warm-up
// and cool-down moves, which follow the plan.
enum class Measure { none, reps, hold, rounds };

Measure measure_of(const Exercise& exercise);

// One workout's sets of one exercise: each set's reps or hold seconds (for intervals, one total of
// rounds), the lightest load of its loaded sets, and the hardest RPE logged.
struct Performance {
    std::vector<int> values;
    std::optional<Kilograms> load;
    std::optional<int> rpe;
    std::optional<int> work_seconds;
    std::optional<int> rest_seconds;

    [[nodiscard]] int sets() const { return static_cast<int>(values.size()); }
    [[nodiscard]] int weakest() const { return *std::min_element(values.begin(), values.end()); }
};

// The journal's record of one exercise, judged log by log.
struct Track {
    PlannedExercise prescription;  // in force for the next log; starts as the plan's
    bool prescribed = false;       // by an earlier log, so falling short of it is a miss
    int misses = 0;                // in a row
    std::string note;              // why the prescription is what it is
};

// Judges a log of the track's exercise against the prescription in force and moves the track on.
void judge(Track& track, const Performance& logged, const ProgressionContext& context);

}  // namespace hipfit::core
