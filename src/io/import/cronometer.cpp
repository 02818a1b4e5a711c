// Cronometer's exports (docs/import.md), each file known by its header:
// - servings.csv: a food entry per serving with its kcal and protein, the note its food and amount;
// - dailysummary.csv: a food entry per day with the day's kcal and protein ("Cronometer daily total");
// - biometrics.csv: weight, body fat, waist, hips, neck and sleep; other metrics left out by name;
// - exercises.csv: a workout per exercise with one cardio set (its minutes) and the calories burned.
// Nutrient columns vary by account; only "Energy (kcal)" and "Protein (g)" are read, by exact name.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "io/import/csv_table.hpp"
#include "io/import/formats.hpp"
#include "io/import/record_entries.hpp"

namespace hipfit::io {

namespace {

enum class CronometerFile { servings, daily_summary, biometrics, exercises };

std::optional<CronometerFile> file_of(const std::vector<std::string>& header) {
    if (header.empty())
        return std::nullopt;
    if (header[0] == "Day" && has_columns(header, {"Group", "Food Name", "Amount", "Energy (kcal)"}))
        return CronometerFile::servings;
    if (header[0] == "Date" && has_columns(header, {"Energy (kcal)", "Completed"}))
        return CronometerFile::daily_summary;
    if (header[0] == "Day" && has_columns(header, {"Metric", "Unit", "Amount"}))
        return CronometerFile::biometrics;
    if (header[0] == "Day" && has_columns(header, {"Exercise", "Minutes", "Calories Burned"}))
        return CronometerFile::exercises;
    return std::nullopt;
}

std::string lower(std::string_view text) {
    std::string out;
    for (const char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A record's day and time: Day (YYYY-MM-DD) and, when the file has one and it is filled, Time ("9:00 AM",
// "05:17"); a record without a time is the day's.
struct RecordMoment {
    core::Date date{};
    core::TimeOfDay time = kWholeDay;
    std::string key;  // "2026-07-18 09:00", or "2026-07-18" without a time
};

RecordMoment moment_of(const CsvTable& table, const CsvRecord& row, std::string_view day_column) {
    const std::string where = table.where(row);
    const std::string_view day = row.at(table.require(day_column));
    const auto date = parse_ordered_date(day, DateOrder::ymd);
    if (!date)
        refuse_record(where,
                      fmt::format("{}: '{}' is not a date (YYYY-MM-DD)", day_column, core::printable(day)));
    RecordMoment m{*date, kWholeDay, date_key(*date)};
    const auto time_column = table.column("Time");
    if (!time_column || trim_blanks(row.at(*time_column)).empty())
        return m;
    const auto time = parse_clock(row.at(*time_column));
    if (!time)
        refuse_record(where, fmt::format("Time: '{}' is not a time (9:00 AM or 09:00)",
                                         core::printable(row.at(*time_column))));
    m.time = *time;
    m.key = moment_key(m.date, m.time);
    return m;
}

// The kcal and protein of a serving or a day; none without energy.
struct Intake {
    double kcal = 0;
    std::optional<double> protein_g;
};

std::optional<Intake> intake_of(const CsvTable& table, const CsvRecord& row) {
    const std::string where = table.where(row);
    const auto kcal = import_number(row.at(table.require("Energy (kcal)")), where, "Energy (kcal)");
    if (!kcal)
        return std::nullopt;
    Intake intake{*kcal, std::nullopt};
    if (const auto protein = table.column("Protein (g)"))
        intake.protein_g = import_number(row.at(*protein), where, "Protein (g)");
    return intake;
}

void read_servings(const CsvTable& table, RecordEntries& out) {
    const std::size_t group = table.require("Group");
    const std::size_t food = table.require("Food Name");
    const std::size_t amount = table.require("Amount");
    for (const CsvRecord& row : table.rows) {
        const RecordMoment at = moment_of(table, row, "Day");
        const auto intake = intake_of(table, row);
        if (!intake) {
            out.leave_out("servings without energy (kcal)");
            continue;
        }
        const std::string note =
            fmt::format("{} ({})", trim_blanks(row.at(food)), trim_blanks(row.at(amount)));
        core::Entry& e =
            out.add(core::EntryKind::food, at.date, at.time,
                    fmt::format("{}|{}|{}", at.key, trim_blanks(row.at(group)), note), table.where(row));
        e.value = intake->kcal;
        e.protein_g = intake->protein_g;
        e.note = note;
    }
}

// Returns how many days are not marked completed.
std::size_t read_daily_summary(const CsvTable& table, RecordEntries& out) {
    const std::size_t completed = table.require("Completed");
    std::size_t open_days = 0;
    for (const CsvRecord& row : table.rows) {
        const RecordMoment at = moment_of(table, row, "Date");
        const auto intake = intake_of(table, row);
        if (!intake) {
            out.leave_out("days without energy (kcal)");
            continue;
        }
        if (lower(trim_blanks(row.at(completed))) != "true")
            ++open_days;
        core::Entry& e =
            out.add(core::EntryKind::food, at.date, kWholeDay, at.key + "|daily total", table.where(row));
        e.value = intake->kcal;
        e.protein_g = intake->protein_g;
        e.note = "Cronometer daily total";
    }
    return open_days;
}

// A biometric's amount as hipfit keeps it, or none when its unit is not one hipfit reads.
std::optional<double> in_unit(double amount, std::string_view unit, std::string_view metric_unit,
                              std::string_view other_unit, double other_factor) {
    if (unit == metric_unit)
        return amount;
    if (unit == other_unit)
        return without_float_dust(amount * other_factor);
    return std::nullopt;
}

void read_biometrics(const CsvTable& table, RecordEntries& out) {
    const std::size_t metric_column = table.require("Metric");
    const std::size_t unit_column = table.require("Unit");
    const std::size_t amount_column = table.require("Amount");
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const RecordMoment at = moment_of(table, row, "Day");
        const std::string metric(trim_blanks(row.at(metric_column)));
        std::string unit = lower(trim_blanks(row.at(unit_column)));
        if (unit == "lb")
            unit = "lbs";
        else if (unit == "inches")
            unit = "in";
        const auto amount = import_number(row.at(amount_column), where, "Amount");
        if (!amount)
            continue;
        const std::string key = fmt::format("{}|{}", at.key, metric);
        const auto unit_unread = [&] {
            out.leave_out(fmt::format("{} readings in '{}'", lower(metric), unit));
        };
        const auto measure = [&](auto set) {
            core::Entry& e = out.add(core::EntryKind::measure, at.date, at.time, key, where);
            set(e.measurements);
        };
        const std::string name = lower(metric);
        if (name == "weight") {
            if (const auto kg = in_unit(*amount, unit, "kg", "lbs", core::kKilogramsPerPound))
                out.add(core::EntryKind::weight, at.date, at.time, key, where).value = *kg;
            else
                unit_unread();
        } else if (name == "body fat" && unit == "%") {
            measure([&](core::Measurements& m) { m.body_fat_percent = *amount; });
        } else if (name == "waist" || name == "hips" || name == "hip" || name == "neck") {
            const auto cm = in_unit(*amount, unit, "cm", "in", core::kCentimetresPerInch);
            if (!cm) {
                unit_unread();
                continue;
            }
            measure([&](core::Measurements& m) {
                (name == "waist" ? m.waist : name == "neck" ? m.neck : m.hip) = core::Centimetres(*cm);
            });
        } else if (name.starts_with("sleep") && (unit == "hours" || unit == "h" || unit == "hrs")) {
            out.add(core::EntryKind::sleep, at.date, at.time, key, where).value = *amount;
        } else if (name.starts_with("sleep") || name == "body fat") {
            unit_unread();
        } else {
            out.leave_out(name + " readings");
        }
    }
}

// "Walking (Apple Health)" → "Walking": the app that sent the exercise, removed.
std::string without_source(std::string_view name) {
    name = trim_blanks(name);
    if (name.ends_with(')')) {
        if (const std::size_t open = name.rfind(" ("); open != std::string_view::npos && open > 0)
            name = trim_blanks(name.substr(0, open));
    }
    return std::string(name);
}

void read_exercises(const CsvTable& table, RecordEntries& out) {
    const std::size_t group = table.require("Group");
    const std::size_t exercise = table.require("Exercise");
    const std::size_t minutes_column = table.require("Minutes");
    const std::size_t calories_column = table.require("Calories Burned");
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const RecordMoment at = moment_of(table, row, "Day");
        const std::string name = without_source(row.at(exercise));
        const auto minutes = import_number(row.at(minutes_column), where, "Minutes");
        const auto calories = import_number(row.at(calories_column), where, "Calories Burned");
        if (!minutes || *minutes <= 0 || name.empty()) {
            out.leave_out("exercises without minutes");
            continue;
        }
        core::Entry& e = out.add(
            core::EntryKind::workout, at.date, at.time,
            fmt::format("{}|{}|{}", at.key, trim_blanks(row.at(group)), trim_blanks(row.at(exercise))),
            where);
        core::WorkoutSet set;
        set.minutes = *minutes;
        e.sets.push_back(set);
        if (calories)
            e.energy_kcal = std::abs(*calories);
        out.last().exercise_names.push_back(name);
    }
}

}  // namespace

bool recognises_cronometer(const FileSniff& sniff) {
    return !sniff.zip && file_of(sniff.header).has_value();
}

ImportedHistory read_cronometer(const ImportInput& input, const ImportOptions&) {
    const CsvTable table = read_csv_table(input.whole(), input.name(), true, ',');
    const auto file = file_of(table.header);
    if (!file)
        refuse_record(input.name() + ":1",
                      "this is not a Cronometer export: its header is none of servings.csv's, "
                      "dailysummary.csv's, biometrics.csv's or exercises.csv's");
    ImportedHistory history;
    RecordEntries out(history, SourceApp::cronometer);
    switch (*file) {
        case CronometerFile::servings:
            history.format = "Cronometer (servings)";
            read_servings(table, out);
            break;
        case CronometerFile::daily_summary: {
            const std::size_t open_days = read_daily_summary(table, out);
            history.format = open_days == 0
                                 ? "Cronometer (daily summary)"
                                 : fmt::format("Cronometer (daily summary; {} {} not marked completed)",
                                               open_days, open_days == 1 ? "day" : "days");
            break;
        }
        case CronometerFile::biometrics:
            history.format = "Cronometer (biometrics)";
            read_biometrics(table, out);
            break;
        case CronometerFile::exercises:
            history.format = "Cronometer (exercises)";
            read_exercises(table, out);
            break;
    }
    return history;
}

}  // namespace hipfit::io
