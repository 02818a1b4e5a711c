// A muscle map: front and back outlines of a body with the muscles an exercise trains, the primary ones
// in a strong colour and the secondary ones in a light one, with a legend. One self-contained SVG.
#pragma once

#include <span>
#include <string>

#include "core/program/catalog.hpp"

namespace hipfit::io {

std::string muscle_map_svg(std::span<const core::Muscle> primary, std::span<const core::Muscle> secondary);

}  // namespace hipfit::io
