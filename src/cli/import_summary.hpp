// What 'hipfit import' prints about a file of another app: what was read, what it became, what was left
// out and why (docs/import.md).
#pragma once

#include <ostream>
#include <string>

#include "app/foreign_import.hpp"

namespace hipfit::cli {

void print_import_summary(std::ostream& out, const std::string& file, const app::ImportPlan& plan,
                          const app::PlanOutcome& outcome, bool dry_run);

}  // namespace hipfit::cli
