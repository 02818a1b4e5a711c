// The period figures: weight trend, measurements, intake, habits, streaks and the planned sessions.
#include "core/stats/stats.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "core/assessment/assessment.hpp"
#include "core/energy/targets.hpp"
#include "core/program/plan.hpp"

namespace hipfit::core {
namespace {

// A quantity added up per day, and its average over the days that have it.
struct DailyTotal {
    double total = 0;
    int days = 0;
    std::optional<Date> last_day;

    void add(Date day, double value) {
        total += value;
        if (last_day != day)
            ++days;
        last_day = day;
    }
    [[nodiscard]] std::optional<double> average() const {
        return days > 0 ? std::optional<double>(total / days) : std::nullopt;
    }
};

// A kind's main value added up per day.
DailyTotal daily(std::span<const Entry> entries, EntryKind kind) {
    DailyTotal total;
    for (const Entry& e : entries) {
        if (e.kind == kind)
            total.add(e.date, e.value);
    }
    return total;
}

std::vector<WeighIn> last_reading_per_day(std::span<const WeighIn> weights) {
    std::vector<WeighIn> days;
    for (const WeighIn& w : weights) {
        if (!days.empty() && days.back().date == w.date) {
            days.back() = w;
        } else {
            days.push_back(w);
        }
    }
    return days;
}

void track(std::optional<Change>& change, const std::optional<Centimetres>& value) {
    if (value)
        change = Change{change ? change->first : value->value(), value->value()};
}

std::span<const Entry> within(std::span<const Entry> journal, Period period) {
    const auto first = std::ranges::lower_bound(journal, period.start, {}, &Entry::date);
    const auto last = std::ranges::upper_bound(journal, period.end, {}, &Entry::date);
    return {first, last};
}

}  // namespace

int Period::days() const {
    return static_cast<int>(days_between(start, end)) + 1;
}

bool Period::contains(Date day) const {
    return day >= start && day <= end;
}

std::vector<TrendPoint> weight_trend(std::span<const WeighIn> weights) {
    std::vector<TrendPoint> trend;
    for (const WeighIn& day : last_reading_per_day(weights)) {
        if (trend.empty()) {
            trend.push_back({day.date, day.kg, day.kg});
            continue;
        }
        const double gap = static_cast<double>(days_between(trend.back().date, day.date));
        const double previous = trend.back().trend_kg;
        const double weight = 1.0 - std::pow(1.0 - kTrendSmoothingPerDay, gap);
        trend.push_back({day.date, day.kg, previous + weight * (day.kg - previous)});
    }
    return trend;
}

WeightStats weight_stats(std::span<const TrendPoint> trend, std::span<const Entry> period_entries,
                         Period period) {
    WeightStats stats;
    for (const Entry& e : period_entries) {
        if (e.kind == EntryKind::weight && period.contains(e.date)) {
            ++stats.readings;
            stats.latest_kg = e.value;
        }
    }
    if (stats.readings == 0)
        return stats;
    const auto first_inside = std::ranges::lower_bound(trend, period.start, {}, &TrendPoint::date);
    const auto after_end = std::ranges::upper_bound(trend, period.end, {}, &TrendPoint::date);
    const TrendPoint& start = first_inside == trend.begin() ? *first_inside : *(first_inside - 1);
    const TrendPoint& end = *(after_end - 1);
    stats.trend_start_kg = start.trend_kg;
    stats.trend_end_kg = end.trend_kg;
    stats.trend_change_kg = end.trend_kg - start.trend_kg;
    if (const long days = days_between(start.date, end.date); days > 0)
        stats.weekly_rate_kg = *stats.trend_change_kg / static_cast<double>(days) * 7.0;
    return stats;
}

MeasurementStats measurement_stats(std::span<const Entry> period_entries) {
    MeasurementStats stats;
    for (const Entry& e : period_entries) {
        if (e.kind != EntryKind::measure)
            continue;
        track(stats.waist_cm, e.measurements.waist);
        track(stats.hip_cm, e.measurements.hip);
        track(stats.thigh_cm, e.measurements.thigh);
        track(stats.thigh_left_cm, e.measurements.thigh_left);
        track(stats.thigh_right_cm, e.measurements.thigh_right);
    }
    return stats;
}

IntakeStats intake_stats(std::span<const Entry> period_entries) {
    const DailyTotal kcal = daily(period_entries, EntryKind::food);
    DailyTotal protein;
    for (const Entry& e : period_entries) {
        if (e.kind == EntryKind::food && e.protein_g)
            protein.add(e.date, *e.protein_g);
    }
    return {kcal.average(), protein.average(), kcal.days};
}

HabitStats habit_stats(std::span<const Entry> period_entries, Period period) {
    const DailyTotal sleep = daily(period_entries, EntryKind::sleep);
    const double drinks = daily(period_entries, EntryKind::alcohol).total;
    return {sleep.average(),
            sleep.days,
            daily(period_entries, EntryKind::water).average(),
            drinks / period.days() * 7.0,
            daily(period_entries, EntryKind::steps).average(),
            daily(period_entries, EntryKind::standup).average()};
}

int current_streak(std::span<const Date> days, Date today) {
    auto it = std::ranges::upper_bound(days, today);
    if (it == days.begin() || days_between(*(it - 1), today) > 1)
        return 0;
    int run = 1;
    for (--it; it != days.begin(); --it) {
        const long step = days_between(*(it - 1), *it);
        if (step > 1)
            break;
        run += static_cast<int>(step);
    }
    return run;
}

int longest_streak(std::span<const Date> days) {
    int longest = 0;
    int run = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const long step = i == 0 ? 2 : days_between(days[i - 1], days[i]);
        if (step == 0)
            continue;
        run = step == 1 ? run + 1 : 1;
        longest = std::max(longest, run);
    }
    return longest;
}

