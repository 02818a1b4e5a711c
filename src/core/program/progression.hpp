// Progressive overload for one exercise, week by week, and the lighter deload week.
#pragma once

#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::core {

// Double progression (docs/sources.md#double-progression; ACSM 2009, docs/sources.md#acsm-2009): reps
// rise by this step to the top of the range before anything else changes; holds lengthen by their step.
inline constexpr int kRepStep = 2;
inline constexpr int kHoldStepSeconds = 5;
// A deload week keeps about 60 % of the volume (Rogerson et al. 2024: cut volume, keep the exercises).
inline constexpr double kDeloadVolumeFraction = 0.6;
// Intervals: the work rises by this step within the source's 20–30 s; the rest ratio falls by its step
// within 1–2× the work; the whole block stays near its minutes.
inline constexpr int kWorkStepSeconds = 5;
inline constexpr double kRestRatioStep = 0.5;
inline constexpr int kIntervalBlockMinutes = 20;

// Where an exercise starts for a person's level: at the bottom of the reps (or hold) range, with the
// middle of the set range for beginners, rounded up for intermediates and the top for advanced
// (ACSM 2009: 1–3 sets for novices, multiple sets as training advances).
PlannedExercise starting_prescription(const Exercise& exercise, Level level);

// One step up: more reps (or a longer hold) within the range; at the top, one more set with the reps
// (or hold) set so the volume still rises; at the top of both, the harder variation when `harder`
// is given, else a flag to add resistance.
PlannedExercise advance(const PlannedExercise& current, const Exercise& exercise, const Exercise* harder);

// The same exercise at about kDeloadVolumeFraction of the volume.
PlannedExercise deload(const PlannedExercise& current);

// An interval block at progression step `step` (0 = the first week): rounds of near-maximal work and
// rest filling about kIntervalBlockMinutes.
PlannedExercise intervals_at(const Exercise& exercise, Level level, int step);

}  // namespace hipfit::core
