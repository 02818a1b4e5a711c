// Google Fit's Takeout, "Daily Summaries.csv" (docs/import.md): a row per day whose columns depend on the
// data kept (Date, Calories (kcal), Distance (m), …, Step count, Average weight (kg), …). The day's steps
// become a steps entry, its average weight a weight entry. "Calories (kcal)" is energy spent, not eaten:
// left out, as are distances, heart points, move minutes and activity durations.
#include <algorithm>
#include <string>

#include "io/import/csv_table.hpp"
#include "io/import/formats.hpp"
#include "io/import/record_entries.hpp"

namespace hipfit::io {

namespace {

constexpr std::string_view kSteps = "Step count";
constexpr std::string_view kWeight = "Average weight (kg)";
constexpr std::string_view kSpent = "Calories (kcal)";

bool filled(std::string_view text) {
    return !trim_blanks(text).empty();
}

}  // namespace

bool recognises_google_fit(const FileSniff& sniff) {
    return !sniff.zip && !sniff.header.empty() && sniff.header[0] == "Date" &&
           (has_columns(sniff.header, {kSteps}) || has_columns(sniff.header, {kWeight}) ||
            has_columns(sniff.header, {"Move Minutes count"}));
}

ImportedHistory read_google_fit(const ImportInput& input, const ImportOptions&) {
    const CsvTable table = read_csv_table(input.whole(), input.name(), true, ',');
    const std::size_t date_column = table.require("Date");
    const auto steps_column = table.column(kSteps);
    const auto weight_column = table.column(kWeight);
    const auto spent_column = table.column(kSpent);
    if (!steps_column && !weight_column)
        refuse_record(input.name() + ":1",
                      fmt::format("there is no column '{}' or '{}': nothing hipfit keeps is in this file",
                                  kSteps, kWeight));
    ImportedHistory history;
    history.format = "Google Fit (Takeout daily summaries)";
    RecordEntries out(history, SourceApp::google_fit);
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const auto date = parse_ordered_date(row.at(date_column), DateOrder::ymd);
        if (!date)
            refuse_record(where, fmt::format("Date: '{}' is not a date (YYYY-MM-DD)",
                                             core::printable(row.at(date_column))));
        const std::string key = date_key(*date);
        if (steps_column) {
            if (const auto steps = import_whole_number(row.at(*steps_column), where, kSteps);
                steps && *steps > 0)
                out.add(core::EntryKind::steps, *date, kWholeDay, key + "|steps", where).value = *steps;
        }
        if (weight_column) {
            if (const auto kg = measured(row.at(*weight_column), where, kWeight))
                out.add(core::EntryKind::weight, *date, kWholeDay, key + "|weight", where).value = *kg;
        }
        if (spent_column && filled(row.at(*spent_column)))
            out.leave_out("days of calories spent (energy out, not food eaten)");
    }
    return history;
}

}  // namespace hipfit::io
