// Any CSV with a column mapping (docs/import.md, "Any CSV"): the person names which column holds the date
// and which hold hipfit's fields; each row gives the entries its mapped fields hold — a weight, one measure
// (body fat, waist, hip, thigh, neck), steps, sleep, food (kcal with its protein) and water. Columns carry
// no units: options.units says which (metric when not given: kg, cm, ml; imperial: lb, in, US fl oz).
#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "io/import/column_mapping.hpp"
#include "io/import/csv_table.hpp"
#include "io/import/formats.hpp"
#include "io/import/record_entries.hpp"

namespace hipfit::io {

namespace {

constexpr double kMillilitresPerUsFluidOunce = 29.5735295625;

constexpr core::NameTable<DateOrder, 3> kDateOrderNames{
    {{DateOrder::ymd, "ymd"}, {DateOrder::dmy, "dmy"}, {DateOrder::mdy, "mdy"}}};

std::optional<DateOrder> order_named(std::string_view name) {
    for (const auto& [order, spelled] : kDateOrderNames) {
        if (spelled == name)
            return order;
    }
    return std::nullopt;
}

[[noreturn]] void refuse_mapping(std::string_view where, std::string_view what) {
    throw core::InvalidInput("map", fmt::format("{}: {}", where, what));
}

std::string field_list() {
    std::string list;
    for (const std::string_view field : kMappedFields)
        list += fmt::format("{}{}", list.empty() ? "" : ", ", field);
    return list + ", " + std::string(kDateFormatKey);
}

void add_pair(ColumnMapping& mapping, std::string_view pair, const std::string& where) {
    const std::size_t equals = pair.find('=');
    if (equals == std::string_view::npos)
        refuse_mapping(where, fmt::format("'{}' is not 'field=Column'", core::printable(pair)));
    const std::string field(trim_blanks(pair.substr(0, equals)));
    const std::string column(trim_blanks(pair.substr(equals + 1)));
    const bool date_format = field == kDateFormatKey;
    if (!date_format && std::ranges::find(kMappedFields, field) == kMappedFields.end())
        refuse_mapping(where, fmt::format("'{}' is not a field hipfit maps; the fields are {}",
                                          core::printable(field), field_list()));
    if (column.empty())
        refuse_mapping(where, fmt::format("{}: the column name is empty", field));
    if (date_format && !order_named(column))
        refuse_mapping(where,
                       fmt::format("date_format: '{}' is none of ymd, dmy and mdy", core::printable(column)));
    if (!mapping.columns.emplace(field, column).second)
        refuse_mapping(where, fmt::format("{} is mapped twice", field));
}

DateOrder date_order(const ColumnMapping& mapping) {
    const auto found = mapping.columns.find(std::string(kDateFormatKey));
    if (found == mapping.columns.end())
        return DateOrder::ymd;
    return order_named(found->second).value_or(DateOrder::ymd);
}

// Where a row's entries are: its date and, when it has one, its time.
struct RowMoment {
    core::Date date{};
    core::TimeOfDay time = kWholeDay;
    bool timed = false;
};

RowMoment row_moment(std::string_view date_text, std::optional<std::string_view> time_text, DateOrder order,
                     const UtcOffsetAt& utc_offset_at, const std::string& where,
                     const std::string& date_column) {
    RowMoment m;
    date_text = trim_blanks(date_text);
    const std::size_t space = date_text.find(' ');
    if (order == DateOrder::ymd) {
        const auto moment = parse_iso_moment(date_text);
        if (!moment)
            refuse_record(where, fmt::format("{}: '{}' is not a date (YYYY-MM-DD); for another order, map "
                                             "date_format=dmy (18.07.2026) or date_format=mdy (07/18/2026)",
                                             date_column, core::printable(date_text)));
        const LocalMoment at = on_local_day(*moment, utc_offset_at);
        m = {at.date, at.time, date_text.size() > 10};
    } else {
        const auto date = parse_ordered_date(date_text.substr(0, space), order);
        const auto clock =
            space == std::string_view::npos ? std::optional(kWholeDay) : parse_clock(date_text.substr(space));
        if (!date || !clock)
            refuse_record(where,
                          fmt::format("{}: '{}' is not a date ({})", date_column, core::printable(date_text),
                                      order == DateOrder::dmy ? "DD.MM.YYYY" : "MM/DD/YYYY"));
        m = {*date, *clock, space != std::string_view::npos};
    }
    if (time_text && !trim_blanks(*time_text).empty()) {
        const auto clock = parse_clock(*time_text);
        if (!clock)
            refuse_record(where, fmt::format("'{}' is not a time (HH:MM)", core::printable(*time_text)));
        m.time = *clock;
        m.timed = true;
    }
    return m;
}

}  // namespace

ColumnMapping parse_column_mapping(std::string_view text, std::string_view where) {
    ColumnMapping mapping;
    const std::string place(where);
    if (text.find_first_of("\r\n") == std::string_view::npos && text.find('#') == std::string_view::npos) {
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t comma = std::min(text.find(',', start), text.size());
            if (!trim_blanks(text.substr(start, comma - start)).empty())
                add_pair(mapping, text.substr(start, comma - start), place);
            start = comma + 1;
        }
    } else {
        std::size_t line = 0;
        std::size_t start = 0;
        while (start < text.size()) {
            ++line;
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos)
                end = text.size();
            std::string_view content = text.substr(start, end - start);
            start = end + 1;
            content = content.substr(0, content.find('#'));
            if (content.ends_with('\r'))
                content.remove_suffix(1);
            if (!trim_blanks(content).empty())
                add_pair(mapping, content, fmt::format("{}:{}", where, line));
        }
    }
    if (!mapping.columns.contains("date"))
        refuse_mapping(where, "no column is mapped to date; name it, e.g. date=Date");
    return mapping;
}