int weeks_on_plan(std::span<const Date> workouts, std::span<const Date> planned, Date program_start,
                  Date today) {
    const long elapsed = days_between(program_start, today);
    if (elapsed < 0)
        return 0;
    const auto weeks = static_cast<std::size_t>(elapsed / 7 + 1);
    auto tally = [&](std::span<const Date> dates) {
        std::vector<int> counts(weeks, 0);
        for (const Date d : dates) {
            const long day = days_between(program_start, d);
            if (day >= 0 && static_cast<std::size_t>(day / 7) < weeks)
                ++counts[static_cast<std::size_t>(day / 7)];
        }
        return counts;
    };
    const std::vector<int> done = tally(workouts);
    const std::vector<int> due = tally(planned);
    int run = 0;
    for (std::size_t week = weeks; week-- > 0;) {
        const bool met = due[week] > 0 && done[week] >= due[week];
        if (due[week] == 0 || (!met && week + 1 == weeks))
            continue;  // nothing planned, or the current week still under way
        if (!met)
            break;
        ++run;
    }
    return run;
}

Period counted_days(Period period, Date today) {
    return {period.start, std::min(period.end, today)};
}

SessionCount sessions_in(std::span<const Date> planned, std::span<const Date> workouts, Period period,
                         Date today) {
    const Period days = counted_days(period, today);
    auto on_counted_days = [&](std::span<const Date> dates) {
        return static_cast<int>(std::ranges::count_if(dates, [&](Date d) { return days.contains(d); }));
    };
    return {on_counted_days(planned), on_counted_days(workouts)};
}

std::vector<WeekSessions> sessions_by_program_week(std::span<const Date> planned,
                                                   std::span<const Date> workouts, Date program_start,
                                                   Period period, Date today) {
    const Period days = counted_days({std::max(period.start, program_start), period.end}, today);
    std::vector<WeekSessions> weeks;
    if (days.end < days.start)
        return weeks;
    for (long week = days_between(program_start, days.start) / 7;; ++week) {
        const Date first = add_days(program_start, 7 * week);
        if (first > days.end)
            break;
        const Period inside{std::max(first, days.start), std::min(add_days(first, 6), days.end)};
        weeks.push_back({static_cast<int>(week) + 1, inside, sessions_in(planned, workouts, inside, today)});
    }
    return weeks;
}

