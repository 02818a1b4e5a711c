#include "core/program/session_time.hpp"

namespace hipfit::core {

int estimated_seconds(const PlannedExercise& p, const Exercise& exercise) {
    const int sides = p.per_side ? 2 : 1;
    const int sets = p.sets.value_or(1);
    if (p.minutes && !p.work_seconds)
        return *p.minutes * 60;
    if (p.work_seconds)
        return sets * (*p.work_seconds + p.rest_seconds.value_or(0));
    int per_set = 0;
    if (p.reps) {
        const auto& tempo = exercise.prescription.tempo;
        const int rep_seconds = tempo ? tempo->up_seconds + tempo->down_seconds : kDefaultRepSeconds;
        per_set = *p.reps * rep_seconds * sides;
    } else if (p.hold_seconds) {
        per_set = *p.hold_seconds * sides;
    }
    return sets * per_set + (sets - 1) * p.rest_seconds.value_or(0) + kTransitionSeconds;
}

int estimated_seconds(const PlannedBlock& block, const Catalog& catalog) {
    int total = 0;
    for (const PlannedExercise& p : block.exercises) total += estimated_seconds(p, catalog.get(p.id));
    return total;
}

int estimated_seconds(const Session& session, const Catalog& catalog) {
    int total = 0;
    for (const PlannedBlock& block : session.blocks) total += estimated_seconds(block, catalog);
    return total;
}

int training_volume(const PlannedExercise& p) {
    const int sides = p.per_side ? 2 : 1;
    return p.sets.value_or(1) * p.reps.value_or(p.hold_seconds.value_or(0)) * sides;
}

}  // namespace hipfit::core
