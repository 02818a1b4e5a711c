// A multi-week program: sessions on the person's training days, each warm-up → targeted hip work →
// compound strength → cardio or intervals → cool-down, growing harder week by week with a lighter
// week every fourth. docs/program.md gives every rule and its source.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/base/units.hpp"
#include "core/body/profile.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::core {

// One exercise at one point of its prescribed range. Fields that do not apply are empty.
struct PlannedExercise {
    std::string id;
    std::optional<int> sets;  // sets, or rounds for intervals
    std::optional<int> reps;
    std::optional<int> hold_seconds;
    bool per_side = false;
    std::optional<int> rest_seconds;
    std::optional<int> work_seconds;
    std::optional<int> minutes;
    bool add_resistance = false;  // the top of the range is reached and there is no harder variation
    // Set only when the journal shaped it (core/journal/journal_progression.hpp): the suggested load and why.
    std::optional<Kilograms> load;
    std::string progression_note;
    // The planned exercise this one replaces in the person's plan (core::apply_swaps); none when as planned.
    std::optional<std::string> swapped_from;
};

struct PlannedBlock {
    Block kind = Block::warm_up;
    std::vector<PlannedExercise> exercises;
};

struct Session {
    Date date{};
    int minutes = 0;  // the time booked for it; its content fits within
    std::vector<PlannedBlock> blocks;
};

struct PlanWeek {
    int number = 1;
    bool deload = false;
    std::vector<Session> sessions;
    std::vector<Date> active_days;  // light activity suggested: a walk, the stairs
    std::optional<Date> rest_day;   // a full rest day
    // The walk suggested on each active day (weekly_activity.hpp): set for a fat-loss goal, else empty and 0.
    std::string walk_id;
    int walk_minutes = 0;
    // Moderate-or-vigorous minutes of the week as WHO counts them (vigorous twice): the sessions' cardio and
    // intervals and the walks.
    int activity_minutes = 0;
    // For a fat-loss goal whose week stays under WHO's 150 minutes: why, in plain words. Else empty.
    std::string activity_note;
};

struct Plan {
    std::vector<PlanWeek> weeks;
};

struct PlanOptions {
    int weeks = 12;
    Date start{};
    std::uint32_t seed = 0;
};

inline constexpr int kDefaultPlanWeeks = 12;
// A deload week every fourth week (Rogerson et al. 2024: every 5.6 ± 2.3 weeks in practice).
inline constexpr int kDeloadEvery = 4;
inline constexpr int kMaxPlanWeeks = 52;
inline constexpr Date kEarliestPlanStart{std::chrono::year(1900), std::chrono::month(1), std::chrono::day(1)};
inline constexpr Date kLatestPlanStart{std::chrono::year(9000), std::chrono::month(1), std::chrono::day(1)};
// Calendars and people live in four-digit years: a program's start, or a day asked about, outside these
// is a typo. Throws InvalidInput naming `field` ("start", "date").
void check_plan_day(Date day, std::string_view field);
// A running program repeats its longest plan: `today`, `stats` and `plan` all see the same cycle.
inline constexpr int kProgramCycleDays = 7 * kMaxPlanWeeks;

// The same profile, catalog and options always give the same plan; the seed varies the choice of
// exercises. Throws InvalidInput for weeks outside 1–52.
Plan generate_plan(const Profile& profile, const Catalog& catalog, const PlanOptions& options);

// The program's session on `day`, if it is a training day: the plan that starts on the profile's
// program_start (repeating every kMaxPlanWeeks weeks), seed 0. None before the program starts, and none
// when that plan would start after kLatestPlanStart (there is no such plan).
std::optional<Session> planned_session(const Profile& profile, const Catalog& catalog, Date day);

// Which week of the program `day` falls in (1-based, repeating every kMaxPlanWeeks); 0 before the start.
int program_week(const Profile& profile, Date day);

}  // namespace hipfit::core
