// The column mapping of "any CSV" (docs/import.md): which of a file's columns holds which of hipfit's
// fields, as a person writes it on the command line ("date=Date,weight=Weight (kg)") or in a mapping
// file (a line "field = Column" each, '#' starting a comment).
#pragma once

#include <array>
#include <string_view>

#include "io/import/import_model.hpp"

namespace hipfit::io {

// The fields a column may be mapped to. "date" is required; "date_format" is not a column but the order
// of the date's parts (ymd, the default and ISO's; dmy for 18.07.2026; mdy for 07/18/2026), kept in
// ColumnMapping::columns under that key.
inline constexpr std::array<std::string_view, 13> kMappedFields{
    "date", "time",  "weight", "body_fat", "waist",   "hip",  "thigh",
    "neck", "steps", "sleep",  "food",     "protein", "water"};
inline constexpr std::string_view kDateFormatKey = "date_format";

// Reads a mapping; InvalidInput naming `where` (the flag or the file) for an unknown field, a field given
// twice, an empty column name, an unknown date format or no date.
ColumnMapping parse_column_mapping(std::string_view text, std::string_view where);

}  // namespace hipfit::io
