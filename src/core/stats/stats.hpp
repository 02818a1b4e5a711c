// Progress over a period: the weight trend, measurements, intake, workouts, habits and streaks (the one
// thing that matters most is the coach's: coach/stats_focus.hpp). Pure: the journal, the program's session
// dates and the targets come in as arguments. docs/stats.md gives every rule and its source.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/body/profile.hpp"
#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::core {

// The Hacker's Diet trend (John Walker; docs/sources.md#hackers-diet): each day's weight moves the trend
// 10 % of the way towards it, T += 0.1 (W − T). After a gap of g days the missed days are compounded:
// T += (1 − 0.9^g)(W − T), as if the same weight had been read on each of them.
inline constexpr double kTrendSmoothingPerDay = 0.1;

// A trend change smaller than this over a period reads as "steady" in the stats and as "held steady" in
// the check-in (hipfit's judgement: below what a scale, which shows 0.1 kg, and a day's water can tell
// apart once smoothed).
inline constexpr double kSteadyTrendKg = 0.05;

// US Dietary Guidelines for Americans 2020–2025: if alcohol is drunk, at most 1 drink a day for women
// and 2 for men — 7 and 14 standard drinks a week.
inline constexpr double kAlcoholGuidelineDrinksPerDayFemale = 1.0;
inline constexpr double kAlcoholGuidelineDrinksPerDayMale = 2.0;

// Days from `start` to `end`, both included.
struct Period {
    Date start{};
    Date end{};

    [[nodiscard]] int days() const;
    [[nodiscard]] bool contains(Date day) const;

    friend bool operator==(const Period&, const Period&) = default;
};

struct WeighIn {
    Date date{};
    double kg = 0;
};

struct TrendPoint {
    Date date{};
    double weight_kg = 0;  // the day's last reading
    double trend_kg = 0;
};

// One point per day with a weigh-in, oldest first. `weights` must be in date order; several readings
// on one day count as that day's last reading.
std::vector<TrendPoint> weight_trend(std::span<const WeighIn> weights);

// A value's first and last reading in the period.
struct Change {
    double first = 0;
    double last = 0;
    [[nodiscard]] double change() const { return last - first; }
};

struct WeightStats {
    std::optional<double> trend_start_kg;  // the trend carried into the period (or its first reading)
    std::optional<double> trend_end_kg;
    std::optional<double> trend_change_kg;
    std::optional<double> weekly_rate_kg;  // the trend's change per 7 days between those two points
    std::optional<double> latest_kg;
    int readings = 0;  // weigh-ins in the period
};

struct MeasurementStats {
    std::optional<Change> waist_cm;
    std::optional<Change> hip_cm;
    std::optional<Change> thigh_cm;
    std::optional<Change> thigh_left_cm;
    std::optional<Change> thigh_right_cm;
};

// What the profile asks for; absent without a profile.
struct StatsTargets {
    Goal goal = Goal::lose_fat;
    double kcal = 0;
    double protein_g = 0;
    double water_ml = 0;
    double alcohol_drinks_per_week = 0;
    double floor_kcal = 0;  // the sex's calorie floor (targets.hpp): what intake is checked against
    // The lowest target hipfit sets: the sex's floor or resting expenditure, whichever is higher
    // (calorie_floor). Advice about the target reads this; 0 when not known, read as floor_kcal.
    double target_floor_kcal = 0;
};

struct IntakeStats {
    std::optional<double> average_kcal;       // per day with food logged
    std::optional<double> average_protein_g;  // per day with protein logged
    int days_logged = 0;
};

struct HabitStats {
    std::optional<double> sleep_average_h;  // per logged night (a day's sleep entries added up)
    int sleep_nights = 0;
    std::optional<double> water_average_ml;  // per day with water logged
    double alcohol_drinks_per_week = 0;      // days without an entry count as none
    std::optional<double> steps_average;     // per day with steps logged
    std::optional<double> standup_average;   // per day with standing breaks logged
};

struct Streaks {
    int current_days = 0;   // consecutive days with any entry, ending today (or yesterday)
    int longest_days = 0;   // the longest such run up to today
    int weeks_on_plan = 0;  // consecutive program weeks with the planned sessions done
};

// Sessions the program planned and workouts logged, over the same days.
struct SessionCount {
    int planned = 0;
    int done = 0;

    friend bool operator==(const SessionCount&, const SessionCount&) = default;
};

// One program week (7 days from the program's start; number 1 is the first) with its sessions counted
// over its days inside a period (sessions_in).
struct WeekSessions {
    int number = 1;
    Period days;  // the week's days that count: inside the period, up to today
    SessionCount sessions;

    friend bool operator==(const WeekSessions&, const WeekSessions&) = default;
};

