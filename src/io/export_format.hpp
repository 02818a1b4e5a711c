// hipfit's export formats (docs/export-format.md): a JSON document with the profile, every entry and every
// weekly check-in, and a CSV file of the entries alone (export_csv.hpp). Both read back exactly what they
// were written from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/errors.hpp"
#include "core/body/profile.hpp"
#include "core/checkin/checkin_record.hpp"
#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"
#include "core/program/own_exercise.hpp"
#include "io/export_csv.hpp"
#include "io/profile_json.hpp"

namespace hipfit::io {

inline constexpr std::string_view kExportFormatName = "hipfit-export";
// Version 2 added the check-ins, version 3 the person's own exercises: a hipfit that reads only an older
// version refuses a file with them rather than import it without them. Older files are still read.
inline constexpr int kExportVersion = 3;
inline constexpr int kOldestExportVersion = 1;

struct ExportData {
    std::optional<core::Profile> profile;
    std::vector<core::Entry> entries;
    // Filled by read_export: where each entry and the profile came from, for messages
    // ("FILE:LINE" for CSV, "FILE: entry K" and "FILE: profile" for JSON).
    std::vector<std::string> origins;
    std::string profile_origin;
    std::vector<core::CheckinRecord> checkins;      // JSON only
    std::vector<std::string> checkin_origins;       // "FILE: checkin K", filled by read_export
    std::vector<core::OwnExercise> own_exercises;   // JSON only, in the order they were added
    std::vector<std::string> own_exercise_origins;  // "FILE: own exercise K", filled by read_export
};

// Pretty-printed, entries in id order and check-ins in date order, ending in a newline. The same data
// always gives the same bytes.
std::string export_json(const ExportData& data);

// Decodes an export: JSON when the first non-space character is '{', else CSV, whose first line must be
// the header. Checks shape, types, words and exercise ids, not ranges (app/import_checks.hpp does that).
// Errors are core::InvalidInput naming `file`, the line (CSV) or entry or check-in number (JSON), and the
// field. A version 1 document has no check-ins; "checkins" is read whenever it is there, and so is
// "own_exercises" (version 3): a set may name one of them as well as one of `catalog`.
ExportData read_export(std::string_view text, const std::string& file, const core::Catalog& catalog);

// An error reading "WHERE, field FIELD: MESSAGE", or "WHERE: MESSAGE" when `field` is empty.
core::InvalidInput located_error(const std::string& where, std::string_view field, std::string_view message);
// `error` moved to `where` and `field`, its message's own "FIELD: " prefix dropped.
core::InvalidInput located_error(const core::InvalidInput& error, const std::string& where,
                                 std::string_view field);

}  // namespace hipfit::io
