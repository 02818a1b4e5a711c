// The weekly pattern of a program: which exercises each training day holds. Chosen once, then
// progressed week by week (plan.cpp).
#pragma once

#include <optional>
#include <random>
#include <set>
#include <vector>

#include "core/program/catalog.hpp"
#include "core/program/muscle_recovery.hpp"
#include "core/program/plan.hpp"

namespace hipfit::core {

// At least five minutes each of warm-up and cool-down (the hip-dips workout article,
// docs/sources.md#article-hip-dips-workout; ACSM).
inline constexpr int kMinWarmUpSeconds = 5 * 60;
inline constexpr int kMinCoolDownSeconds = 5 * 60;
// Time kept for steady cardio in a strength session.
inline constexpr int kCardioReserveSeconds = 10 * 60;
// The first week uses this share of the strength time, leaving room to progress into.
inline constexpr double kStartingStrengthShare = 0.6;
inline constexpr int kMaxTargetedExercises = 3;
inline constexpr int kMaxCompoundExercises = 2;

struct Slot {
    int offset = 0;             // days from the start of the week
    std::set<Muscle> excluded;  // primary muscles trained by a session less than kMuscleRecoveryDays away
    std::vector<std::string> targeted;
    std::vector<std::string> strength;
    std::string cardio;               // the steady cardio exercise
    std::string intervals;            // empty unless this is the week's interval session
    int strength_budget_seconds = 0;  // what targeted + strength may take
};

struct SessionFrame {
    PlannedBlock warm_up;
    PlannedBlock cool_down;
    int available_seconds = 0;  // the session's minutes less warm-up and cool-down
};

// The exercises this person may do: their equipment, no high impact for low-impact profiles.
std::vector<const Exercise*> allowed_exercises(const Profile& profile, const Catalog& catalog);

// The variation a level starts on: down the `easier` chain while it is too hard and an allowed
// easier one exists. Null when nothing in the chain suits the level.
const Exercise* variation_for_level(const Exercise& exercise, Level level,
                                    const std::vector<const Exercise*>& allowed, const Catalog& catalog);

SessionFrame session_frame(const Profile& profile, const std::vector<const Exercise*>& allowed,
                           const Catalog& catalog);

std::vector<Slot> choose_slots(const Profile& profile, const std::vector<const Exercise*>& allowed,
                               const Catalog& catalog, const SessionFrame& frame, Date start,
                               std::mt19937& rng);

std::set<Muscle> strength_muscles(const Exercise& exercise);

// The variation `id` names (an exercise's easier or harder one), when the person may switch to it: it is
// allowed, and trains no new primary muscle (so the recovery spacing chosen for the week still holds).
const Exercise* allowed_variation(const Exercise& from, const std::optional<std::string>& id,
                                  const std::vector<const Exercise*>& allowed, const Catalog& catalog);

}  // namespace hipfit::core
