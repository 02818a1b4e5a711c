// Personal bests as a guided workout goes (core/journal/personal_best.hpp decides what one is).
#pragma once

#include <optional>

#include "core/journal/personal_best.hpp"
#include "core/workout/workout_result.hpp"
#include "core/workout/workout_script.hpp"

namespace hipfit::core {

// The personal best the set done at step `index` of `result` sets as it happens: the set as the entry will
// log it (a per-side set once its right side is done, both sides as one) beats the script's records of
// its exercise and every earlier set of it in this workout. None otherwise, and none for an exercise with
// no records (a first time is no record to beat).
std::optional<PersonalBest> new_best_at(const WorkoutScript& script, const WorkoutResult& result,
                                        std::size_t index);

}  // namespace hipfit::core
