#include "core/workout/workout_result.hpp"

#include <algorithm>
#include <cmath>

namespace hipfit::core {
namespace {

// A bout of cardio is logged in whole tenths of a minute, from one minute up (the journal's range).
std::optional<double> cardio_minutes(int seconds) {
    const double minutes = std::round(seconds / 6.0) / 10.0;
    return minutes >= 1.0 ? std::optional<double>(minutes) : std::nullopt;
}

std::optional<WorkoutSet> set_of(const WorkoutStep& step, const StepResult& r) {
    if (r.outcome != StepOutcome::done || !step.is_exercise())
        return std::nullopt;
    WorkoutSet set;
    set.exercise_id = step.exercise;
    set.swapped_from = step.swapped_from;
    switch (step.kind) {
        case StepKind::reps:
            set.reps = r.reps.value_or(step.reps.value_or(1));
            set.load = r.load;
            break;
        case StepKind::hold:
            set.hold_seconds = std::max(1, r.seconds.value_or(step.seconds.value_or(1)));
            break;
        case StepKind::intervals:
            set.rounds = std::max(1, r.rounds.value_or(step.rounds.value_or(1)));
            set.work_seconds = step.work_seconds;
            if (step.rest_seconds.value_or(0) > 0)
                set.rest_seconds = step.rest_seconds;
            break;
        default:  // timed: only cardio is training to log; warm-up and cool-down moves are not
            if (step.block != Block::cardio)
                return std::nullopt;
            set.minutes = cardio_minutes(r.seconds.value_or(step.seconds.value_or(0)));
            if (!set.minutes)
                return std::nullopt;
    }
    set.rpe = r.rpe;
    return set;
}

template <class T>
void keep_smaller(std::optional<T>& kept, const std::optional<T>& other) {
    if (other && (!kept || *other < *kept))
        kept = other;
}

template <class T>
void keep_larger(std::optional<T>& kept, const std::optional<T>& other) {
    if (other && (!kept || *kept < *other))
        kept = other;
}

// The two sides of one set as one logged set: what both sides did at least, at the harder effort.
void merge_sides(WorkoutSet& set, const WorkoutSet& other) {
    keep_smaller(set.reps, other.reps);
    keep_smaller(set.hold_seconds, other.hold_seconds);
    keep_larger(set.load, other.load);
    keep_larger(set.rpe, other.rpe);
}

bool same_set(const WorkoutStep& a, const WorkoutStep& b) {
    return a.exercise == b.exercise && a.block == b.block && a.set == b.set;
}

}  // namespace

bool warm_up_skipped(const WorkoutScript& script, const WorkoutResult& result) {
    bool any = false;
    for (std::size_t i = 0; i < script.steps.size(); ++i) {
        const WorkoutStep& step = script.steps[i];
        if (step.block != Block::warm_up || !step.is_exercise())
            continue;
        any = true;
        if (i >= result.steps.size() || result.steps[i].outcome != StepOutcome::skipped)
            return false;
    }
    return any;
}

Entry workout_entry(const WorkoutScript& script, const WorkoutResult& result, TimeOfDay time) {
    Entry entry;
    entry.kind = EntryKind::workout;
    entry.date = script.date;
    entry.time = time;
    entry.warm_up_skipped = warm_up_skipped(script, result);
    const WorkoutStep* left = nullptr;  // the left side whose set is the last one logged
    for (std::size_t i = 0; i < script.steps.size() && i < result.steps.size(); ++i) {
        const WorkoutStep& step = script.steps[i];
        const std::optional<WorkoutSet> set = set_of(step, result.steps[i]);
        if (!set)
            continue;
        if (step.side == Side::right && left != nullptr && same_set(*left, step)) {
            merge_sides(entry.sets.back(), *set);
        } else {
            entry.sets.push_back(*set);
        }
        left = step.side == Side::left ? &step : nullptr;
    }
    return entry;
}

}  // namespace hipfit::core
