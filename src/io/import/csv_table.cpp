#include "io/import/csv_table.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::io {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool same_name(std::string_view a, std::string_view b) {
    a = trim_blanks(a);
    b = trim_blanks(b);
    return std::ranges::equal(a, b, [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

[[noreturn]] void refuse(const std::string& file, std::size_t line, std::string_view what) {
    throw core::InvalidInput("FILE", fmt::format("{}:{}: {}", file, line, what));
}

// The delimiter the first line holds most of, outside quotes (a comma on a tie or none).
char detect_delimiter(std::string_view text) {
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> kCandidates{',', ';', '\t'};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        for (std::size_t i = 0; i < kCandidates.size(); ++i)
            counts[i] += !quoted && c == kCandidates[i] ? 1 : 0;
    }
    const auto most = std::ranges::max_element(counts);
    return *most == 0 ? ',' : kCandidates[static_cast<std::size_t>(most - counts.begin())];
}

// Splits text into records, field by field, keeping line numbers.
class RecordReader {
  public:
    RecordReader(std::string_view text, const std::string& file, char delimiter)
        : text_(text), file_(file), delimiter_(delimiter) {}

    // The next record; none at the end. Blank lines are skipped.
    std::optional<CsvRecord> next() {
        while (pos_ < text_.size()) {
            CsvRecord record = read_record();
            const bool blank = record.fields.size() == 1 && trim_blanks(record.fields.front()).empty();
            if (!blank)
                return record;
        }
        return std::nullopt;
    }

  private:
    bool at_line_end() const { return text_[pos_] == '\n' || text_[pos_] == '\r'; }
    void skip_line_end() {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')
            ++pos_;
        ++pos_;
        ++line_;
    }

    CsvRecord read_record() {
        CsvRecord record;
        record.line = line_;
        const std::size_t start = pos_;
        std::string field;
        bool quoted_field = false;
        while (pos_ < text_.size()) {
            if (pos_ - start > kMaxCsvRecordBytes)
                refuse(file_, record.line,
                       fmt::format("a record longer than {} KiB: this is not a CSV export",
                                   kMaxCsvRecordBytes >> 10));
            const char c = text_[pos_];
            if (c == '"' && trim_blanks(field).empty() && !quoted_field) {
                field.clear();
                read_quoted(field, record.line);
                quoted_field = true;
            } else if (c == delimiter_) {
                record.fields.push_back(std::move(field));
                field.clear();
                quoted_field = false;
                ++pos_;
            } else if (at_line_end()) {
                skip_line_end();
                break;
            } else if (quoted_field) {
                if (c != ' ' && c != '\t')
                    refuse(file_, line_, "text after a closing quote in one field");
                ++pos_;
            } else {
                field += c;
                ++pos_;
            }
        }
        record.fields.push_back(std::move(field));
        return record;
    }

    // From an opening quote to its closing one; a doubled quote is one quote.
    void read_quoted(std::string& field, std::size_t opened_on) {
        ++pos_;
        while (true) {
            if (pos_ >= text_.size())
                refuse(file_, opened_on, "a quoted field is never closed");
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    field += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                return;
            }
            if (c == '\n' || (c == '\r' && !(pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')))
                ++line_;
            field += c;
            ++pos_;
            if (field.size() > kMaxCsvRecordBytes)
                refuse(file_, opened_on,
                       fmt::format("a field longer than {} KiB: this is not a CSV export",
                                   kMaxCsvRecordBytes >> 10));
        }
    }

    std::string_view text_;
    const std::string& file_;
    char delimiter_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

// Binary bytes or text in another encoding, refused with the line they are on.
void refuse_non_text(std::string_view text, const std::string& file) {
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        const auto line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + nul, '\n')) + 1;
        refuse(file, line, "holds binary data (a zero byte): this is not a CSV file");
    }
    if (core::valid_utf8(text))
        return;
    std::size_t line_start = 0;
    std::size_t line = 1;
    while (line_start < text.size()) {
        std::size_t end = text.find('\n', line_start);
        if (end == std::string_view::npos)
            end = text.size();
        if (!core::valid_utf8(text.substr(line_start, end - line_start)))
            refuse(file, line, "is not UTF-8 text; save the file as UTF-8 (or export it again) and retry");
        line_start = end + 1;
        ++line;
    }
}

}  // namespace

std::string_view trim_blanks(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
}

std::string_view CsvRecord::at(std::size_t column) const {
    return column < fields.size() ? std::string_view(fields[column]) : std::string_view();
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (same_name(header[i], name))
            return i;
    }
    return std::nullopt;
}

std::size_t CsvTable::require(std::string_view name) const {
    if (const auto found = column(name))
        return *found;
    std::string columns;
    for (const std::string& h : header) columns += (columns.empty() ? "'" : ", '") + core::printable(h) + "'";
    throw core::InvalidInput("FILE", fmt::format("{}:1: there is no column '{}'; its columns are {}", file,
                                                 core::printable(name), columns));
}

std::string CsvTable::where(const CsvRecord& record) const {
    return fmt::format("{}:{}", file, record.line);
}

CsvTable read_csv_table(std::string_view text, const std::string& file, bool has_header,
                        std::optional<char> delimiter) {
    if (text.starts_with(kByteOrderMark))
        text.remove_prefix(kByteOrderMark.size());
    refuse_non_text(text, file);
    CsvTable table;
    table.file = file;
    table.delimiter = delimiter.value_or(detect_delimiter(text));
    RecordReader reader(text, file, table.delimiter);
    if (has_header) {
        const std::optional<CsvRecord> header = reader.next();
        if (!header)
            throw core::InvalidInput("FILE", fmt::format("{}: is empty", file));
        for (const std::string& name : header->fields) table.header.emplace_back(trim_blanks(name));
    }
    while (std::optional<CsvRecord> record = reader.next()) table.rows.push_back(std::move(*record));
    return table;
}

std::vector<std::string> split_csv_line(std::string_view line, char delimiter) {
    static const std::string kLine = "line";
    RecordReader reader(line, kLine, delimiter);
    std::optional<CsvRecord> record = reader.next();
    return record ? std::move(record->fields) : std::vector<std::string>{};
}

std::vector<std::string> csv_header_of(std::string_view head) {
    if (head.starts_with(kByteOrderMark))
        head.remove_prefix(kByteOrderMark.size());
    const std::size_t end = head.find_first_of("\r\n");
    // A header's quotes never span lines; cut at the first line end.
    const std::string_view first = head.substr(0, end);
    if (first.find('\0') != std::string_view::npos || !core::valid_utf8(first))
        return {};
    try {
        std::vector<std::string> fields = split_csv_line(first, detect_delimiter(first));
        for (std::string& field : fields) field = std::string(trim_blanks(field));
        return fields;
    } catch (const core::InvalidInput&) {
        return {};
    }
}

bool has_columns(const std::vector<std::string>& header, std::initializer_list<std::string_view> names) {
    return std::ranges::all_of(names, [&](std::string_view name) {
        return std::ranges::any_of(header, [&](const std::string& h) { return same_name(h, name); });
    });
}

}  // namespace hipfit::io
