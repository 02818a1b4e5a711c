// A person's plan with their swaps (core/program/alternatives.hpp): the one place the plan is produced for
// a person, so 'plan', 'today', 'workout', the API and the report all show the swapped exercises.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/program/alternatives.hpp"
#include "core/program/plan.hpp"
#include "core/workout/workout_script.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// The plan with the person's swaps applied. `journal` may be null (no database yet: no swaps).
core::Plan person_plan(store::Repository* journal, const core::Profile& profile,
                       const core::PlanOptions& options);

// The program's session on `day` with the person's swaps; none on a day without a session.
std::optional<core::Session> person_session(store::Repository* journal, const core::Profile& profile,
                                            core::Date day);

// The alternatives to an exercise of the person's plan, closest first, each allowed or not by the 48-hour
// rule in the weeks of the plan that hold it (core::check_recovery). `exercise_id` may be the planned
// exercise or the one that replaces it now: either way the alternatives are the planned one's.
// The alternatives come from the person's catalog (the built-in one and their own exercises: an own
// exercise of the same block sharing a primary muscle may replace a planned one); `catalog` keeps the
// exercises they point to.
struct PlanAlternatives {
    std::string planned;                     // the planned exercise's id
    std::optional<std::string> swapped_for;  // what replaces it now
    std::vector<core::Alternative> alternatives;
    std::shared_ptr<const core::Catalog> catalog;
    bool in_plan = false;  // some week of the program's cycle holds it: only then may it be swapped
};
PlanAlternatives plan_alternatives(store::Repository* journal, const core::Profile& profile,
                                   const std::string& exercise_id);

// Swaps the planned exercise for `replacement`, which must be one of its allowed alternatives (InvalidInput
// "replacement" otherwise, naming them, and nothing written); swapping back to the planned exercise
// removes the swap. Returns the alternatives as they stand after it.
PlanAlternatives swap_in_plan(store::Repository& journal, const core::Profile& profile,
                              const std::string& exercise_id, const std::string& replacement);

// Removes the swap of `exercise_id` (planned or replacement); InvalidInput ("exercise") when it is not
// swapped. Returns the planned exercise's id.
std::string unswap_in_plan(store::Repository& journal, const std::string& exercise_id);

// A swap made mid-workout: the exercise at script step `step` is replaced by `exercise` from there on.
struct WorkoutSwap {
    int step = 0;
    std::string exercise;
};

// The alternatives to the exercise at `step` of a script (to the planned one, when it was swapped already).
// The 48-hour rule holds mid-workout too: an alternative that would train a muscle hard within 48 hours of
// another session of the script's program week is marked not allowed, as in plan_alternatives.
struct WorkoutAlternatives {
    std::vector<core::Alternative> list;
    std::shared_ptr<const core::Catalog> catalog;  // the person's, which `list` points into
};
WorkoutAlternatives workout_alternatives(store::Repository* journal, const core::WorkoutScript& script,
                                         int step, const core::Profile& profile);

// Applies mid-workout swaps in the order made (core::swap_exercise); each must name one of its step's
// allowed workout_alternatives (InvalidInput "swaps" otherwise, naming the rule).
void swap_in_workout(store::Repository* journal, core::WorkoutScript& script, const core::Profile& profile,
                     const std::vector<WorkoutSwap>& swaps);

// [{"step", "exercise"}, …] as GET and POST /api/workout take them; InvalidInput naming `field`.
std::vector<WorkoutSwap> workout_swaps_from_json(const nlohmann::json& list, const std::string& field);

// {"exercise", "swapped_for", "in_plan", "alternatives": [{"id", "name", "why", "allowed", "why_not"}]}
nlohmann::json to_json(const PlanAlternatives& list);

}  // namespace hipfit::app