bool recognises_mapped_csv(const FileSniff&) {
    return false;  // any CSV: only chosen, with its mapping
}

ImportedHistory read_mapped_csv(const ImportInput& input, const ImportOptions& options) {
    const auto& columns = options.mapping.columns;
    if (!columns.contains("date"))
        refuse_record(input.name(),
                      "a CSV of another kind needs a column mapping naming at least its date column "
                      "(date=COLUMN,weight=COLUMN,…; docs/import.md, \"Any CSV\")");
    const CsvTable table = read_csv_table(input.whole(), input.name());
    const bool decimal_comma = table.delimiter != ',';
    const UnitSystem units = options.units.value_or(UnitSystem::metric);
    const bool imperial = units == UnitSystem::imperial;
    const DateOrder order = date_order(options.mapping);
    // The mapped fields' columns; every one must be in the file.
    std::map<std::string, std::size_t> at;
    for (const auto& [field, column] : columns) {
        if (field != kDateFormatKey)
            at[field] = table.require(column);
    }
    ImportedHistory history;
    history.format = fmt::format("CSV with a column mapping ({})", core::name_of(kUnitSystemNames, units));
    RecordEntries out(history, SourceApp::csv);
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const auto cell = [&](const std::string& field) -> std::optional<std::string_view> {
            const auto found = at.find(field);
            return found == at.end() ? std::nullopt : std::optional(row.at(found->second));
        };
        const auto number = [&](const std::string& field) -> std::optional<double> {
            const auto text = cell(field);
            return text ? import_number(*text, where, columns.at(field), decimal_comma) : std::nullopt;
        };
        const RowMoment m =
            row_moment(*cell("date"), cell("time"), order, options.utc_offset_at, where, columns.at("date"));
        const std::string key = m.timed ? moment_key(m.date, m.time) : date_key(m.date);
        const auto add = [&](core::EntryKind kind, std::string_view group) -> core::Entry& {
            return out.add(kind, m.date, m.time, fmt::format("{}|{}", key, group), where);
        };
        if (const auto weight = number("weight"))
            add(core::EntryKind::weight, "weight").value = imperial ? pounds_to_kilograms(*weight) : *weight;
        core::Measurements measurements;
        measurements.body_fat_percent = number("body_fat");
        const auto length = [&](const std::string& field) -> std::optional<core::Centimetres> {
            const auto value = number(field);
            if (!value)
                return std::nullopt;
            return core::Centimetres(imperial ? inches_to_centimetres(*value) : *value);
        };
        measurements.waist = length("waist");
        measurements.hip = length("hip");
        measurements.thigh = length("thigh");
        measurements.neck = length("neck");
        if (!measurements.empty())
            add(core::EntryKind::measure, "measure").measurements = measurements;
        if (const auto text = cell("steps")) {
            if (const auto steps = import_whole_number(*text, where, columns.at("steps"), decimal_comma))
                add(core::EntryKind::steps, "steps").value = *steps;
        }
        if (const auto hours = number("sleep"))
            add(core::EntryKind::sleep, "sleep").value = *hours;
        const auto protein = number("protein");
        if (const auto kcal = number("food")) {
            core::Entry& food = add(core::EntryKind::food, "food");
            food.value = *kcal;
            food.protein_g = protein;
        } else if (protein) {
            out.leave_out("protein values without calories");
        }
        if (const auto water = number("water"))
            add(core::EntryKind::water, "water").value =
                imperial ? without_float_dust(*water * kMillilitresPerUsFluidOunce) : *water;
    }
    return history;
}

}  // namespace hipfit::io
