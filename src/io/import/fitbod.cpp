// Fitbod's CSV export (docs/import.md, "Fitbod"): one row per set, newest first, each with its moment
// and offset from UTC ("2025-12-17 03:24:30 +0000"). Fitbod names no workouts: the sets of one of the
// person's days are one workout, at the time of its first set. Weights are kilograms of one implement;
// `multiplier` says how many (2.0: a pair of dumbbells). The 2019 export has a row per exercise with
// its number of equal sets.
#include <algorithm>
#include <chrono>
#include <map>
#include <set>
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
    std::size_t reps = 0;
    std::optional<std::size_t> sets;  // 2019
    std::optional<std::size_t> weight;
    std::optional<std::size_t> duration;
    std::optional<std::size_t> distance;
    std::optional<std::size_t> warm_up;
    std::optional<std::size_t> note;
    std::optional<std::size_t> multiplier;
};

Columns find_columns(const CsvTable& table) {
    Columns c;
    c.date = table.require("Date");
    c.exercise = table.require("Exercise");
    c.reps = table.require("Reps");
    c.sets = table.column("Sets");
    c.weight = column_named(table, {"Weight(kg)", "Weight (kg)", "Weight"});
    c.duration = column_named(table, {"Duration(s)", "Duration (s)"});
    c.distance = column_named(table, {"Distance(m)", "Distance (m)"});
    c.warm_up = table.column("isWarmup");
    c.note = table.column("Note");
    c.multiplier = table.column("multiplier");
    return c;
}

bool warm_up(std::string_view text, std::string_view where, std::string_view column) {
    const std::string_view t = trim_blanks(text);
    const auto is = [&](std::string_view word) {
        return std::ranges::equal(t, word, [](char x, char y) {
            return (x >= 'A' && x <= 'Z' ? static_cast<char>(x - 'A' + 'a') : x) == y;
        });
    };
    if (t.empty() || is("false") || is("0"))
        return false;
    if (is("true") || is("1"))
        return true;
    throw core::InvalidInput(
        "FILE", fmt::format("{}: {}: '{}' is not true or false", where, column, core::printable(text)));
}

// One row read: its set (repeated `count` times in the 2019 export), when, and the exercise's name.
struct Row {
    core::WorkoutSet set;
    int count = 1;
    std::string exercise;
    std::string note;
    LocalMoment local;
    std::int64_t at = 0;  // seconds, for ordering the sets of a day
    std::string where;
    std::size_t line = 0;
};

Row read_row(const CsvTable& table, const CsvRecord& record, const Columns& c, const ImportOptions& options) {
    Row row;
    row.where = table.where(record);
    row.line = record.line;
    const std::string_view date_text = record.at(c.date);
    const std::optional<WrittenMoment> moment = parse_iso_moment(date_text);
    if (!moment)
        throw core::InvalidInput(
            "FILE", fmt::format("{}: {}: '{}' is not a date and time (YYYY-MM-DD HH:MM:SS +HHMM)", row.where,
                                table.header[c.date], core::printable(date_text)));
    row.local = on_local_day(*moment, options.utc_offset_at);
    row.at = utc_seconds(moment->date, moment->hour, moment->minute, moment->second,
                         moment->utc_offset_minutes.value_or(0));
    row.exercise = std::string(trim_blanks(record.at(c.exercise)));
    if (row.exercise.empty())
        throw core::InvalidInput("FILE", fmt::format("{}: {} is empty", row.where, table.header[c.exercise]));
    const auto number = [&](std::optional<std::size_t> column) {
        return column ? measured(import_number(record.at(*column), row.where, table.header[*column]))
                      : std::nullopt;
    };
    core::WorkoutSet& set = row.set;
    if (const std::optional<int> reps =
            import_whole_number(record.at(c.reps), row.where, table.header[c.reps]);
        reps && *reps > 0)
        set.reps = reps;
    if (const std::optional<double> weight = number(c.weight))
        set.load = core::Kilograms(without_float_dust(*weight * number(c.multiplier).value_or(1.0)));
    if (const std::optional<double> metres = number(c.distance))
        set.distance_km = without_float_dust(*metres / 1000.0);
    put_seconds(set, number(c.duration));
    set.warm_up = c.warm_up && warm_up(record.at(*c.warm_up), row.where, table.header[*c.warm_up]);
    if (c.sets) {
        const std::optional<int> sets =
            import_whole_number(record.at(*c.sets), row.where, table.header[*c.sets]);
        row.count = sets.value_or(1);
        if (row.count > static_cast<int>(core::kMaxSetsPerExercise))
            throw core::InvalidInput(
                "FILE", fmt::format("{}: {}: {} sets of one exercise; at most {}", row.where,
                                    table.header[*c.sets], row.count, core::kMaxSetsPerExercise));
    }
    row.note = std::string(trim_blanks(field_of(record, c.note)));
    return row;
}

