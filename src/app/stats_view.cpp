#include "app/stats_view.hpp"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/calorie_target.hpp"
#include "app/person.hpp"
#include "app/read_once.hpp"
#include "core/base/errors.hpp"
#include "core/coach/stats_focus.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::app {

using namespace hipfit::core;
using nlohmann::json;

Period period_ending(int days, Date today) {
    return {Date{std::chrono::sys_days(today) - std::chrono::days(days - 1)}, today};
}

Period period_since(const std::string& since_text, std::string_view field, Date today) {
    const Date since = parse_date(since_text, field);
    if (since > today) {
        throw InvalidInput(std::string(field), fmt::format("{}: {} is after today ({})", field,
                                                           format_date(since), format_date(today)));
    }
    return {since, today};
}

namespace {

// The period's entries as compute_stats reads them (core::stats_reading): weigh-ins and measurements one
// by one, the kinds it adds up by day as one entry a day each, so that a day of hundreds of glasses of
// water is one row to read.
std::vector<Entry> entries_for_stats(store::Repository& journal, Date start, Date last) {
    std::vector<Entry> entries;
    for (const auto& kind_and_name : kEntryKindNames) {
        const EntryKind kind = kind_and_name.first;
        if (stats_reading(kind) != StatsReading::entries)
            continue;
        std::vector<Entry> of_kind = journal.entries({kind, start, last});
        std::move(of_kind.begin(), of_kind.end(), std::back_inserter(entries));
    }
    for (const store::DailySum& sum : journal.daily_sums({std::nullopt, start, last})) {
        if (stats_reading(sum.kind) != StatsReading::daily_sums)
            continue;
        Entry day;
        day.kind = sum.kind;
        day.date = sum.date;
        day.value = sum.value;
        if (sum.with_protein > 0)
            day.protein_g = sum.protein_g;
        entries.push_back(day);
    }
    // By date, each kind's entries kept in their order (the day's last weigh-in is its latest).
    std::ranges::stable_sort(entries, {}, &Entry::date);
    return entries;
}

}  // namespace

StatsView stats_view(store::Repository* source, Period period, Date today) {
    std::optional<ReadOnce> reads;  // the profile and the latest weight, read for each target, once
    if (source != nullptr)
        reads.emplace(*source);
    store::Repository* journal = reads ? &*reads : nullptr;
    StatsContext context{period, today, std::nullopt, today, {}};
    StatsView view;
    std::vector<Entry> period_entries;
    std::vector<Date> active_days;
    std::vector<Date> workout_days;
    std::vector<WeighIn> weights;
    if (journal) {
        const Profile profile = view_profile(journal, today);
        view.units = profile.units;
        context.targets = targets_in_force(journal, today);
        context.program_start = profile.program_start;
        context.planned_sessions = planned_session_dates(profile, io::builtin_catalog(), today);
        // The period's entries whole; of the streaks' year only the days, and of the years before only
        // the weigh-ins (the trend runs over all of them).
        const Period days = journal_window(context.period, today);
        const Date last = std::min(period.end, today);
        period_entries = entries_for_stats(*journal, period.start, last);
        active_days = journal->entry_days({std::nullopt, days.start, days.end});
        workout_days = journal->entry_dates({EntryKind::workout, days.start, days.end});
        weights = journal->weigh_ins(last);
    }
    view.stats = compute_stats(StatsJournal{period_entries, active_days, workout_days, weights}, context);
    view.nothing_logged = active_days.empty() && weights.empty();
    // For people: each interface adds its own pointer to where logging is done.
    view.focus_line = view.nothing_logged ? "Nothing logged yet." : focus(view.stats, view.units);
    return view;
}

namespace {

json number(const std::optional<double>& value) {
    return value ? json(*value) : json(nullptr);
}

json target(const std::optional<StatsTargets>& targets, double StatsTargets::*field) {
    return targets ? json((*targets).*field) : json(nullptr);
}

json change_json(const std::optional<Change>& c) {
    if (!c)
        return {{"first", nullptr}, {"last", nullptr}, {"change", nullptr}};
    return {{"first", c->first}, {"last", c->last}, {"change", c->change()}};
}

json weeks_json(const std::vector<WeekSessions>& weeks) {
    json list = json::array();
    for (const WeekSessions& w : weeks) {
        list.push_back({{"number", w.number},
                        {"start", format_date(w.days.start)},
                        {"end", format_date(w.days.end)},
                        {"planned", w.sessions.planned},
                        {"done", w.sessions.done}});
    }
    return list;
}

}  // namespace

json to_json(const StatsView& view) {
    const Stats& s = view.stats;
    const std::string& focus_line = view.focus_line;
    const WeightStats& w = s.weight;
    const MeasurementStats& m = s.measurements;
    const HabitStats& h = s.habits;
    return {{"period", {{"start", format_date(s.period.start)}, {"end", format_date(s.period.end)}}},
            {"weight",
             {{"trend_start_kg", number(w.trend_start_kg)},
              {"trend_end_kg", number(w.trend_end_kg)},
              {"trend_change_kg", number(w.trend_change_kg)},
              {"weekly_rate_kg", number(w.weekly_rate_kg)},
              {"latest_kg", number(w.latest_kg)},
              {"readings", w.readings}}},
            {"measurements",
             {{"waist_cm", change_json(m.waist_cm)},
              {"hip_cm", change_json(m.hip_cm)},
              {"thigh_cm", change_json(m.thigh_cm)},
              {"thigh_left_cm", change_json(m.thigh_left_cm)},
              {"thigh_right_cm", change_json(m.thigh_right_cm)}}},
            {"intake",
             {{"average_kcal", number(s.intake.average_kcal)},
              {"target_kcal", target(s.targets, &StatsTargets::kcal)},
              {"days_logged", s.intake.days_logged},
              {"average_protein_g", number(s.intake.average_protein_g)},
              {"protein_target_g", target(s.targets, &StatsTargets::protein_g)}}},
            {"workouts", {{"done", s.workouts_done}, {"planned", s.workouts_planned}}},
            {"workout_weeks", weeks_json(s.workout_weeks)},
            {"habits",
             {{"sleep_average_h", number(h.sleep_average_h)},
              {"sleep_nights", h.sleep_nights},
              {"water_average_ml", number(h.water_average_ml)},
              {"water_target_ml", target(s.targets, &StatsTargets::water_ml)},
              {"alcohol_drinks_per_week", h.alcohol_drinks_per_week},
              {"alcohol_guideline_per_week", target(s.targets, &StatsTargets::alcohol_drinks_per_week)},
              {"steps_average", number(h.steps_average)},
              {"standup_average", number(h.standup_average)}}},
            {"streaks",
             {{"current_days", s.streaks.current_days},
              {"longest_days", s.streaks.longest_days},
              {"weeks_on_plan", s.streaks.weeks_on_plan}}},
            {"focus", focus_line},
            {"nothing_logged", view.nothing_logged}};
}

}  // namespace hipfit::app
