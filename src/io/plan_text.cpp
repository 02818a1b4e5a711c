#include "io/plan_text.hpp"

#include <fmt/format.h>

#include "core/journal/journal_progression_text.hpp"
#include "core/program/weekly_activity.hpp"

namespace hipfit::io {

using namespace hipfit::core;

std::string prescription_text(const PlannedExercise& p, UnitSystem units) {
    const int sets = p.sets.value_or(1);
    if (p.work_seconds) {
        return fmt::format("{} rounds of {} s hard, {} s easy (about {} min)", sets, *p.work_seconds,
                           p.rest_seconds.value_or(0), p.minutes.value_or(0));
    }
    std::string text;
    if (p.reps)
        text = sets > 1 ? fmt::format("{} × {}", sets, *p.reps) : fmt::format("{} reps", *p.reps);
    if (p.hold_seconds) {
        text = sets > 1 ? fmt::format("{} × {} s hold", sets, *p.hold_seconds)
                        : fmt::format("{} s hold", *p.hold_seconds);
    }
    if (p.minutes)
        text = fmt::format("{} min", *p.minutes);
    if (p.per_side)
        text += " per side";
    if (p.load)
        text += " at " + mass_text(*p.load, units);
    if (sets > 1 && p.rest_seconds)
        text += fmt::format(", rest {} s", *p.rest_seconds);
    if (p.add_resistance)
        text += " — add resistance";
    return text;
}

std::string block_title(Block block) {
    switch (block) {
        case Block::warm_up:
            return "Warm-up";
        case Block::targeted:
            return "Targeted hip work";
        case Block::strength:
            return "Compound strength";
        case Block::cardio:
            return "Cardio";
        case Block::intervals:
            return "Intervals";
        case Block::cool_down:
            return "Cool-down";
    }
    return "";
}

std::string planned_exercise_line(const PlannedExercise& planned, const Catalog& catalog, UnitSystem units) {
    const std::string instead =
        planned.swapped_from ? fmt::format(" (instead of {})", catalog.get(*planned.swapped_from).name) : "";
    return fmt::format("{}{} — {}", catalog.get(planned.id).name, instead, prescription_text(planned, units));
}

namespace {

// "2026-11-24", "2026-11-24 and 2026-11-26", "2026-11-24, 2026-11-26 and 2026-11-28".
std::string dates_text(const std::vector<Date>& days) {
    std::string text;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (i > 0)
            text += i + 1 == days.size() ? " and " : ", ";
        text += format_date(days[i]);
    }
    return text;
}

}  // namespace

std::vector<std::string> week_activity_lines(const PlanWeek& week, const Catalog& catalog) {
    std::vector<std::string> lines;
    if (!week.walk_id.empty()) {
        lines.push_back(fmt::format("{} — {} min on {}", catalog.get(week.walk_id).name, week.walk_minutes,
                                    dates_text(week.active_days)));
    } else if (!week.active_days.empty()) {
        lines.push_back("Light activity (a walk, the stairs) on " + dates_text(week.active_days));
    }
    lines.push_back(
        fmt::format("Moderate-or-vigorous activity: {} min this week (WHO advises {}–{}; a vigorous minute "
                    "counts as two)",
                    week.activity_minutes, kWhoWeeklyModerateMinutes, kWhoWeeklyModerateMinutesUpper));
    if (!week.activity_note.empty())
        lines.push_back(week.activity_note);
    return lines;
}

}  // namespace hipfit::io
