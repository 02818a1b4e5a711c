// A journal entry in one line, in the person's units: "weight 72.4 kg", "food 650 kcal, 30 g protein".
#pragma once

#include <string>

#include "core/base/quantity_parse.hpp"
#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::cli {

std::string entry_summary(const core::Entry& entry, core::UnitSystem units, const core::Catalog& catalog);

}  // namespace hipfit::cli
