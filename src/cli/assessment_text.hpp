// The assessment as a person reads it on a terminal.
#pragma once

#include <iosfwd>

#include "core/assessment.hpp"

namespace hipfit::cli {

void print_assessment(std::ostream& out, const core::Profile& profile, const core::Assessment& assessment);

}  // namespace hipfit::cli
