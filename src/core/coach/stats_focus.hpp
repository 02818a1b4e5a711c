// What matters most now: the focus rules read from a period's Stats, and the pick among them.
#pragma once

#include <optional>
#include <string>

#include "core/base/quantity_parse.hpp"

namespace hipfit::core {

struct Stats;

// hipfit's judgement: eating 200 kcal a day over target erases the smallest recommended deficit
// (targets.hpp, kRecommendedDeficitMinKcal).
inline constexpr double kIntakeOverTargetKcal = 200.0;

// What matters most now: the first of these rules that fires, in this order — safety first.
// Each returns its sentence, or nothing when it stays quiet. Masses are written in `units`.
std::optional<std::string> losing_too_fast(const Stats& stats);  // trend falling > 1 % of weight a week
// The intake rules read Stats::complete_days_intake: the period's days before today.
std::optional<std::string> eating_below_floor(const Stats& stats);   // under the floor (targets.hpp)
std::optional<std::string> eating_above_target(const Stats& stats);  // > 200 kcal/day over target
std::optional<std::string> missing_workouts(const Stats& stats);     // fewer done than planned
std::optional<std::string> sleeping_too_little(const Stats& stats);  // under 7 h a night
std::optional<std::string> drinking_above_guideline(const Stats& stats);
std::string encouragement(const Stats& stats, UnitSystem units);  // tied to the trend; always speaks
std::string focus(const Stats& stats, UnitSystem units);

}  // namespace hipfit::core