// A day's distinct set notes, in order, as the workout's note.
std::string day_note(const std::vector<const Row*>& rows) {
    std::string note;
    std::set<std::string_view> seen;
    for (const Row* row : rows) {
        if (row->note.empty() || !seen.insert(row->note).second)
            continue;
        note += note.empty() ? "" : "; ";
        note += row->note;
    }
    return note_text(note);
}

ImportedEntry day_workout(const std::vector<const Row*>& rows, ImportedHistory& history) {
    ImportedEntry imported;
    core::Entry& e = imported.entry;
    e.kind = core::EntryKind::workout;
    e.date = rows.front()->local.date;
    e.time = rows.front()->local.time;
    // Keyed by the first set's moment as written (UTC), not the local day: the same file imported under
    // another time zone is still the same workouts.
    const std::int64_t first = std::ranges::min_element(rows, {}, &Row::at)[0]->at;
    const std::int64_t day = first >= 0 ? first / 86400 : (first - 86399) / 86400;
    const std::int64_t second = first - day * 86400;
    e.source = fmt::format("fitbod:{} {:02}:{:02}:{:02}",
                           core::format_date(core::Date{std::chrono::sys_days(std::chrono::days(day))}),
                           second / 3600, second % 3600 / 60, second % 60);
    e.note = day_note(rows);
    imported.origin = (*std::ranges::min_element(rows, {}, &Row::line))->where;
    for (const Row* row : rows) {
        if (row->count <= 0 || !holds_something(row->set)) {
            ++history.left_out["sets with nothing logged"];
            continue;
        }
        for (int i = 0; i < row->count; ++i) {
            e.sets.push_back(row->set);
            imported.exercise_names.push_back(row->exercise);
        }
    }
    return imported;
}

}  // namespace

bool recognises_fitbod(const FileSniff& sniff) {
    return has_columns(sniff.header, {"Date", "Exercise", "Reps", "isWarmup"});
}

ImportedHistory read_fitbod(const ImportInput& input, const ImportOptions& options) {
    const CsvTable table = read_csv_table(input.whole(), input.name());
    const Columns c = find_columns(table);
    ImportedHistory history;
    history.app = SourceApp::fitbod;
    history.format = c.sets ? "Fitbod (2019)" : "Fitbod";
    std::vector<Row> rows;
    rows.reserve(table.rows.size());
    for (const CsvRecord& record : table.rows) rows.push_back(read_row(table, record, c, options));
    // Newest first, as Fitbod writes it: turned round so that sets logged in the same second keep their
    // order.
    if (rows.size() > 1 && rows.front().at > rows.back().at)
        std::ranges::reverse(rows);
    std::ranges::stable_sort(rows, {}, &Row::at);
    std::map<core::Date, std::vector<const Row*>> days;
    for (const Row& row : rows) days[row.local.date].push_back(&row);
    for (const auto& [day, day_rows] : days) {
        ImportedEntry workout = day_workout(day_rows, history);
        if (!workout.entry.sets.empty())
            history.entries.push_back(std::move(workout));
    }
    return history;
}

}  // namespace hipfit::io