std::vector<Date> planned_session_dates(const Profile& profile, const Catalog& catalog, Date until) {
    const long elapsed = days_between(profile.program_start, until);
    if (elapsed < 0)
        return {};
    const long last_day = (elapsed / 7 + 1) * 7 - 1;  // the end of until's program week
    // Every week of a plan holds its sessions on the same days of the week (one for each of the plan's
    // slots), so its first week gives them all: a year's plan is not built to count its sessions.
    PlanOptions options;
    options.weeks = 1;
    options.start = profile.program_start;
    std::vector<long> offsets;
    const Plan first_week = generate_plan(profile, catalog, options);
    for (const Session& session : first_week.weeks.front().sessions)
        offsets.push_back(days_between(profile.program_start, session.date));
    std::vector<Date> dates;
    for (long week_start = 0; week_start <= last_day; week_start += 7) {
        for (const long offset : offsets)
            dates.push_back(add_days(profile.program_start, week_start + offset));
    }
    return dates;
}

StatsTargets stats_targets(const Profile& profile, Date today) {
    const Assessment assessment = assess(profile, today);
    const double drinks_per_day =
        profile.sex == Sex::female ? kAlcoholGuidelineDrinksPerDayFemale : kAlcoholGuidelineDrinksPerDayMale;
    return {profile.goal,
            assessment.target.value(),
            assessment.protein.value(),
            water_target(profile.sex).value(),
            drinks_per_day * 7.0,
            calorie_floor(profile.sex, Kilocalories(0)).value(),
            calorie_floor(profile.sex, assessment.bmr).value()};
}

Period journal_window(Period period, Date today) {
    return {std::min(period.start, add_days(today, 1 - kStreakLookbackDays)), today};
}

StatsReading stats_reading(EntryKind kind) {
    switch (kind) {
        case EntryKind::weight:
        case EntryKind::measure:
            return StatsReading::entries;
        case EntryKind::food:   // intake_stats
        case EntryKind::sleep:  // habit_stats
        case EntryKind::alcohol:
        case EntryKind::water:
        case EntryKind::steps:
        case EntryKind::standup:
            return StatsReading::daily_sums;
        default:
            return StatsReading::unread;  // workouts are counted from their days (StatsJournal)
    }
}

Stats compute_stats(const StatsJournal& journal, const StatsContext& context) {
    const Period& period = context.period;
    const Date window_start = journal_window(period, context.today).start;
    const std::span<const Entry> inside = within(journal.period_entries, period);
    std::vector<Date> planned;  // inside the window, as the workouts are
    std::ranges::copy_if(context.planned_sessions, std::back_inserter(planned),
                         [&](Date d) { return d >= window_start; });
    const std::span<const Date> workouts = journal.workout_days;
    Stats stats;
    stats.period = period;
    stats.targets = context.targets;
    stats.weight = weight_stats(weight_trend(journal.weights), inside, period);
    stats.measurements = measurement_stats(inside);
    stats.intake = intake_stats(inside);
    const Period complete{period.start, std::min(period.end, add_days(context.today, -1))};
    if (complete.start <= complete.end)
        stats.complete_days_intake = intake_stats(within(inside, complete));
    const SessionCount sessions = sessions_in(planned, workouts, period, context.today);
    stats.workouts_done = sessions.done;
    stats.workouts_planned = sessions.planned;
    stats.complete_days_sessions = sessions_in(planned, workouts, period, add_days(context.today, -1));
    stats.workout_weeks =
        sessions_by_program_week(planned, workouts, context.program_start, period, context.today);
    stats.habits = habit_stats(inside, period);
    stats.streaks = {current_streak(journal.active_days, context.today), longest_streak(journal.active_days),
                     weeks_on_plan(workouts, planned, context.program_start, context.today)};
    return stats;
}

Stats compute_stats(std::span<const Entry> window, std::span<const Entry> earlier_weights,
                    const StatsContext& context) {
    const Period& period = context.period;
    std::vector<WeighIn> weights;
    for (const Entry& e : earlier_weights) weights.push_back({e.date, e.value});
    std::vector<Date> active_days;
    std::vector<Date> workouts;
    for (const Entry& e : window) {
        active_days.push_back(e.date);
        if (e.kind == EntryKind::weight && e.date <= period.end)
            weights.push_back({e.date, e.value});
        if (e.kind == EntryKind::workout)
            workouts.push_back(e.date);
    }
    return compute_stats({within(window, period), active_days, workouts, weights}, context);
}

}  // namespace hipfit::core
