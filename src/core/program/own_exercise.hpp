// A person's own exercises: what they are, their rules, and the catalog they make with the built-in one.
// They carry no cues, pictures or source: a name, a kind, muscles, equipment and a MET are all hipfit
// knows. docs/exercises.md, "Your own exercises".
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/program/catalog.hpp"

namespace hipfit::core {

inline constexpr std::size_t kMaxOwnNameCharacters = 60;
// How many own exercises one person may keep: enough for any routine, and a bound on every person's
// catalog.
inline constexpr std::size_t kMaxOwnExercises = 200;

struct OwnExercise {
    std::string id;
    std::string name;
    ExerciseKind kind = ExerciseKind::strength;
    std::vector<Muscle> primary_muscles;
    std::vector<Muscle> secondary_muscles;
    std::set<Equipment> equipment;  // all needed; empty = body weight only
    std::optional<double> met;      // none: the kind's default (own_default_met)

    bool operator==(const OwnExercise&) const = default;
};

// What a person gives for a new own exercise (the id is derived from the name).
struct OwnExerciseInput {
    std::string name;
    ExerciseKind kind = ExerciseKind::strength;
    std::vector<Muscle> primary_muscles;
    std::vector<Muscle> secondary_muscles;
    std::set<Equipment> equipment;
    std::optional<double> met;
};

// The MET of an own exercise given none, by its kind, with the 2024 Adult Compendium's code it is taken
// from (docs/sources.md#compendium-2024): the catalog's own choice for that kind, on the low side, so an
// unknown exercise never inflates the energy a workout is credited with.
struct DefaultMet {
    double met;
    std::string_view compendium_code;
};
DefaultMet own_default_met(ExerciseKind kind);

// Checks a new own exercise against the rules and the person's `existing` ones, and gives it its id.
// Throws InvalidInput naming the field: name (1–60 characters, no control character, not the name of
// another of theirs, case aside), primary_muscles (at least one), secondary_muscles (none also primary),
// met (in (0, kMaxMet]), or the count (at most kMaxOwnExercises).
OwnExercise make_own_exercise(const OwnExerciseInput& input, const std::vector<OwnExercise>& existing);

// The rules of make_own_exercise for one that has its id already (an import's), among the person's
// `others`: its id own- and kebab-case, and no other's; its name as make_own_exercise leaves it (trimmed).
void check_own_exercise(const OwnExercise& own, const std::vector<OwnExercise>& others);

// The one of `existing` named `name` (case aside), if any.
const OwnExercise* own_exercise_named(const std::vector<OwnExercise>& existing, std::string_view name);

// The id a name gives: the prefix, then the name's ASCII letters and digits in lower case, every other
// run of characters one '-'; "-2", "-3" … when `existing` already has it.
std::string own_exercise_id(std::string_view name, const std::vector<OwnExercise>& existing);

// As a catalog entry: its block and prescription the kind's default, `own` set.
Exercise as_exercise(const OwnExercise& own);

// The built-in catalog and a person's own exercises, as one catalog.
Catalog person_catalog(const Catalog& builtin, const std::vector<OwnExercise>& own);

}  // namespace hipfit::core
