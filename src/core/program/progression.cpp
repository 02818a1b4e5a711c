#include "core/program/progression.hpp"

#include <algorithm>
#include <cmath>

namespace hipfit::core {
namespace {

int starting_sets(const IntRange& sets, Level level) {
    switch (level) {
        case Level::beginner:
            return (sets.min + sets.max) / 2;
        case Level::intermediate:
            return (sets.min + sets.max + 1) / 2;
        case Level::advanced:
            return sets.max;
    }
    return sets.min;
}

// The smallest value in `range` for which (sets + 1) × value exceeds sets × current: adding a set must
// never lower the work done.
int value_for_extra_set(int sets, int current, const IntRange& range) {
    for (int value = range.min; value <= range.max; ++value) {
        if ((sets + 1) * value > sets * current)
            return value;
    }
    return range.max;
}

// Advances a measure (reps or hold seconds) within its range, then the sets.
bool advance_measure(int& sets, int& value, const IntRange& range, const IntRange& set_range, int step) {
    if (value < range.max) {
        value = std::min(range.max, value + step);
        return true;
    }
    if (sets < set_range.max) {
        value = value_for_extra_set(sets, value, range);
        ++sets;
        return true;
    }
    return false;
}

}  // namespace

PlannedExercise starting_prescription(const Exercise& exercise, Level level) {
    const PrescriptionRange& range = exercise.prescription;
    PlannedExercise p;
    p.id = exercise.id;
    p.per_side = range.per_side;
    const bool training = exercise.block == Block::targeted || exercise.block == Block::strength;
    p.sets = training ? starting_sets(range.sets, level) : range.sets.min;
    if (range.reps)
        p.reps = range.reps->min;
    if (range.hold_seconds)
        p.hold_seconds = range.hold_seconds->min;
    if (range.minutes)
        p.minutes = range.minutes->min;
    if (*p.sets > 1)
        p.rest_seconds = range.rest_seconds;
    if (range.work_seconds)
        return intervals_at(exercise, level, 0);
    return p;
}

PlannedExercise advance(const PlannedExercise& current, const Exercise& exercise, const Exercise* harder) {
    const PrescriptionRange& range = exercise.prescription;
    PlannedExercise next = current;
    int sets = current.sets.value_or(1);
    bool advanced = false;
    if (range.reps && current.reps) {
        int reps = *current.reps;
        advanced = advance_measure(sets, reps, *range.reps, range.sets, kRepStep);
        next.reps = reps;
    } else if (range.hold_seconds && current.hold_seconds) {
        int hold = *current.hold_seconds;
        advanced = advance_measure(sets, hold, *range.hold_seconds, range.sets, kHoldStepSeconds);
        next.hold_seconds = hold;
    }
    next.sets = sets;
    if (sets > 1)
        next.rest_seconds = range.rest_seconds;
    if (advanced)
        return next;
    if (harder != nullptr) {
        // The harder variation starts at the bottom of its range, with as many sets as it allows.
        PlannedExercise switched = starting_prescription(*harder, Level::beginner);
        switched.sets = std::clamp(sets, harder->prescription.sets.min, harder->prescription.sets.max);
        if (*switched.sets > 1)
            switched.rest_seconds = harder->prescription.rest_seconds;
        return switched;
    }
    next.add_resistance = true;
    return next;
}

PlannedExercise deload(const PlannedExercise& current) {
    PlannedExercise light = current;
    const int sets = current.sets.value_or(1);
    const int lighter_sets = std::max(1, static_cast<int>(std::lround(sets * kDeloadVolumeFraction)));
    light.sets = lighter_sets;
    auto scale = [&](std::optional<int>& measure) {
        if (!measure)
            return;
        const double target = kDeloadVolumeFraction * sets * *measure / lighter_sets;
        measure = std::clamp(static_cast<int>(std::lround(target)), 1, *measure);
    };
    if (current.work_seconds) {
        // Intervals: fewer rounds of the same work.
        light.minutes = std::max(1, static_cast<int>(std::lround(*current.minutes * kDeloadVolumeFraction)));
    } else {
        scale(light.reps);
        scale(light.hold_seconds);
    }
    if (lighter_sets == 1)
        light.rest_seconds.reset();
    light.add_resistance = false;
    return light;
}

PlannedExercise intervals_at(const Exercise& exercise, Level level, int step) {
    const PrescriptionRange& range = exercise.prescription;
    const int level_steps = level == Level::beginner ? 0 : (level == Level::intermediate ? 1 : 2);
    const int total_step = step + level_steps;
    const int work =
        std::min(range.work_seconds->max, range.work_seconds->min + kWorkStepSeconds * total_step);
    const double ratio = std::max(range.rest_ratio->min, range.rest_ratio->max - kRestRatioStep * total_step);
    const int rest = static_cast<int>(std::lround(work * ratio));
    PlannedExercise p;
    p.id = exercise.id;
    p.work_seconds = work;
    p.rest_seconds = rest;
    p.sets = std::max(1, kIntervalBlockMinutes * 60 / (work + rest));
    p.minutes = kIntervalBlockMinutes;
    return p;
}

}  // namespace hipfit::core
