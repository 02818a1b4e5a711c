// An exercise drawn as one self-contained, animated SVG: a plain articulated figure moving through the
// exercise's poses (data/poses.json), timed from its tempo or hold, with its equipment drawn.
#pragma once

#include <optional>
#include <string>

#include "core/program/catalog.hpp"

namespace hipfit::io {

// The picture of a catalog exercise; none for an exercise without poses (a person's own exercise).
std::optional<std::string> exercise_illustration_svg(const core::Exercise& exercise);

}  // namespace hipfit::io
