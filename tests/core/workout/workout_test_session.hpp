// A session made by hand with every kind of step, for the player and result tests:
//   0 leg-swings 60 s (warm-up) · 1–7 clamshell 2 × 12 per side, 30 s rest · 8–10 wall-sit 2 × 30 s,
//   45 s rest · 11 sprint intervals 3 × 20 s / 40 s · 12 walking 20 min · 13–15 figure-four 30 s per side.
#pragma once

#include "core/program/plan.hpp"
#include "core/workout/workout_script.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::core::testing {

inline constexpr Date kWorkoutDay{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23)};

inline PlannedExercise planned_exercise(std::string id, int sets) {
    PlannedExercise p;
    p.id = std::move(id);
    p.sets = sets;
    return p;
}

inline WorkoutScript every_kind_script() {
    PlannedExercise swings = planned_exercise("leg-swings", 1);
    swings.minutes = 1;
    PlannedExercise clamshell = planned_exercise("clamshell", 2);
    clamshell.reps = 12;
    clamshell.per_side = true;
    clamshell.rest_seconds = 30;
    PlannedExercise wall_sit = planned_exercise("wall-sit", 2);
    wall_sit.hold_seconds = 30;
    wall_sit.rest_seconds = 45;
    PlannedExercise sprints = planned_exercise("sprint-intervals", 3);
    sprints.work_seconds = 20;
    sprints.rest_seconds = 40;
    PlannedExercise walking = planned_exercise("walking", 1);
    walking.minutes = 20;
    PlannedExercise stretch = planned_exercise("figure-four-stretch", 1);
    stretch.hold_seconds = 30;
    stretch.per_side = true;
    Session session{kWorkoutDay, 45, {}};
    session.blocks = {{Block::warm_up, {swings}},    {Block::targeted, {clamshell}},
                      {Block::strength, {wall_sit}}, {Block::intervals, {sprints}},
                      {Block::cardio, {walking}},    {Block::cool_down, {stretch}}};
    return make_workout_script(session, io::builtin_catalog());
}

}  // namespace hipfit::core::testing
