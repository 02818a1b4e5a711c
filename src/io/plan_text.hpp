// A planned exercise in words, e.g. "Glute bridge — 2 × 12", for terminals, Markdown and calendars.
#pragma once

#include <string>

#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::io {

// A load the journal suggests is given in `units`: "3 × 8 at 21 kg, rest 90 s".
std::string prescription_text(const core::PlannedExercise& planned,
                              core::UnitSystem units = core::UnitSystem::metric);
std::string block_title(core::Block block);
// "Glute bridge — 2 × 12 per side, rest 45 s"
std::string planned_exercise_line(const core::PlannedExercise& planned, const core::Catalog& catalog,
                                  core::UnitSystem units = core::UnitSystem::metric);

}  // namespace hipfit::io
