// Reading the exercise catalog from JSON (data/exercises.json, embedded in the binary).
#pragma once

#include <string_view>

#include "core/program/catalog.hpp"

namespace hipfit::io {

// Parses and validates a catalog. Throws core::CatalogError naming the entry and field.
core::Catalog parse_catalog(std::string_view json);

// The catalog built into hipfit, parsed once.
const core::Catalog& builtin_catalog();

}  // namespace hipfit::io
