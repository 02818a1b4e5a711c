// Playing a guided workout in a terminal: each step shown with its cue and target, countdowns, the
// answers asked at a set of reps. The stepping itself is core::WorkoutPlayer's.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <vector>

#include "app/plan_swaps.hpp"
#include "cli/workout_input.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/program/alternatives.hpp"
#include "core/workout/workout_player.hpp"

namespace hipfit::cli {

enum class WorkoutEnd { finished, quit, input_ended };

// What may replace the exercise at a step of the script (app::workout_alternatives), closest first.
using SwapChoices = std::function<app::WorkoutAlternatives(const core::WorkoutScript&, std::size_t step)>;

// Plays from the player's current step until the workout is finished, the person quits or input ends;
// the text is wrapped to `columns`. With `swap_choices`, x swaps the current exercise for one of them
// (core::swap_exercise), chosen by its number.
WorkoutEnd play_workout(core::WorkoutPlayer& player, WorkoutInput& input, std::ostream& out,
                        core::UnitSystem units, std::size_t columns, const SwapChoices& swap_choices = {});

}  // namespace hipfit::cli
