// How long a planned exercise takes, so that a session fits the minutes a person has.
#pragma once

#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::core {

// A controlled repetition without a prescribed tempo: about 1.5 s up and 1.5 s down (ACSM 2009:
// 1–2 s concentric and eccentric for novices).
inline constexpr int kDefaultRepSeconds = 3;
// Getting into position, picking up a band or weights, reading the cue.
inline constexpr int kTransitionSeconds = 20;

// Seconds for the whole exercise: every set (each side), the rests between sets, and the transition.
int estimated_seconds(const PlannedExercise& planned, const Exercise& exercise);

int estimated_seconds(const PlannedBlock& block, const Catalog& catalog);
int estimated_seconds(const Session& session, const Catalog& catalog);

// The work of a strength exercise for comparing weeks: sets × reps (or hold seconds) × sides.
int training_volume(const PlannedExercise& planned);

}  // namespace hipfit::core
