// The journal: what a person logs — weight, measurements, food, water, sleep, steps, habits and
// workouts — each entry on a day and at a time, in canonical units.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/base/units.hpp"
#include "core/base/vocabulary.hpp"

namespace hipfit::core {

enum class EntryKind {
    weight,
    measure,
    food,
    water,
    sleep,
    steps,
    alcohol,
    cigarettes,
    stress,
    standup,
    workout
};

inline constexpr NameTable<EntryKind, 11> kEntryKindNames{{{EntryKind::weight, "weight"},
                                                           {EntryKind::measure, "measure"},
                                                           {EntryKind::food, "food"},
                                                           {EntryKind::water, "water"},
                                                           {EntryKind::sleep, "sleep"},
                                                           {EntryKind::steps, "steps"},
                                                           {EntryKind::alcohol, "alcohol"},
                                                           {EntryKind::cigarettes, "cigarettes"},
                                                           {EntryKind::stress, "stress"},
                                                           {EntryKind::standup, "standup"},
                                                           {EntryKind::workout, "workout"}}};

// The unit of an entry's main value, by kind: kg, kcal, ml, h, steps, drinks, cigarettes, min, breaks.
std::string_view value_unit(EntryKind kind);

struct Measurements {
    std::optional<Centimetres> waist;
    std::optional<Centimetres> hip;
    std::optional<Centimetres> thigh;
    std::optional<Centimetres> thigh_left;
    std::optional<Centimetres> thigh_right;
    std::optional<Centimetres> neck;
    std::optional<double> body_fat_percent;

    [[nodiscard]] bool empty() const;
};

// One logged set, hold, cardio bout or interval block of an exercise.
struct WorkoutSet {
    std::string exercise_id;
    std::optional<int> reps;
    std::optional<Kilograms> load;
    std::optional<int> hold_seconds;
    std::optional<int> rpe;  // rating of perceived exertion 1–10 (Zourdos et al. 2016: 10 = no reps left)
    std::optional<double> minutes;
    std::optional<double> distance_km;
    std::optional<int> rounds;  // intervals
    std::optional<int> work_seconds;
    std::optional<int> rest_seconds;
    // The planned exercise this set's exercise replaced mid-workout (a swap); none when done as planned.
    std::optional<std::string> swapped_from;
    // A warm-up set, as another app marked it on import: kept in the history, never a personal best.
    bool warm_up = false;

    friend bool operator==(const WorkoutSet&, const WorkoutSet&) = default;
};

struct Entry {
    std::int64_t id = 0;  // 0 until stored
    EntryKind kind = EntryKind::weight;
    Date date{};
    TimeOfDay time{};
    double value = 0;  // the kind's main quantity in value_unit(kind); unused for measure and workout
    std::optional<double> protein_g;  // food
    std::string note;
    Measurements measurements;          // measure
    std::vector<WorkoutSet> sets;       // workout
    std::optional<double> energy_kcal;  // workout: estimated from MET × weight × time
    bool warm_up_skipped = false;       // workout
    // Where an imported entry came from: the app and the record's key in it ("strong:2024-03-01 18:02:11
    // Legs"), unique in a journal, so importing the same history again adds nothing. Empty when logged in
    // hipfit (docs/import.md).
    std::string source;
};

}  // namespace hipfit::core
