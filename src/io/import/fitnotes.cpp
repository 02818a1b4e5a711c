// FitNotes' CSV export (docs/import.md, "FitNotes"): one row per set, dated by day without a time; the sets
// of a day are one workout, in the order logged. The weight's unit is in its column's name ("Weight
// (kgs)", "Weight (lbs)") or, since 2025, in a column beside it; a cardio set has a distance and its unit
// and a time ("0:09:21").
#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "io/import/csv_table.hpp"
#include "io/import/formats.hpp"
#include "io/import/import_values.hpp"
#include "io/import/workout_values.hpp"

namespace hipfit::io {

namespace {

struct Columns {
    std::size_t date = 0;
    std::size_t exercise = 0;
    std::optional<std::size_t> category;
    std::optional<std::size_t> weight;
    std::optional<std::size_t> weight_unit;
    std::optional<std::size_t> reps;
    std::optional<std::size_t> distance;
    std::optional<std::size_t> distance_unit;
    std::optional<std::size_t> time;
    bool pounds = false;  // the weight column's unit, when its name says
};

Columns find_columns(const CsvTable& table) {
    Columns c;
    c.date = table.require("Date");
    c.exercise = table.require("Exercise");
    c.category = table.column("Category");
    if ((c.weight = table.column("Weight (lbs)"))) {
        c.pounds = true;
    } else if (!(c.weight = column_named(table, {"Weight (kgs)", "Weight (kg)"}))) {
        c.weight = table.column("Weight");
        c.weight_unit = table.column("Weight Unit");
    }
    c.reps = table.column("Reps");
    c.distance = table.column("Distance");
    c.distance_unit = table.column("Distance Unit");
    c.time = table.column("Time");
    return c;
}

bool is(std::string_view text, std::string_view word) {
    return std::ranges::equal(trim_blanks(text), word, [](char x, char y) {
        return (x >= 'A' && x <= 'Z' ? static_cast<char>(x - 'A' + 'a') : x) == y;
    });
}

[[noreturn]] void refuse(std::string_view where, std::string_view column, std::string_view text,
                         std::string_view expected) {
    throw core::InvalidInput(
        "FILE", fmt::format("{}: {}: '{}' is not {}", where, column, core::printable(text), expected));
}

double kilograms(double weight, const CsvRecord& row, const Columns& c, std::string_view where,
                 const CsvTable& table) {
    bool pounds = c.pounds;
    if (c.weight_unit) {
        const std::string_view unit = row.at(*c.weight_unit);
        if (is(unit, "lbs") || is(unit, "lb"))
            pounds = true;
        else if (!is(unit, "kgs") && !is(unit, "kg") && !trim_blanks(unit).empty())
            refuse(where, table.header[*c.weight_unit], unit, "kgs or lbs");
    }
    return pounds ? weight * core::kKilogramsPerPound : weight;
}

double kilometres(double distance, const CsvRecord& row, const Columns& c, std::string_view where,
                  const CsvTable& table) {
    const std::string_view unit = field_of(row, c.distance_unit);
    if (trim_blanks(unit).empty() || is(unit, "km"))
        return distance;
    if (is(unit, "m"))
        return distance / 1000.0;
    if (is(unit, "mi") || is(unit, "mi.") || is(unit, "miles"))
        return distance * kKilometresPerMile;
    if (is(unit, "ft"))
        return distance * 0.0003048;  // the international foot, 0.3048 m
    if (is(unit, "yd") || is(unit, "yds"))
        return distance * 0.0009144;
    refuse(where, table.header[*c.distance_unit], unit, "m, km, mi, ft or yd");
}

// "0:09:21" (hours, minutes, seconds) or "09:21"; none when empty.
std::optional<double> seconds_of(std::string_view text, std::string_view where, std::string_view column) {
    const std::string_view t = trim_blanks(text);
    if (t.empty())
        return std::nullopt;
    double total = 0;
    int parts = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t colon = t.find(':', start);
        const std::string_view part =
            t.substr(start, colon == std::string_view::npos ? colon : colon - start);
        if (part.empty() || part.find_first_not_of("0123456789.") != std::string_view::npos || ++parts > 3)
            refuse(where, column, text, "a time (H:MM:SS)");
        total = total * 60 + import_number(part, where, column).value_or(0);
        if (colon == std::string_view::npos)
            break;
        start = colon + 1;
    }
    if (parts < 2)
        refuse(where, column, text, "a time (H:MM:SS)");
    return total;
}

core::WorkoutSet read_set(const CsvTable& table, const CsvRecord& row, const Columns& c,
                          std::string_view where) {
    const auto number = [&](std::optional<std::size_t> column) {
        return column ? measured(import_number(row.at(*column), where, table.header[*column])) : std::nullopt;
    };
    core::WorkoutSet set;
    if (c.reps) {
        if (const std::optional<int> reps =
                import_whole_number(row.at(*c.reps), where, table.header[*c.reps]);
            reps && *reps > 0)
            set.reps = reps;
    }
    if (const std::optional<double> weight = number(c.weight))
        set.load = core::Kilograms(without_float_dust(kilograms(*weight, row, c, where, table)));
    if (const std::optional<double> distance = number(c.distance))
        set.distance_km = without_float_dust(kilometres(*distance, row, c, where, table));
    if (c.time)
        put_seconds(set, measured(seconds_of(row.at(*c.time), where, table.header[*c.time])),
                    is(field_of(row, c.category), "cardio"));
    return set;
}

std::string format_name(const Columns& c) {
    if (c.weight_unit)
        return "FitNotes (weight unit column)";
    return c.pounds ? "FitNotes (lbs)" : "FitNotes (kgs)";
}

}  // namespace

bool recognises_fitnotes(const FileSniff& sniff) {
    return has_columns(sniff.header, {"Date", "Exercise", "Category", "Reps"}) &&
           (has_columns(sniff.header, {"Weight (kgs)"}) || has_columns(sniff.header, {"Weight (lbs)"}) ||
            has_columns(sniff.header, {"Weight", "Weight Unit"}));
}

ImportedHistory read_fitnotes(const ImportInput& input, const ImportOptions&) {
    const CsvTable table = read_csv_table(input.whole(), input.name());
    const Columns c = find_columns(table);
    ImportedHistory history;
    history.app = SourceApp::fitnotes;
    history.format = format_name(c);
    std::map<core::Date, ImportedEntry> days;
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const std::optional<WrittenMoment> moment = parse_iso_moment(row.at(c.date));
        if (!moment)
            refuse(where, table.header[c.date], row.at(c.date), "a date (YYYY-MM-DD)");
        const std::string exercise(trim_blanks(row.at(c.exercise)));
        if (exercise.empty())
            throw core::InvalidInput("FILE", fmt::format("{}: {} is empty", where, table.header[c.exercise]));
        const core::WorkoutSet set = read_set(table, row, c, where);
        auto [day, added] = days.try_emplace(moment->date);
        ImportedEntry& workout = day->second;
        if (added) {
            workout.entry.kind = core::EntryKind::workout;
            workout.entry.date = moment->date;
            workout.entry.source = fmt::format("fitnotes:{}", core::format_date(moment->date));
            workout.origin = where;
        }
        if (!holds_something(set)) {
            ++history.left_out["sets with nothing logged"];
            continue;
        }
        workout.entry.sets.push_back(set);
        workout.exercise_names.push_back(exercise);
    }
    for (auto& [day, workout] : days) {
        if (!workout.entry.sets.empty())
            history.entries.push_back(std::move(workout));
    }
    return history;
}

}  // namespace hipfit::io
