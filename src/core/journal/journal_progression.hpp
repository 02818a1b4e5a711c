// The next session's prescription from what was logged: double progression on the journal
// (docs/sources.md#double-progression; docs/program.md, "Progression from what you logged"). The plan's
// week-by-week steps apply until an exercise is logged; from then on its last logs decide.
#pragma once

#include <vector>

#include "core/body/profile.hpp"
#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::core {

// RIR-based RPE (Zourdos et al. 2016; Helms et al. 2016: the target reps at RPE 7 → add load, at RPE 9 →
// keep it). At most kEasyRpe (2 reps in reserve) a set is proven easy: more load, the harder variation,
// a longer hold, one more round. At most kAddRepsMaxRpe there is room for more reps. kFailureRpe: nothing
// left, so the prescription holds. A set logged without an RPE is not proven easy.
inline constexpr int kEasyRpe = 8;
inline constexpr int kAddRepsMaxRpe = 9;
inline constexpr int kFailureRpe = 10;
// Misses in a row (fewer reps, seconds or rounds than prescribed, or RPE 10) before stepping back: one
// bad day is noise (hipfit's judgement; Rogerson et al. 2024: deloads are autoregulated when
// performance stalls).
inline constexpr int kMissesBeforeStepBack = 2;
// More load: +5 %, within ACSM 2009's 2–10 %, rounded up to the next 0.5 kg (1 lb for imperial
// profiles), the smallest step of common dumbbells, ankle weights and plates (hipfit's judgement).
inline constexpr double kLoadStepFraction = 0.05;
inline constexpr double kLoadIncrementKg = 0.5;
inline constexpr double kLoadIncrementLb = 1.0;
// ACSM 2009's largest step up (increase load 2–10 %; docs/sources.md#acsm-2009). When the next increment
// would add more than this (1 kg → 1.5 kg is +50 %, 2 kg → 2.5 kg +25 %: the small ankle weights and
// dumbbells hipfit's plans use), no load is added and the exercise progresses another way. Exactly 10 % is
// within the range (5 kg → 5.5 kg, 10 lb → 11 lb).
inline constexpr double kMaxLoadStepFraction = 0.10;
// Stepping back takes off 10 %, ACSM 2009's largest step, rounded down to the same increments.
inline constexpr double kStepBackLoadFraction = 0.10;
// How far back the journal is read: a program's default length (hipfit's judgement: older logs say
// little about today). An exercise not logged in that time follows the plan again.
inline constexpr int kJournalLookbackDays = 7 * kDefaultPlanWeeks;

// Whether an entry of this kind can change a planned session: follow_journal reads workouts only. (A
// weight entry changes the profile, which those who keep planned sessions compare whole.)
constexpr bool shapes_sessions(EntryKind kind) {
    return kind == EntryKind::workout;
}

// What the rules may switch to: the exercises the person may do (allowed_exercises), in their units.
struct ProgressionContext {
    const Catalog& catalog;
    const std::vector<const Exercise*>& allowed;
    UnitSystem units = UnitSystem::metric;
};

// The prescription that follows `workouts` (oldest first; other kinds, other exercises and sets without
// the exercise's measure are ignored) for the exercise `planned` names. Its logs are judged in order,
// each against the prescription the one before earned; a variation the rules switched to is followed.
// Without a log, `planned` unchanged. Otherwise `progression_note` says why, `load` is set for a loaded
// exercise, and the reps, hold, sets and rounds stay within the catalog's ranges.
PlannedExercise follow_journal(const PlannedExercise& planned, const std::vector<Entry>& workouts,
                               const ProgressionContext& context);

// The session with each targeted, strength and interval exercise following the workouts logged in the
// kJournalLookbackDays before its day, leaving out those of deload weeks (they are light on purpose).
// In a deload week the result is deloaded too.
Session follow_journal(const Session& planned, const Profile& profile, const Catalog& catalog,
                       const std::vector<Entry>& workouts);

}  // namespace hipfit::core
