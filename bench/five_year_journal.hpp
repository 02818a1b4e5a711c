// Five years of daily logs, the journal the speed goals of the views are measured on (docs/performance.md):
// about ten entries a day — a weigh-in, three meals, water, sleep, steps and standing breaks every day, a
// measurement once a week and three workouts a week (a glute bridge, a dumbbell squat under a load that
// grows every eight weeks, and a walk) — for a woman whose program started on the first day.
// bench/five_year_journal.py writes the same shape as an export, for timing the binary with hyperfine.
#pragma once

#include <chrono>
#include <random>
#include <vector>

#include "core/body/profile.hpp"
#include "core/journal/journal.hpp"

namespace hipfit::bench {

inline const core::Date kToday{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)};
inline constexpr int kFiveYearsDays = 5 * 365;

inline core::Date first_day() {
    return core::add_days(kToday, 1 - kFiveYearsDays);
}

inline core::Profile five_year_profile() {
    core::Profile p;
    p.sex = core::Sex::female;
    p.age = core::AgeRecord{std::nullopt, 34, first_day()};
    p.height = core::Centimetres(165);
    p.weight = core::Kilograms(80);
    p.waist = core::Centimetres(86);
    p.hip = core::Centimetres(108);
    p.neck = core::Centimetres(34);
    p.equipment = {core::Equipment::band, core::Equipment::dumbbells};
    p.level = core::Level::intermediate;
    p.program_start = first_day();
    return p;
}

inline core::Entry bench_entry(core::EntryKind kind, core::Date date, int hour, double value) {
    core::Entry e;
    e.kind = kind;
    e.date = date;
    e.time = {hour, 0};
    e.value = value;
    return e;
}

inline core::WorkoutSet bench_set(const char* exercise, int reps, double load_kg, int rpe) {
    core::WorkoutSet s;
    s.exercise_id = exercise;
    s.reps = reps;
    if (load_kg > 0)
        s.load = core::Kilograms(load_kg);
    s.rpe = rpe;
    return s;
}

inline std::vector<core::Entry> five_years_of_entries() {
    using core::EntryKind;
    std::mt19937 rng(1);
    std::normal_distribution<double> noise(0.0, 0.4);
    std::vector<core::Entry> entries;
    double weight = 80;
    for (int day = 0; day < kFiveYearsDays; ++day) {
        const core::Date date = core::add_days(first_day(), day);
        weight -= 0.004;
        entries.push_back(bench_entry(EntryKind::weight, date, 7, weight + noise(rng)));
        for (int meal = 0; meal < 3; ++meal) {
            core::Entry food = bench_entry(EntryKind::food, date, 8 + 5 * meal, 550);
            food.protein_g = 35;
            entries.push_back(food);
        }
        entries.push_back(bench_entry(EntryKind::water, date, 10, 1600));
        entries.push_back(bench_entry(EntryKind::sleep, date, 7, 7.4));
        entries.push_back(bench_entry(EntryKind::steps, date, 21, 8200));
        entries.push_back(bench_entry(EntryKind::standup, date, 18, 7));
        if (day % 7 == 0) {
            core::Entry measure = bench_entry(EntryKind::measure, date, 7, 0);
            measure.measurements.waist = core::Centimetres(86 - day * 0.002);
            measure.measurements.hip = core::Centimetres(108 - day * 0.002);
            entries.push_back(measure);
        }
        if (day % 7 == 0 || day % 7 == 2 || day % 7 == 4) {
            const double load = 20.0 + 2.5 * (day / 56);  // a little more every eight weeks
            core::Entry workout = bench_entry(EntryKind::workout, date, 18, 0);
            core::WorkoutSet walk;
            walk.exercise_id = "walking";
            walk.minutes = 30.0;
            walk.distance_km = 2.5;
            workout.sets = {bench_set("glute-bridge", 12, 0, 8), bench_set("glute-bridge", 12, 0, 8),
                            bench_set("dumbbell-squat", 10, load, 7),
                            bench_set("dumbbell-squat", 8 + day % 3, load, 8), walk};
            workout.energy_kcal = 180;
            entries.push_back(workout);
        }
    }
    return entries;
}

}  // namespace hipfit::bench
