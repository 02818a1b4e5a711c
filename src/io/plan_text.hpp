// A planned exercise in words, e.g. "Glute bridge — 2 × 12", for terminals, Markdown and calendars.
#pragma once

#include <string>

#include "core/catalog.hpp"
#include "core/plan.hpp"

namespace hipfit::io {

std::string prescription_text(const core::PlannedExercise& planned);
std::string block_title(core::Block block);
// "Glute bridge — 2 × 12 per side, rest 45 s"
std::string planned_exercise_line(const core::PlannedExercise& planned, const core::Catalog& catalog);

}  // namespace hipfit::io
