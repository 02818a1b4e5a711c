// Filtering the exercise catalog by muscle, equipment and kind ('hipfit exercises', GET /api/exercises).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/body/profile.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::app {

// The filters, parsed once so a typo is an error rather than an empty list.
struct ExerciseFilter {
    std::optional<core::Muscle> muscle;        // main or helping muscle
    std::optional<core::Equipment> equipment;  // what can be done with this alone ("none": body weight)
    std::optional<core::ExerciseKind> kind;

    [[nodiscard]] bool keeps(const core::Exercise& exercise) const;
};

// Errors name the field as `prefix` + "muscle" (etc.): "--muscle" on the command line, "muscle" in the API.
ExerciseFilter parse_exercise_filter(const std::optional<std::string>& muscle,
                                     const std::optional<std::string>& equipment,
                                     const std::optional<std::string>& kind, std::string_view prefix);

}  // namespace hipfit::app
