// The export's CSV form (docs/export-format.md): the entries alone, one RFC 4180 record each.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/journal/journal.hpp"

namespace hipfit::io {

// The CSV header line, without its line end.
extern const std::string_view kCsvHeader;

// RFC 4180 (CRLF line ends): the header, then one record per entry in id order. No profile.
std::string export_csv(const std::vector<core::Entry>& entries);

}  // namespace hipfit::io
