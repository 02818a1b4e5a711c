// Reading journal values as people type them ("500ml", "7h30m", "12x8kg@8"), checking their ranges,
// and estimating a workout's energy.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/base/quantity_parse.hpp"
#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::core {

// The main value of a simple entry, in value_unit(kind). Throws InvalidInput naming `field`.
double parse_entry_value(EntryKind kind, std::string_view text, UnitSystem units, std::string_view field);

// A volume: ml, l, or fl oz ("16oz"); a bare number is ml (metric) or fl oz (imperial).
Millilitres parse_volume(std::string_view text, UnitSystem units, std::string_view field);

// A duration in hours: "7.5h", "7h30m", "450min"; a bare number is hours.
double parse_hours(std::string_view text, std::string_view field);

// One exercise's logged work: "ID:ITEM,ITEM…" where ITEM is REPS[xLOAD][@RPE], HOLDs[@RPE],
// MINUTESmin[/DISTANCE(km|mi)][@RPE] or ROUNDSxWORKs/RESTs[@RPE]; e.g. "glute-bridge:12,12,10@8",
// "dumbbell-squat:10x8kg@7", "wall-sit:30s,45s", "walking:30min/2.5km", "sprint-intervals:10x30s/60s@9".
// Several exercises may be joined with ';'. Exercise ids are checked against the catalog.
std::vector<WorkoutSet> parse_workout_spec(std::string_view text, UnitSystem units, const Catalog& catalog,
                                           std::string_view field);

// The inverse, in canonical units (kg, km), with numbers written to read back exactly:
// parse_workout_spec(format_workout_spec(s)) == s.
std::string format_workout_spec(const std::vector<WorkoutSet>& sets);

// Checks every value of an entry against its range, that its date is not after `today`, that a workout
// holds no more sets than journal_limits.hpp allows and that a note is plain text (text.hpp).
// Throws InvalidInput naming the field.
void check_entry(const Entry& entry, Date today);

// At most kMaxSetsPerWorkout sets, and kMaxSetsPerExercise of one exercise. Throws InvalidInput naming
// `field`.
void check_workout_set_counts(const std::vector<WorkoutSet>& sets, std::string_view field);

// Checks every set's values against their ranges; errors name `field` ("sets", or a FILE:LINE).
void check_workout_sets(const std::vector<WorkoutSet>& sets, std::string_view field);

// Energy of a workout: Σ MET × body weight × hours (2024 Compendium; docs/sources.md#compendium-2024),
// the time of each set estimated as in session_time.hpp.
Kilocalories workout_energy(const std::vector<WorkoutSet>& sets, const Catalog& catalog,
                            Kilograms body_weight);

// The time a workout's sets take, as its energy estimate counts it.
double workout_minutes(const std::vector<WorkoutSet>& sets, const Catalog& catalog);

// A workout's sets take at most kMaxWorkoutMinutes. Throws InvalidInput naming `field`.
void check_workout_time(const std::vector<WorkoutSet>& sets, const Catalog& catalog, std::string_view field);

}  // namespace hipfit::core
