// A person's own exercise as JSON: in the export's "own_exercises" and in POST /api/exercises.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/program/own_exercise.hpp"

namespace hipfit::io {

// {"id", "name", "kind", "primary_muscles", "secondary_muscles", "equipment", "met" (null for the kind's
// default)}: names as the catalog's tables spell them.
nlohmann::json to_json(const core::OwnExercise& own);
// Shape and words checked (InvalidInput naming `where` and the field), not the rules (core does that).
core::OwnExercise own_exercise_from_json(const nlohmann::json& node, const std::string& where);
// What a person sends to add one: the same fields without "id"; secondary_muscles, equipment and met may
// be left out.
core::OwnExerciseInput own_exercise_input_from_json(const nlohmann::json& node, const std::string& where);

}  // namespace hipfit::io
