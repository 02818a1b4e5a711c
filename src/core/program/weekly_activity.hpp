// A week's moderate-or-vigorous aerobic activity, as WHO counts it: the sessions' cardio and intervals,
// and the walks suggested on the other days, which a fat-loss plan sizes so the week reaches WHO's 150
// minutes. docs/program.md gives the rules.
#pragma once

#include <string>
#include <vector>

#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::core {

// WHO 2020 guidelines on physical activity (Bull et al., Br J Sports Med 2020;54:1451–62;
// docs/sources.md#who-2020): adults do at least 150–300 minutes of moderate aerobic activity a week, or
// 75–150 of vigorous, or an equivalent mix, in which a vigorous minute counts as two moderate ones.
inline constexpr int kWhoWeeklyModerateMinutes = 150;
inline constexpr int kWhoWeeklyModerateMinutesUpper = 300;
// WHO 2020's intensities, in METs: moderate from 3 up to 6, vigorous from 6 (read from each exercise's
// Compendium MET in the catalog).
inline constexpr double kModerateMet = 3.0;
inline constexpr double kVigorousMet = 6.0;
// Walks are suggested in whole steps of this many minutes (hipfit's judgement: easy to plan and to time).
inline constexpr int kWalkStepMinutes = 5;

// Moderate-equivalent minutes of one planned exercise: its minutes of aerobic work (steady cardio's
// minutes; intervals' rounds × work, their rests left out) once at moderate METs, twice at vigorous, none
// for other kinds or below moderate.
double moderate_equivalent_minutes(const PlannedExercise& planned, const Exercise& exercise);

// The same over a session's cardio and interval blocks.
double moderate_equivalent_minutes(const Session& session, const Catalog& catalog);

// The walk suggested on active days: the easiest allowed steady cardio at moderate intensity (brisk
// walking in the built-in catalog). Null when the catalog has none.
const Exercise* walk_exercise(const std::vector<const Exercise*>& allowed);

// Sets the week's walk and activity (PlanWeek::walk_id … activity_note) from its sessions and active
// days. For a fat-loss goal the walks are sized so the week reaches kWhoWeeklyModerateMinutes, within the
// walk's prescribed minutes; when they cannot, the note says why in plain words. Other goals keep light
// activity on their active days, without minutes.
void plan_weekly_activity(PlanWeek& week, Goal goal, const Exercise* walk, const Catalog& catalog);

}  // namespace hipfit::core
