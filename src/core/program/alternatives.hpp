// Swapping an exercise: what may replace it for a person, how close each alternative is, whether a swap
// in the plan keeps the 48-hour rule, and the replacement's prescription at the same point of progression.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/body/profile.hpp"
#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::core {

// How far above the person's level an alternative's difficulty may be (difficulty 1–3 read against
// beginner, intermediate, advanced). 0: never harder than the level — or than the exercise replaced, when
// the program has already moved the person on to it — so a swap never makes a session harder to do safely.
inline constexpr int kAlternativeDifficultyReach = 0;

// Why an alternative is close, field by field; compared in this order, larger first, and `distance`
// smaller first. The order people read in `why`.
struct Closeness {
    int shared_primary = 0;    // primary muscles both train
    int shared_secondary = 0;  // secondary muscles both work
    bool same_kind = false;
    bool same_shape = false;  // both per side or neither, and measured alike (reps, a hold, minutes, work)
    int difficulty_distance = 0;
};

struct Alternative {
    const Exercise* exercise = nullptr;
    Closeness closeness;
    std::string why;  // "Also trains the gluteus medius; works the gluteus minimus too; one side at a time"
    bool allowed = true;
    std::string why_not;  // set when not allowed: the rule it would break
};

// The alternatives to `exercise` for this person, closest first (ties by name): exercises of `catalog` in
// the same block sharing at least one primary muscle, that the person's equipment allows
// (equipment_allows), of low impact for a low-impact profile, and of a difficulty within
// kAlternativeDifficultyReach. Never the exercise itself. Every one is allowed here; see
// check_recovery for the plan's 48-hour rule.
std::vector<Alternative> alternatives(const Exercise& exercise, const Profile& profile,
                                      const Catalog& catalog);

// A plan's swaps: the planned exercise's id → the id of the one done instead.
using PlanSwaps = std::map<std::string, std::string>;

// Marks as not allowed, with the reason, each alternative that would make a muscle trained hard on two
// sessions less than kMuscleRecoveryDays apart (muscle_recovery.hpp) if `planned` were swapped for it in
// `week` (a week of the person's plan, its other swaps applied; the week repeats).
void check_recovery(std::vector<Alternative>& list, const std::string& planned, const PlanWeek& week,
                    const Catalog& catalog);

// Marks as not allowed, with the reason, each alternative that every session of `plan` holding `planned`
// has already: the swap would change nothing (apply_swaps leaves such a session as it is).
void check_swap_changes_something(std::vector<Alternative>& list, const std::string& planned,
                                  const Plan& plan);

// Marks as not allowed, with the reason, each alternative that a workout under way already holds
// (`session_ids`, its exercises): a swap would do the same exercise twice. `current` is the exercise being
// replaced, which is not counted. (A plan's swap skips the sessions that have the replacement already:
// apply_swaps.)
void check_not_in_session(std::vector<Alternative>& list, const std::vector<std::string>& session_ids,
                          const std::string& current);

// `current` (a point in `from`'s prescribed range) as the same point in `to`'s range: each measure at the
// same fraction of its range (below the range — a deload week — in proportion to its bottom), `to`'s
// sets clamped to its range, per-side and rest. The journal's load and note are left out (they were for
// `from`).
PlannedExercise at_same_point(const PlannedExercise& current, const Exercise& from, const Exercise& to);

// Replaces every planned exercise the swaps name (at the same point, at_same_point). Swaps naming an
// exercise the catalog no longer holds are ignored.
void apply_swaps(Session& session, const PlanSwaps& swaps, const Catalog& catalog);
void apply_swaps(Plan& plan, const PlanSwaps& swaps, const Catalog& catalog);

}  // namespace hipfit::core
