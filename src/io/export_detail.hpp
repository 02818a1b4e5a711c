// Internals shared by the export format's source files (export_format, export_csv); not for callers.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"
#include "io/export_format.hpp"

namespace hipfit::io::detail {

// The entries in id order, as both formats write them.
inline std::vector<core::Entry> by_id(std::vector<core::Entry> entries) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const core::Entry& a, const core::Entry& b) { return a.id < b.id; });
    return entries;
}

// The entries of CSV text whose first line read_export has checked is the header (export_csv.cpp).
ExportData read_csv(std::string_view text, const std::string& file, const core::Catalog& catalog);

}  // namespace hipfit::io::detail
