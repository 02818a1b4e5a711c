// WHO's weekly minutes of moderate-or-vigorous activity over a plan week, and the walks that reach them.
#include "core/program/weekly_activity.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace hipfit::core {
namespace {

// How much a minute at this MET counts towards WHO's moderate minutes.
double intensity_weight(double met) {
    if (met >= kVigorousMet)
        return 2.0;
    return met >= kModerateMet ? 1.0 : 0.0;
}

bool is_moderate(const Exercise& e) {
    return e.met >= kModerateMet && e.met < kVigorousMet;
}

std::string shortfall_note(const PlanWeek& week, const Exercise* walk) {
    const std::string reached = fmt::format(
        "This week reaches {} of the {} minutes of moderate activity a week that WHO advises (Bull et al. "
        "2020)",
        week.activity_minutes, kWhoWeeklyModerateMinutes);
    if (walk == nullptr)
        return reached +
               ", and no walking-type exercise suits your equipment: longer sessions would make up "
               "the rest.";
    if (week.active_days.empty()) {
        return fmt::format(
            "{}: with {} training days and one kept for rest, no day is left for a walk. Longer sessions, or "
            "a "
            "brisk walk of {} minutes or more on training days, would make up the rest.",
            reached, week.sessions.size(), walk->prescription.minutes->min);
    }
    return fmt::format(
        "{}, even with a {}-minute walk, the longest suggested, on each of its {} free days. Longer "
        "sessions, "
        "or a longer walk when you have the time, would make up the rest.",
        reached, week.walk_minutes, week.active_days.size());
}

}  // namespace

double moderate_equivalent_minutes(const PlannedExercise& planned, const Exercise& exercise) {
    double minutes = 0;
    if (exercise.kind == ExerciseKind::cardio) {
        minutes = planned.minutes.value_or(0);
    } else if (exercise.kind == ExerciseKind::intervals) {
        minutes = planned.sets.value_or(0) * planned.work_seconds.value_or(0) / 60.0;
    }
    return minutes * intensity_weight(exercise.met);
}

double moderate_equivalent_minutes(const Session& session, const Catalog& catalog) {
    double minutes = 0;
    for (const PlannedBlock& block : session.blocks) {
        if (block.kind != Block::cardio && block.kind != Block::intervals)
            continue;
        for (const PlannedExercise& p : block.exercises)
            minutes += moderate_equivalent_minutes(p, catalog.get(p.id));
    }
    return minutes;
}

const Exercise* walk_exercise(const std::vector<const Exercise*>& allowed) {
    const Exercise* walk = nullptr;
    for (const Exercise* e : allowed) {
        if (e->kind != ExerciseKind::cardio || !is_moderate(*e) || !e->prescription.minutes)
            continue;
        if (walk == nullptr || std::pair(e->difficulty, e->met) < std::pair(walk->difficulty, walk->met))
            walk = e;
    }
    return walk;
}

void plan_weekly_activity(PlanWeek& week, Goal goal, const Exercise* walk, const Catalog& catalog) {
    double sessions = 0;
    for (const Session& s : week.sessions) sessions += moderate_equivalent_minutes(s, catalog);
    week.walk_id.clear();
    week.walk_minutes = 0;
    week.activity_note.clear();
    week.activity_minutes = static_cast<int>(std::floor(sessions));
    if (goal != Goal::lose_fat)
        return;
    const double needed = kWhoWeeklyModerateMinutes - sessions;
    if (walk != nullptr && !week.active_days.empty() && needed > 0) {
        const IntRange range = *walk->prescription.minutes;
        const auto days = static_cast<double>(week.active_days.size());
        const int per_day = static_cast<int>(std::ceil(needed / days / kWalkStepMinutes)) * kWalkStepMinutes;
        week.walk_id = walk->id;
        week.walk_minutes = std::clamp(per_day, range.min, range.max);
        week.activity_minutes =
            static_cast<int>(std::floor(sessions + week.walk_minutes * days * intensity_weight(walk->met)));
    }
    if (week.activity_minutes < kWhoWeeklyModerateMinutes)
        week.activity_note = shortfall_note(week, walk);
}

}  // namespace hipfit::core
