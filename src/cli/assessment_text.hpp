// The assessment as a person reads it on a terminal.
#pragma once

#include <iosfwd>

#include "app/assessment_view.hpp"
#include "core/assessment/assessment.hpp"

namespace hipfit::cli {

// `in_force`: the calorie target in force beside the assessment's (none without a stored profile).
void print_assessment(std::ostream& out, const core::Profile& profile, const core::Assessment& assessment,
                      const std::optional<app::TargetInForce>& in_force);

}  // namespace hipfit::cli