struct Stats {
    Period period;
    WeightStats weight;
    MeasurementStats measurements;
    std::optional<StatsTargets> targets;
    IntakeStats intake;
    // The same over the period's complete days, those before today: what the focus judges intake on, since
    // a day still under way (breakfast and lunch at noon) is not a day's intake.
    IntakeStats complete_days_intake;
    int workouts_done = 0;     // sessions_in(period): workouts on the period's days up to today
    int workouts_planned = 0;  // and the sessions planned on those same days
    std::vector<WeekSessions> workout_weeks;  // the same, by program week; they add up to the two above
    // The same over the complete days only: today's session is not missed while the day is under way, so
    // the focus judges workouts on these.
    SessionCount complete_days_sessions;
    HabitStats habits;
    Streaks streaks;
};

// What the journal is read against.
struct StatsContext {
    Period period;
    Date today{};
    std::optional<StatsTargets> targets;
    Date program_start{};
    std::vector<Date> planned_sessions;  // the program's session dates to the end of this week, in order
};

// How far back the streaks look, at least (hipfit's judgement: a year keeps `stats` fast on a journal of
// years, reading only which days have entries).
inline constexpr int kStreakLookbackDays = 365;

// The days whose every entry compute_stats reads: the period, and the last kStreakLookbackDays days.
Period journal_window(Period period, Date today);

// How compute_stats reads a period's entries of each kind: one by one (weigh-ins, measurements), only as
// a day's sum (intake and habits), or not at all. A journal may hand a summed kind over as one entry a
// day, its value and protein (when any entry gave it) added up: the stats come out the same.
enum class StatsReading { entries, daily_sums, unread };
StatsReading stats_reading(EntryKind kind);

// What compute_stats reads of a journal, each in date and time order: the entries of the period, the days of
// journal_window(period, today) (for the streaks), and every weigh-in up to the period's end (the trend runs
// over all of them). Entries after today are not read.
struct StatsJournal {
    std::span<const Entry> period_entries;  // every entry of the period's days up to today
    std::span<const Date> active_days;      // the days of journal_window with an entry (repeats allowed)
    std::span<const Date> workout_days;     // the date of every workout of journal_window (each workout once)
    std::span<const WeighIn> weights;       // every weigh-in up to the period's end and today
};

// The figures for `context.period`.
Stats compute_stats(const StatsJournal& journal, const StatsContext& context);
// The same from entries: `window` holds every entry of journal_window(period, today) and `earlier_weights`
// the weight entries before it, in date and time order.
Stats compute_stats(std::span<const Entry> window, std::span<const Entry> earlier_weights,
                    const StatsContext& context);

// The days whose sessions count, for planned and done alike: the period's days up to and including
// today. A session later this week is not yet due, so it is not missed; start > end when the period lies
// after today.
Period counted_days(Period period, Date today);

// The one definition of sessions planned against workouts done in a window, which `stats`, GET /api/stats
// (and the web's progress page) and the report all read: the planned sessions and the workouts dated on
// counted_days(period, today), every workout of such a day counted. Dates may repeat and need no order.
SessionCount sessions_in(std::span<const Date> planned, std::span<const Date> workouts, Period period,
                         Date today);

// sessions_in for each program week that has a counted day, oldest first; weeks before the program's start
// are left out. Their counts add up to sessions_in over the period.
std::vector<WeekSessions> sessions_by_program_week(std::span<const Date> planned,
                                                   std::span<const Date> workouts, Date program_start,
                                                   Period period, Date today);

// The program's session dates from its start to the end of the program week holding `until`: the
// 52-week plan of generate_plan from program_start, seed 0, repeated as planned_session does.
std::vector<Date> planned_session_dates(const Profile& profile, const Catalog& catalog, Date until);

// The targets of a profile's assessment, and the alcohol guideline for its sex.
StatsTargets stats_targets(const Profile& profile, Date today);

WeightStats weight_stats(std::span<const TrendPoint> trend, std::span<const Entry> period_entries,
                         Period period);
MeasurementStats measurement_stats(std::span<const Entry> period_entries);
IntakeStats intake_stats(std::span<const Entry> period_entries);
HabitStats habit_stats(std::span<const Entry> period_entries, Period period);

// `days` are the days with an entry, in order (repeats allowed). A run still counts while today has no
// entry yet: the current streak ends today or yesterday.
int current_streak(std::span<const Date> days, Date today);
int longest_streak(std::span<const Date> days);
// Program weeks run 7 days from program_start. A week is on plan when its workouts reach its planned
// sessions; the current week counts once it is, and never breaks the run while it is under way.
int weeks_on_plan(std::span<const Date> workouts, std::span<const Date> planned, Date program_start,
                  Date today);

}  // namespace hipfit::core
