// A journal to coach, built entry by entry, for the coach rules' tests.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "core/coach/coach_rules.hpp"
#include "io/catalog_json.hpp"
#include "tests/support/sample_journal.hpp"

namespace hipfit::core::coach_test {

// A day of November 2026 (the 2nd is a Monday); later months by day number past 30.
inline Date day(int d) {
    return Date{
        std::chrono::sys_days(Date{std::chrono::year(2026), std::chrono::November, std::chrono::day(1)}) +
        std::chrono::days(d - 1)};
}

using testing::entry;

inline WorkoutSet set(std::string exercise, int reps, std::optional<double> load_kg = std::nullopt,
                      std::optional<int> rpe = std::nullopt) {
    WorkoutSet s;
    s.exercise_id = std::move(exercise);
    s.reps = reps;
    if (load_kg)
        s.load = Kilograms(*load_kg);
    s.rpe = rpe;
    return s;
}

inline WorkoutSet hold(std::string exercise, int seconds) {
    WorkoutSet s;
    s.exercise_id = std::move(exercise);
    s.hold_seconds = seconds;
    return s;
}

// `count` sets of `reps` of one exercise.
inline std::vector<WorkoutSet> sets(const std::string& exercise, int count, int reps,
                                    std::optional<int> rpe = std::nullopt) {
    return std::vector<WorkoutSet>(static_cast<std::size_t>(count), set(exercise, reps, std::nullopt, rpe));
}

inline Entry workout(Date date, std::vector<WorkoutSet> sets, int hour = 18) {
    Entry e = entry(EntryKind::workout, date, 0, hour);
    e.sets = std::move(sets);
    return e;
}

inline Entry hip(Date date, double cm) {
    Entry e = entry(EntryKind::measure, date, 0);
    e.measurements.hip = Centimetres(cm);
    return e;
}

// The message of advice that must have come from `rule` at `severity`.
inline std::string fired(const std::optional<Advice>& advice, std::string_view rule, Severity severity) {
    if (!advice) {
        ADD_FAILURE() << rule << " stayed quiet";
        return {};
    }
    EXPECT_EQ(advice->rule, rule);
    EXPECT_EQ(advice->severity, severity);
    return advice->message;
}

// The rules that spoke, in order.
inline std::vector<std::string> ids(const std::vector<Advice>& advice) {
    std::vector<std::string> rules;
    for (const Advice& a : advice) rules.push_back(a.rule);
    return rules;
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A person on a 1,700 kcal target (floor 1,200, resting expenditure below it; 7 drinks a week) who started on
// Mon 2 Nov.
struct Coaching {
    Date today = day(16);
    std::vector<Entry> journal;
    std::vector<Date> planned;
    StatsTargets targets{Goal::lose_fat, 1700, 110, 1600, 7, 1200, 1200};
    UnitSystem units = UnitSystem::metric;
    Date program_start = day(2);

    void add(Entry e) { journal.push_back(std::move(e)); }
    // One entry of `kind` with `value` on each of the `days` days before today.
    void each_day_before(EntryKind kind, double value, int days) {
        for (int i = 1; i <= days; ++i)
            add(entry(kind, Date{std::chrono::sys_days(today) - std::chrono::days(i)}, value));
    }
    CoachHistory history;

    // The journal in date and time order, and what the rules read: the whole journal (the rules read
    // only their windows of it) and its history, as coach_history makes it.
    CoachContext context() {
        std::ranges::stable_sort(journal, {}, [](const Entry& e) { return std::tuple(e.date, e.time); });
        history = coach_history(journal, today, io::builtin_catalog());
        return {today, journal, history, io::builtin_catalog(), targets, units, program_start, planned};
    }
};

}  // namespace hipfit::core::coach_test
