// Garmin Connect's weight export (docs/import.md): a header (Time, Weight, Change, BMI, Body Fat, …), then
// for each day a line with the date (" Jul 18, 2026") and under it a line for each weighing ("8:28 AM",
// "80.0 kg" or "176.4 lbs", "18.0 %"); "--" where nothing was measured. Weight and body fat are read; the
// change and BMI are computed from the weight; muscle, bone and water are left out.
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "io/import/csv_table.hpp"
#include "io/import/formats.hpp"
#include "io/import/record_entries.hpp"

namespace hipfit::io {

namespace {

constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// " Jul 18, 2026" → the date; none when the text is not one.
std::optional<core::Date> garmin_date(std::string_view text) {
    text = trim_blanks(text);
    if (text.size() < 10 || text[3] != ' ')
        return std::nullopt;
    const auto month = std::ranges::find_if(
        kMonths, [&](std::string_view m) { return record_detail::same_letters(m, text.substr(0, 3)); });
    const std::size_t comma = text.find(", ");
    int day = 0;
    int year = 0;
    if (month == kMonths.end() || comma == std::string_view::npos ||
        !record_detail::read_digits(text.substr(4, comma - 4), day) || text.size() != comma + 6 ||
        !record_detail::read_digits(text.substr(comma + 2), year) || day < 1 || day > 31)
        return std::nullopt;
    const core::Date date{std::chrono::year(year),
                          std::chrono::month(static_cast<unsigned>(month - kMonths.begin() + 1)),
                          std::chrono::day(static_cast<unsigned>(day))};
    return date.ok() ? std::optional(date) : std::nullopt;
}

// "80.0 kg", "176.4 lbs", "18.0 %", "--": the number and its unit; none for "--" or empty.
struct Reading {
    double value = 0;
    std::string unit;
};

std::optional<Reading> reading(std::string_view text, std::string_view where, std::string_view column) {
    text = trim_blanks(text);
    if (text.empty() || text == "--")
        return std::nullopt;
    const std::size_t space = text.find(' ');
    const std::string_view number = text.substr(0, space);
    const std::string_view unit = space == std::string_view::npos ? "" : trim_blanks(text.substr(space));
    const auto value = import_number(number, where, column);
    if (!value || *value == 0)
        return std::nullopt;
    return Reading{*value, std::string(unit)};
}

double kilograms(const Reading& weight, std::string_view where) {
    if (weight.unit == "kg")
        return weight.value;
    if (weight.unit == "lbs" || weight.unit == "lb")
        return pounds_to_kilograms(weight.value);
    refuse_record(where, fmt::format("Weight: '{}' is not a unit hipfit reads (kg or lbs)",
                                     core::printable(weight.unit)));
}

}  // namespace

bool recognises_garmin(const FileSniff& sniff) {
    return !sniff.zip && !sniff.header.empty() && record_detail::same_letters(sniff.header[0], "Time") &&
           has_columns(sniff.header, {"Weight", "BMI", "Body Fat"});
}

ImportedHistory read_garmin(const ImportInput& input, const ImportOptions&) {
    const CsvTable table = read_csv_table(input.whole(), input.name(), true, ',');
    const std::size_t weight_column = table.require("Weight");
    const std::optional<std::size_t> fat_column = table.column("Body Fat");
    ImportedHistory history;
    history.format = "Garmin Connect (weight)";
    RecordEntries out(history, SourceApp::garmin);
    std::optional<core::Date> day;
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        if (const auto date = garmin_date(row.at(0))) {
            day = date;
            continue;
        }
        const auto time = parse_clock(row.at(0));
        if (!time)
            refuse_record(where, fmt::format("'{}' is neither a date (Jul 18, 2026) nor a time (8:28 AM)",
                                             core::printable(row.at(0))));
        if (!day)
            refuse_record(where, "a weighing before any date line");
        const std::string key = moment_key(*day, *time);
        if (const auto weight = reading(row.at(weight_column), where, "Weight"))
            out.add(core::EntryKind::weight, *day, *time, key, where).value = kilograms(*weight, where);
        if (fat_column) {
            if (const auto fat = reading(row.at(*fat_column), where, "Body Fat"))
                out.add(core::EntryKind::measure, *day, *time, key + "|body fat", where)
                    .measurements.body_fat_percent = fat->value;
        }
        for (const std::string_view other :
             {"Skeletal Muscle Mass", "Muscle Mass", "Bone Mass", "Body Water"}) {
            const auto column = table.column(other);
            if (column && reading(row.at(*column), where, other)) {
                std::string name;
                for (const char c : other)
                    name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                out.leave_out(name + " readings");
            }
        }
    }
    return history;
}

}  // namespace hipfit::io
