// The export's CSV form: the column table, writing entries as records and reading them back.
#include "io/export_csv.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/journal/journal_values.hpp"
#include "io/export_detail.hpp"
#include "io/export_format.hpp"

namespace hipfit::io {

using namespace hipfit::core;

const std::string_view kCsvHeader =
    "id,kind,date,time,value,unit,protein_g,note,waist_cm,hip_cm,thigh_cm,thigh_left_cm,thigh_right_cm,"
    "neck_cm,body_fat_percent,energy_kcal,warm_up_skipped,exercises";

namespace {

// The CSV columns, in the order of kCsvHeader.
// clang-format off
enum Column : std::size_t {
    kId, kKind, kDate, kTime, kValue, kUnit, kProtein, kNote, kWaist, kHip, kThigh, kThighLeft, kThighRight,
    kNeck, kBodyFat, kEnergy, kWarmUp, kExercises, kColumnCount
};
constexpr std::array<std::string_view, kColumnCount> kColumnNames{
    "id", "kind", "date", "time", "value", "unit", "protein_g", "note", "waist_cm", "hip_cm", "thigh_cm",
    "thigh_left_cm", "thigh_right_cm", "neck_cm", "body_fat_percent", "energy_kcal", "warm_up_skipped",
    "exercises"};
// clang-format on

bool has_value(EntryKind kind) {
    return kind != EntryKind::measure && kind != EntryKind::workout;
}

std::string number(const std::optional<double>& value) {
    return value ? fmt::format("{}", *value) : std::string();
}

std::string length(const std::optional<Centimetres>& value) {
    return number(value ? std::optional<double>(value->value()) : std::nullopt);
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

std::array<std::string, kColumnCount> csv_row(const Entry& e) {
    const bool workout = e.kind == EntryKind::workout;
    const bool simple = has_value(e.kind);
    const Measurements& m = e.measurements;
    return {std::to_string(e.id),
            std::string(name_of(kEntryKindNames, e.kind)),
            format_date(e.date),
            format_time_of_day(e.time),
            simple ? number(e.value) : "",
            std::string(simple ? value_unit(e.kind) : ""),
            number(e.protein_g),
            e.note,
            length(m.waist),
            length(m.hip),
            length(m.thigh),
            length(m.thigh_left),
            length(m.thigh_right),
            length(m.neck),
            number(m.body_fat_percent),
            workout ? number(e.energy_kcal) : "",
            workout ? (e.warm_up_skipped ? "true" : "false") : "",
            workout ? format_workout_spec(e.sets) : ""};
}

struct CsvRecord {
    std::size_t line = 1;  // where the record starts
    std::vector<std::string> fields;
};

// Splits RFC 4180 text into records. Accepts CRLF or LF line ends; skips blank lines.
std::vector<CsvRecord> split_csv(std::string_view text, const std::string& file) {
    std::vector<CsvRecord> records;
    CsvRecord record;
    std::string field;
    std::size_t line = 1;
    bool quoted = false;      // between a field's quotes
    bool was_quoted = false;  // the field began with a quote
    const auto end_field = [&] {
        record.fields.push_back(std::move(field));
        field.clear();
        was_quoted = false;
    };
    const auto end_record = [&] {
        const bool blank = record.fields.empty() && field.empty() && !was_quoted;
        end_field();
        if (!blank)
            records.push_back(std::move(record));
        record = CsvRecord{line + 1, {}};
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && text.substr(i + 1, 1) == "\"") {
                field += c;
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
                line += c == '\n';
            }
        } else if (c == ',') {
            end_field();
        } else if (c == '\n' || (c == '\r' && text.substr(i + 1, 1) == "\n")) {
            end_record();
            ++line;
            i += c == '\r';
        } else if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == '"' || was_quoted) {
            throw located_error(fmt::format("{}:{}", file, line), "",
                                "a quote inside a field (quote the whole field and double its quotes)");
        } else {
            field += c;
        }
    }
    if (quoted)
        throw located_error(fmt::format("{}:{}", file, record.line), "", "a quoted field is not closed");
    if (!field.empty() || was_quoted || !record.fields.empty())
        end_record();
    return records;
}

// One record's fields, read with errors naming the record's line and the column.
class CsvFields {
  public:
    CsvFields(const CsvRecord& record, const std::string& where) : record_(record), where_(where) {
        if (record.fields.size() != kColumnCount) {
            throw located_error(
                where, "",
                fmt::format("expected {} fields, found {}", std::size_t{kColumnCount}, record.fields.size()));
        }
    }

    [[nodiscard]] const std::string& text(Column c) const { return record_.fields[c]; }

