// How journal_progression says what a log showed and what follows: loads stepped on the grid of the
// person's units, and the words of its notes.
#pragma once

#include <optional>
#include <string>

#include "core/journal/journal_judge.hpp"

namespace hipfit::core {

// kLoadStepFraction more, rounded up to the next increment (kLoadIncrementKg, or kLoadIncrementLb for
// imperial profiles).
Kilograms heavier(Kilograms load, UnitSystem units);

// Whether going from `load` to `more` adds at most kMaxLoadStepFraction (ACSM 2009's 10 %).
bool within_load_step(Kilograms load, Kilograms more);

// kStepBackLoadFraction less, rounded down to the increment; none when nothing would be left.
std::optional<Kilograms> lighter(Kilograms load, UnitSystem units);

// "21 kg", "46 lb": in the person's units, to a tenth.
std::string mass_text(Kilograms mass, UnitSystem units);

// "3 × 12 at 20 kg, RPE 7", "12, 12, 10", "2 × 30 s hold", "8 rounds of 30 s, RPE 9".
std::string describe(const Performance& done, Measure m, UnitSystem units);

// A prescription's target: "3 × 12", "12 reps", "3 × 30 s", "30 s", "8 rounds".
std::string target_text(const PlannedExercise& p, Measure m);

}  // namespace hipfit::core
