// CSV as the apps people leave behind write it (docs/import.md): a comma, semicolon or tab between
// fields, found from the header; quoted fields with doubled quotes and line ends inside; a UTF-8 byte
// order mark; CRLF, LF or CR line ends, mixed. Anything else — binary bytes, text that is not UTF-8, a
// quote never closed, a record past kMaxCsvRecordBytes — is refused naming the file and line.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hipfit::io {

// The longest record read: a real export's longest line is a note of a few hundred bytes; far longer
// is a file that is not CSV, and is refused before it is held.
inline constexpr std::size_t kMaxCsvRecordBytes = 1u << 20;

struct CsvRecord {
    std::size_t line = 0;  // the line it starts on, from 1
    std::vector<std::string> fields;

    // The field at `column`, or "" when the record is shorter.
    [[nodiscard]] std::string_view at(std::size_t column) const;
};

struct CsvTable {
    std::string file;  // as messages name it
    char delimiter = ',';
    std::vector<std::string> header;  // trimmed; empty when read without one
    std::vector<CsvRecord> rows;

    // The column whose header is `name` (case and surrounding spaces aside), if any.
    [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const;
    // The same, or InvalidInput naming the file and the missing column.
    [[nodiscard]] std::size_t require(std::string_view name) const;
    // "FILE:LINE", for messages about a record.
    [[nodiscard]] std::string where(const CsvRecord& record) const;
};

// Reads `text` (a file's whole bytes) as CSV. The first record is the header unless `has_header` is
// false. The delimiter is the one of ',', ';' and '\t' the header line holds most of (outside quotes),
// unless given.
CsvTable read_csv_table(std::string_view text, const std::string& file, bool has_header = true,
                        std::optional<char> delimiter = std::nullopt);

// The fields of `line` (one record's text, no line end), split on `delimiter` as above: for the oldest
// Strong exports, whose every data line is one quoted field holding the record.
std::vector<std::string> split_csv_line(std::string_view line, char delimiter);

// The header fields of a file's first record, from its first bytes, for detecting the format: the BOM
// dropped, every field trimmed; empty when the bytes do not start as text.
std::vector<std::string> csv_header_of(std::string_view head);

// `text` without the spaces and tabs around it: how every reader takes a field.
std::string_view trim_blanks(std::string_view text);

// Whether `header` holds every one of `names` (case aside).
bool has_columns(const std::vector<std::string>& header, std::initializer_list<std::string_view> names);

}  // namespace hipfit::io
