// The stats as text: what 'hipfit stats' prints and 'hipfit report' begins with.
#pragma once

#include <ostream>
#include <string>

#include "core/stats/stats.hpp"

namespace hipfit::cli {

void print_stats_text(std::ostream& out, const core::Stats& stats, core::UnitSystem units,
                      const std::string& focus_line);

}  // namespace hipfit::cli
