// Today for one person: the planned session, the day's targets and what has been logged against them.
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "app/planned_sessions.hpp"
#include "core/base/date.hpp"
#include "core/energy/targets.hpp"
#include "core/program/plan.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// What a day's entries add up to. Sleep counts the night before: entries dated that day.
struct Logged {
    double energy_kcal = 0;
    double protein_g = 0;
    double water_ml = 0;
    std::optional<double> sleep_hours;
    double steps = 0;
    double standing_breaks = 0;
    int workouts = 0;
    double workout_kcal = 0;
    std::optional<double> weight_kg;
};

// The day's sums of each kind; its weight is the last weighed that day.
Logged add_up(const std::vector<store::DailySum>& sums, const std::optional<core::Entry>& last_weight);

// The program's session on `day` for this profile, its exercises following the workouts logged before
// that day (core::follow_journal; docs/program.md, "Progression from what you logged"). None on a day
// without a session. `journal` may be null (nothing logged yet). `today` and `workout` both show it.
std::optional<core::Session> session_of_day(store::Repository* journal, const core::Profile& profile,
                                            core::Date day);

struct TodayView {
    core::Date day;
    int program_week = 0;
    std::optional<core::Session> session;
    core::DayTargets targets;
    Logged logged;
};

// Where a server keeps the sessions it planned (app/planned_sessions.hpp), and whose journal it reads,
// stamped before it is read.
struct KeptSessions {
    PlannedSessions& sessions;
    store::Database::Stamp stamp;
};

// Needs a profile (InvalidInput otherwise); `journal` may be null (no database yet). With `kept`, the
// day's session is taken from there when nothing it depends on has changed.
TodayView today_view(store::Repository* journal, core::Date day,
                     const std::optional<KeptSessions>& kept = std::nullopt);

// The shape of 'hipfit today --json' and GET /api/today.
nlohmann::json to_json(const TodayView& view);

}  // namespace hipfit::app
