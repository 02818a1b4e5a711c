// Playing a guided workout in a terminal: each step shown with its cue and target, countdowns, the
// answers asked at a set of reps. The stepping itself is core::WorkoutPlayer's.
#pragma once

#include <cstddef>
#include <iosfwd>

#include "cli/workout_input.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/workout/workout_player.hpp"

namespace hipfit::cli {

enum class WorkoutEnd { finished, quit, input_ended };

// Plays from the player's current step until the workout is finished, the person quits or input ends;
// the text is wrapped to `columns`.
WorkoutEnd play_workout(core::WorkoutPlayer& player, WorkoutInput& input, std::ostream& out,
                        core::UnitSystem units, std::size_t columns);

}  // namespace hipfit::cli
