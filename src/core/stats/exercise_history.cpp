#include "core/stats/exercise_history.hpp"

#include <algorithm>

namespace hipfit::core {

namespace {

double load_of(const WorkoutSet& set) {
    return set.load ? set.load->value() : 0.0;
}

// Keeps `candidate` when `better` says it beats the best so far; the first of equals stays.
template <class Better>
void keep_best(std::optional<BestSet>& best, const Entry& entry, const WorkoutSet& set, Better better) {
    if (!best || better(set, best->set))
        best = BestSet{entry.date, entry.time, set};
}

template <class T>
void keep_max(std::optional<T>& best, std::optional<T> value) {
    if (value && (!best || *value > *best))
        best = value;
}

}  // namespace

std::optional<double> estimated_one_rep_max(const WorkoutSet& set) {
    if (!set.reps || *set.reps < 1 || *set.reps > kEstimatedMaxMostReps || load_of(set) <= 0)
        return std::nullopt;
    return load_of(set) * (1.0 + *set.reps / kEpleyRepsPerLoad);
}

ExerciseHistory exercise_history(std::span<const Entry> journal, std::string_view exercise_id) {
    ExerciseHistory history;
    history.exercise_id = std::string(exercise_id);
    ExerciseBests& bests = history.bests;
    for (const Entry& entry : journal) {
        if (entry.kind != EntryKind::workout)
            continue;
        HistorySession session{entry.id, entry.date, entry.time, {}, {}, {}, {}, {}};
        for (const WorkoutSet& set : entry.sets) {
            if (set.exercise_id != exercise_id)
                continue;
            session.sets.push_back(set);
            if (set.warm_up)
                continue;  // shown with the session, never a best
            const std::optional<double> one_rep_max = estimated_one_rep_max(set);
            keep_max(session.estimated_one_rep_max_kg, one_rep_max);
            keep_max(session.most_reps, set.reps);
            keep_max(session.longest_hold_seconds, set.hold_seconds);
            keep_max(session.longest_minutes, set.minutes);
            if (one_rep_max &&
                (!bests.estimated_one_rep_max_kg || *one_rep_max > *bests.estimated_one_rep_max_kg)) {
                bests.estimated_one_rep_max = BestSet{entry.date, entry.time, set};
                bests.estimated_one_rep_max_kg = one_rep_max;
            }
            if (set.reps) {
                keep_best(bests.most_reps, entry, set, [](const WorkoutSet& a, const WorkoutSet& b) {
                    return *a.reps != *b.reps ? *a.reps > *b.reps : load_of(a) > load_of(b);
                });
                if (load_of(set) <= 0)
                    keep_best(bests.most_reps_body_weight, entry, set,
                              [](const WorkoutSet& a, const WorkoutSet& b) { return *a.reps > *b.reps; });
            }
            if (set.hold_seconds)
                keep_best(bests.longest_hold, entry, set, [](const WorkoutSet& a, const WorkoutSet& b) {
                    return *a.hold_seconds != *b.hold_seconds ? *a.hold_seconds > *b.hold_seconds
                                                              : load_of(a) > load_of(b);
                });
            if (set.minutes)
                keep_best(bests.longest_bout, entry, set,
                          [](const WorkoutSet& a, const WorkoutSet& b) { return *a.minutes > *b.minutes; });
        }
        if (!session.sets.empty())
            history.sessions.push_back(std::move(session));
    }
    return history;
}

}  // namespace hipfit::core
