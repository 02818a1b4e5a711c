// A planned exercise in words, e.g. "Glute bridge — 2 × 12", for terminals, Markdown and calendars.
#pragma once

#include <string>
#include <vector>

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

// A week's days off and its activity, one line each, for terminals and Markdown:
//   "Brisk walking — 30 min on 2026-11-24, 2026-11-26 and 2026-11-28" (or light activity, without minutes)
//   "Moderate-or-vigorous activity: 152 min this week (WHO advises 150–300; a vigorous minute counts as two)"
// and, when a fat-loss week stays under WHO's 150 minutes, the plan's reason why.
std::vector<std::string> week_activity_lines(const core::PlanWeek& week, const core::Catalog& catalog);

}  // namespace hipfit::io
