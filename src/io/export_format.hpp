// hipfit's export formats (docs/export-format.md): a JSON document with the profile and every entry,
// and a CSV file of the entries alone (export_csv.hpp). Both read back exactly what they were written from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.hpp"
#include "core/errors.hpp"
#include "core/journal.hpp"
#include "core/profile.hpp"
#include "io/export_csv.hpp"
#include "io/profile_json.hpp"

namespace hipfit::io {

inline constexpr std::string_view kExportFormatName = "hipfit-export";
inline constexpr int kExportVersion = 1;

struct ExportData {
    std::optional<core::Profile> profile;
    std::vector<core::Entry> entries;
    // Filled by read_export: where each entry and the profile came from, for messages
    // ("FILE:LINE" for CSV, "FILE: entry K" and "FILE: profile" for JSON).
    std::vector<std::string> origins;
    std::string profile_origin;
};

// Pretty-printed, entries in id order, ending in a newline. The same data always gives the same bytes.
std::string export_json(const ExportData& data);

// Decodes an export: JSON when the first non-space character is '{', else CSV, whose first line must be
// the header. Checks shape, types, words and exercise ids, not ranges (core::check_entry does that).
// Errors are core::InvalidInput naming `file`, the line (CSV) or entry number (JSON), and the field.
ExportData read_export(std::string_view text, const std::string& file, const core::Catalog& catalog);

// An error reading "WHERE, field FIELD: MESSAGE", or "WHERE: MESSAGE" when `field` is empty.
core::InvalidInput located_error(const std::string& where, std::string_view field, std::string_view message);
// `error` moved to `where` and `field`, its message's own "FIELD: " prefix dropped.
core::InvalidInput located_error(const core::InvalidInput& error, const std::string& where,
                                 std::string_view field);

}  // namespace hipfit::io
