// The guided workout of a day for one person: the script both players follow (docs/workout.md).
#pragma once

#include <optional>

#include "core/date.hpp"
#include "core/workout_script.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// The script of the program's session on `day`, with its program week; none on a day without a session.
// Needs a profile (InvalidInput otherwise); `journal` may be null (no database yet).
std::optional<core::WorkoutScript> workout_script(store::Repository* journal, core::Date day);

}  // namespace hipfit::app