    [[nodiscard]] std::optional<double> number(Column c) const {
        const std::string& t = text(c);
        double value = 0;
        const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
        if (t.empty())
            return std::nullopt;
        if (error != std::errc() || end != t.data() + t.size() || !std::isfinite(value))
            fail(c, fmt::format("'{}' is not a number", printable(t)));
        return value;
    }

    [[nodiscard]] std::int64_t id() const {
        const std::string& t = text(kId);
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
        if (!t.empty() && (error != std::errc() || end != t.data() + t.size() || value < 1))
            fail(kId, fmt::format("'{}' is not an entry id (a whole number from 1)", printable(t)));
        return value;
    }

    template <class Parse>
    auto parsed(Column c, Parse parse) const {
        try {
            return parse(text(c), kColumnNames[c]);
        } catch (const InvalidInput& error) {
            throw located_error(error, where_, kColumnNames[c]);
        }
    }

    void require_empty(Column c, EntryKind kind) const {
        if (!text(c).empty())
            fail(c, fmt::format("does not apply to {} entries", name_of(kEntryKindNames, kind)));
    }

    [[noreturn]] void fail(Column c, const std::string& message) const {
        throw located_error(where_, kColumnNames[c], message);
    }

  private:
    const CsvRecord& record_;
    const std::string& where_;
};

std::optional<Centimetres> length(const CsvFields& f, Column c) {
    const auto value = f.number(c);
    return value ? std::optional<Centimetres>(Centimetres(*value)) : std::nullopt;
}

void read_main_value(const CsvFields& f, Entry& e) {
    if (!has_value(e.kind)) {
        f.require_empty(kValue, e.kind);
        f.require_empty(kUnit, e.kind);
        return;
    }
    const auto value = f.number(kValue);
    if (!value)
        f.fail(kValue, "missing");
    e.value = *value;
    if (f.text(kUnit) != value_unit(e.kind))
        f.fail(kUnit, fmt::format("expected '{}' for a {} entry", value_unit(e.kind), f.text(kKind)));
}

void read_workout(const CsvFields& f, Entry& e, const Catalog& catalog) {
    if (e.kind != EntryKind::workout) {
        for (const Column c : {kEnergy, kWarmUp, kExercises}) f.require_empty(c, e.kind);
        return;
    }
    e.energy_kcal = f.number(kEnergy);
    if (f.text(kWarmUp) != "true" && f.text(kWarmUp) != "false")
        f.fail(kWarmUp, fmt::format("'{}' is not true or false", printable(f.text(kWarmUp))));
    e.warm_up_skipped = f.text(kWarmUp) == "true";
    e.sets = f.parsed(kExercises, [&catalog](const std::string& spec, std::string_view field) {
        return parse_workout_spec(spec, UnitSystem::metric, catalog, field);
    });
}

Entry entry_from_csv(const CsvFields& f, const Catalog& catalog) {
    Entry e;
    e.id = f.id();
    e.kind = f.parsed(kKind, [](const std::string& t, std::string_view field) {
        return parse_name(kEntryKindNames, t, field);
    });
    e.date = f.parsed(kDate, parse_date);
    e.time = f.parsed(kTime, parse_time_of_day);
    read_main_value(f, e);
    e.protein_g = f.number(kProtein);
    e.note = f.text(kNote);
    Measurements& m = e.measurements;
    m.waist = length(f, kWaist);
    m.hip = length(f, kHip);
    m.thigh = length(f, kThigh);
    m.thigh_left = length(f, kThighLeft);
    m.thigh_right = length(f, kThighRight);
    m.neck = length(f, kNeck);
    m.body_fat_percent = f.number(kBodyFat);
    read_workout(f, e, catalog);
    return e;
}

}  // namespace

std::string export_csv(const std::vector<Entry>& entries) {
    std::string out = std::string(kCsvHeader) + "\r\n";
    for (const Entry& e : detail::by_id(entries)) {
        const auto row = csv_row(e);
        for (std::size_t c = 0; c < row.size(); ++c) out += (c == 0 ? "" : ",") + csv_field(row[c]);
        out += "\r\n";
    }
    return out;
}

ExportData detail::read_csv(std::string_view text, const std::string& file, const Catalog& catalog) {
    const std::vector<CsvRecord> records = split_csv(text, file);
    ExportData data;
    for (std::size_t i = 1; i < records.size(); ++i) {  // records[0] is the header
        data.origins.push_back(fmt::format("{}:{}", file, records[i].line));
        data.entries.push_back(entry_from_csv(CsvFields(records[i], data.origins.back()), catalog));
    }
    return data;
}

}  // namespace hipfit::io
