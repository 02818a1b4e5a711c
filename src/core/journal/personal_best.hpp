// What a personal best is (docs/journal.md, "Personal bests"): a set of a strength or isometric exercise
// that no earlier set of the same exercise and measure matched — more load, or more reps (a longer hold)
// at a load, than ever before. A first time is no record to beat. The coach's milestone, both players
// and the workout's summary ask this one rule.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::core {

// One set's effort: reps, or seconds held, at a load (body weight = 0 kg).
struct Effort {
    bool hold = false;
    int amount = 0;
    double load_kg = 0;

    // The same measure, at least as heavy and at least as much: `other` is no record over this.
    [[nodiscard]] bool at_least(const Effort& other) const {
        return hold == other.hold && load_kg >= other.load_kg && amount >= other.amount;
    }
    // The order bests are told in: heavier first, then more.
    [[nodiscard]] bool before(const Effort& other) const {
        return load_kg != other.load_kg ? load_kg > other.load_kg : amount > other.amount;
    }

    friend bool operator==(const Effort&, const Effort&) = default;
};

// The effort of a set with reps or a hold, whatever its exercise; none without either.
std::optional<Effort> set_effort(const WorkoutSet& set);

// The exercises whose sets are efforts: strength and isometric ones `catalog` knows.
bool has_efforts(std::string_view exercise_id, const Catalog& catalog);

// The effort of a set of a strength or isometric exercise of `catalog` with reps or a hold; none for
// other exercises (cardio, intervals), an exercise the catalog does not know, or no reps or hold.
std::optional<Effort> effort_of(const WorkoutSet& set, const Catalog& catalog);

// When `effort` is a personal best over `earlier` (efforts of the same exercise), the best earlier one
// of its measure (heaviest, then most): there is one, and no earlier effort is at least as heavy and at
// least as much. None otherwise.
std::optional<Effort> beaten(const Effort& effort, std::span<const Effort> earlier);

// The records among `efforts`: those no other matches (no other is at least as heavy and at least as
// much, of the same measure), heaviest first, each once. `beaten` gives the same answer over these as
// over all of `efforts`, so they are what a player needs to tell a new best as it happens.
std::vector<Effort> records(std::span<const Effort> efforts);

// Every effort of the sets of `entries`, by exercise id, in the entries' order.
using EffortsByExercise = std::map<std::string, std::vector<Effort>, std::less<>>;
EffortsByExercise efforts_by_exercise(std::span<const Entry> entries, const Catalog& catalog);

struct PersonalBest {
    std::string exercise_id;
    Effort now;
    Effort before;  // the best earlier effort it beat

    friend bool operator==(const PersonalBest&, const PersonalBest&) = default;
};

// For each exercise of `recent` with a personal best over `earlier` (each set of `recent` is compared
// with `earlier` only), the best of them (heaviest, then most), in the order of the exercises' ids.
std::vector<PersonalBest> personal_bests(std::span<const Entry> earlier, std::span<const Entry> recent,
                                         const Catalog& catalog);
// The same over the earlier efforts by exercise: all of them, or only the most at each load and measure
// (no effort is a record over the most of its load and measure, so the answer is the same).
std::vector<PersonalBest> personal_bests(const EffortsByExercise& earlier, std::span<const Entry> recent,
                                         const Catalog& catalog);

// "12 reps", "a 60 s hold", "12 reps at 20 kg": in the person's units, to a tenth.
std::string effort_text(const Effort& effort, UnitSystem units);

// "Squat, 14 reps at 10 kg (your best before: 12 reps at 10 kg)".
std::string personal_best_text(const PersonalBest& best, const Catalog& catalog, UnitSystem units);

}  // namespace hipfit::core
