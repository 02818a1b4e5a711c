// Strong's CSV export (docs/import.md, "Strong"): one row per set, the rows of a workout sharing its start
// (Date) and its name. Every dialect Strong has written is read: iOS (comma, in the account's units),
// Android (semicolon, a unit column beside weight and distance), 2019 (quoted, the unit in the column's
// name), the oldest (units as column names, each data line one quoted field) and translated headers.
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

enum class WeightUnit { kg, lb };
enum class DistanceUnit { km, mi, m };

// Where Strong's fields are, in whichever dialect, and the units of those that carry none per row.
struct Columns {
    std::size_t date = 0;
    std::size_t workout = 0;
    std::size_t exercise = 0;
    std::size_t set_order = 0;
    std::optional<std::size_t> weight;
    std::optional<std::size_t> weight_unit;
    std::optional<std::size_t> reps;
    std::optional<std::size_t> distance;
    std::optional<std::size_t> distance_unit;
    std::optional<std::size_t> seconds;
    std::optional<std::size_t> workout_notes;
    std::optional<std::size_t> rpe;
    WeightUnit weight_default = WeightUnit::kg;
    DistanceUnit distance_default = DistanceUnit::km;
    bool units_as_names = false;  // the oldest export: a column named "lbs" or "mi."
    bool units_in_names = false;  // 2019: "Weight (kg)"
    bool decimal_comma = false;   // semicolon exports of European locales write 62,5
};

// The column names of each field, English first, then as the German app writes them.
const std::initializer_list<std::string_view> kDateNames{"Date", "Datum"};
const std::initializer_list<std::string_view> kWorkoutNames{"Workout Name", "Workout-Name"};
const std::initializer_list<std::string_view> kExerciseNames{"Exercise Name", "Name der Übung"};
const std::initializer_list<std::string_view> kSetOrderNames{"Set Order", "Reihenfolge festlegen"};

std::size_t required_column(const CsvTable& table, std::initializer_list<std::string_view> names) {
    if (const auto found = column_named(table, names))
        return *found;
    return table.require(*names.begin());
}

void find_weight(const CsvTable& table, const ImportOptions& options, Columns& c) {
    if ((c.weight = column_named(table, {"Weight (kg)", "Weight (kgs)", "Gewicht (kg)"}))) {
        c.units_in_names = true;
    } else if ((c.weight = column_named(table, {"Weight (lbs)", "Weight (lb)", "Gewicht (lbs)"}))) {
        c.units_in_names = true;
        c.weight_default = WeightUnit::lb;
    } else if ((c.weight = column_named(table, {"kg", "kgs"}))) {
        c.units_as_names = true;
    } else if ((c.weight = column_named(table, {"lbs", "lb"}))) {
        c.units_as_names = true;
        c.weight_default = WeightUnit::lb;
    } else {
        c.weight = column_named(table, {"Weight", "Gewicht"});
        c.weight_unit = column_named(table, {"Weight Unit", "Gewichtseinheit"});
        if (options.units == UnitSystem::imperial)
            c.weight_default = WeightUnit::lb;
    }
}

void find_distance(const CsvTable& table, const ImportOptions& options, Columns& c) {
    if ((c.distance = column_named(table, {"Distance (km)", "Distanz (km)"}))) {
        c.units_in_names = true;
    } else if ((c.distance = column_named(table, {"Distance (meters)", "Distance (m)", "Distanz (m)"}))) {
        c.units_in_names = true;
        c.distance_default = DistanceUnit::m;
    } else if ((c.distance = column_named(table, {"Distance (miles)", "Distance (mi)", "Distance (mi.)"}))) {
        c.units_in_names = true;
        c.distance_default = DistanceUnit::mi;
    } else if ((c.distance = column_named(table, {"km"}))) {
        c.units_as_names = true;
    } else if ((c.distance = column_named(table, {"mi.", "mi", "miles"}))) {
        c.units_as_names = true;
        c.distance_default = DistanceUnit::mi;
    } else {
        c.distance = column_named(table, {"Distance", "Distanz", "Entfernung"});
        c.distance_unit = column_named(table, {"Distance Unit", "Distanzeinheit", "Entfernungseinheit"});
        if (options.units == UnitSystem::imperial)
            c.distance_default = DistanceUnit::mi;
    }
}

Columns find_columns(const CsvTable& table, const ImportOptions& options) {
    Columns c;
    c.date = required_column(table, kDateNames);
    c.workout = required_column(table, kWorkoutNames);
    c.exercise = required_column(table, kExerciseNames);
    c.set_order = required_column(table, kSetOrderNames);
    find_weight(table, options, c);
    find_distance(table, options, c);
    c.reps = column_named(table, {"Reps", "Wiederh.", "Wiederholungen"});
    c.seconds = column_named(table, {"Seconds", "Sekunden"});
    c.workout_notes = column_named(table, {"Workout Notes", "Workout-Notizen", "Workoutnotizen"});
    c.rpe = column_named(table, {"RPE"});
    c.decimal_comma = table.delimiter == ';';
    return c;
}

std::string format_name(const CsvTable& table, const Columns& c) {
    std::string_view variant = "iOS";
    if (table.column("Datum"))
        variant = "German headers";
    else if (c.units_as_names)
        variant = "oldest, units as column names";
    else if (c.units_in_names || table.column("Workout #"))
        variant = "2019, quoted";
    else if (c.weight_unit || c.distance_unit)
        variant = "Android";
    const std::string_view delimiter = table.delimiter == ';'    ? "semicolon"
                                       : table.delimiter == '\t' ? "tab"
                                                                 : "comma";
    return fmt::format("Strong ({}, {})", variant, delimiter);
}

// A row as its fields: the oldest export wraps each data line in one quoted field, its own quotes doubled.
CsvRecord unwrapped(const CsvTable& table, const CsvRecord& record) {
    if (record.fields.size() != 1 || table.header.size() < 2 ||
        record.fields.front().find(table.delimiter) == std::string::npos)
        return record;
    try {
        return CsvRecord{record.line, split_csv_line(record.fields.front(), table.delimiter)};
    } catch (const core::InvalidInput&) {
        throw core::InvalidInput(
            "FILE", fmt::format("{}: a wrapped record whose quotes do not close", table.where(record)));
    }
}

// "YYYY-MM-DD HH:MM:SS", or "DD.MM.YYYY HH:MM[:SS]" as a German phone may write it; local time.
WrittenMoment strong_moment(std::string_view text, std::string_view where, std::string_view column) {
    std::optional<WrittenMoment> moment = parse_iso_moment(text);
    if (!moment && text.size() >= 10 && text[2] == '.' && text[5] == '.') {
        const std::string iso = fmt::format("{}-{}-{}{}", text.substr(6, 4), text.substr(3, 2),
                                            text.substr(0, 2), text.substr(10));
        moment = parse_iso_moment(iso);
    }
    if (!moment || moment->utc_offset_minutes)
        throw core::InvalidInput(
            "FILE", fmt::format("{}: {}: '{}' is not a date and time (YYYY-MM-DD HH:MM:SS)", where, column,
                                core::printable(text)));
    return *moment;
}

enum class RowKind { set, warm_up, note, rest_timer, other };

struct SetOrder {
    RowKind kind = RowKind::set;
    std::optional<int> number;
};

bool same_word(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

// A set's number, or W (warm-up), D (drop), F (failure); "Note" and "Rest Timer" rows are not sets.
SetOrder set_order(std::string_view text, std::string_view where, std::string_view column) {
    text = text.substr(0, text.find_last_not_of(" \t") + 1);
    text.remove_prefix(std::min(text.find_first_not_of(" \t"), text.size()));
    if (text.empty())
        return {};
    if (text.find_first_not_of("0123456789.") == std::string_view::npos)
        return {RowKind::set, import_whole_number(text, where, column)};
    if (same_word(text, "W"))
        return {RowKind::warm_up, std::nullopt};
    if (same_word(text, "D") || same_word(text, "F"))
        return {};
    if (same_word(text, "Note") || same_word(text, "Notiz"))
        return {RowKind::note, std::nullopt};
    if (same_word(text, "Rest Timer") || same_word(text, "Pausentimer"))
        return {RowKind::rest_timer, std::nullopt};
    return {RowKind::other, std::nullopt};
}

double kilograms(double weight, WeightUnit unit) {
    return unit == WeightUnit::lb ? weight * core::kKilogramsPerPound : weight;
}

double kilometres(double distance, DistanceUnit unit) {
    switch (unit) {
        case DistanceUnit::mi:
            return distance * kKilometresPerMile;
        case DistanceUnit::m:
            return distance / 1000.0;
        case DistanceUnit::km:
            break;
    }
    return distance;
}

WeightUnit row_weight_unit(const CsvRecord& row, const Columns& c, std::string_view where) {
    const std::string_view text = field_of(row, c.weight_unit);
    if (text.find_first_not_of(' ') == std::string_view::npos)
        return c.weight_default;
    if (same_word(text, "kg") || same_word(text, "kgs"))
        return WeightUnit::kg;
    if (same_word(text, "lbs") || same_word(text, "lb"))
        return WeightUnit::lb;
    throw core::InvalidInput(
        "FILE", fmt::format("{}: Weight Unit: '{}' is not kg or lbs", where, core::printable(text)));
}

DistanceUnit row_distance_unit(const CsvRecord& row, const Columns& c, std::string_view where) {
    const std::string_view text = field_of(row, c.distance_unit);
    if (text.find_first_not_of(' ') == std::string_view::npos)
        return c.distance_default;
    if (same_word(text, "km"))
        return DistanceUnit::km;
    if (same_word(text, "mi.") || same_word(text, "mi") || same_word(text, "miles"))
        return DistanceUnit::mi;
    if (same_word(text, "m"))
        return DistanceUnit::m;
    throw core::InvalidInput(
        "FILE", fmt::format("{}: Distance Unit: '{}' is not km or mi.", where, core::printable(text)));
}

// A set row's values, in hipfit's units.
core::WorkoutSet read_set(const CsvTable& table, const CsvRecord& row, const Columns& c,
                          std::string_view where) {
    const auto number = [&](std::optional<std::size_t> column) {
        return column
                   ? measured(import_number(row.at(*column), where, table.header[*column], c.decimal_comma))
                   : std::nullopt;
    };
    core::WorkoutSet set;
    if (c.reps) {
        if (const std::optional<int> reps =
                import_whole_number(row.at(*c.reps), where, table.header[*c.reps], c.decimal_comma);
            reps && *reps > 0)
            set.reps = reps;
    }
    if (const std::optional<double> weight = number(c.weight))
        set.load = core::Kilograms(without_float_dust(kilograms(*weight, row_weight_unit(row, c, where))));
    if (const std::optional<double> distance = number(c.distance))
        set.distance_km = without_float_dust(kilometres(*distance, row_distance_unit(row, c, where)));
    put_seconds(set, number(c.seconds));
    if (c.rpe)
        set.rpe = whole_rpe(import_number(row.at(*c.rpe), where, table.header[*c.rpe], c.decimal_comma));
    return set;
}

struct PendingSet {
    core::WorkoutSet set;
    std::string exercise;
    std::optional<int> number;
};

struct Workout {
    WrittenMoment moment;
    std::string name;
    std::string notes;
    std::string origin;
    std::string source;
    std::vector<PendingSet> sets;
};

std::string trimmed_text(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

// A workout written newest first has its sets' numbers falling (3, 2, 1): turned back to the app's order.
void in_set_order(std::vector<PendingSet>& sets) {
    int rising = 0;
    int falling = 0;
    for (std::size_t i = 1; i < sets.size(); ++i) {
        const PendingSet& a = sets[i - 1];
        const PendingSet& b = sets[i];
        if (!a.number || !b.number || a.exercise != b.exercise)
            continue;
        rising += *b.number > *a.number ? 1 : 0;
        falling += *b.number < *a.number ? 1 : 0;
    }
    if (falling > rising)
        std::ranges::reverse(sets);
}

bool earlier(const Workout& a, const Workout& b) {
    const auto at = [](const Workout& w) {
        return std::tuple(w.moment.date, w.moment.hour, w.moment.minute, w.moment.second);
    };
    return at(a) != at(b) ? at(a) < at(b) : a.source < b.source;
}

ImportedEntry to_entry(const Workout& w, ImportedHistory& history) {
    ImportedEntry imported;
    core::Entry& e = imported.entry;
    e.kind = core::EntryKind::workout;
    e.date = w.moment.date;
    e.time = core::TimeOfDay{w.moment.hour, w.moment.minute};
    e.note = workout_note(w.name, w.notes);
    e.source = w.source;
    imported.origin = w.origin;
    for (const PendingSet& s : w.sets) {
        if (!holds_something(s.set)) {
            ++history.left_out["sets with nothing logged"];
            continue;
        }
        e.sets.push_back(s.set);
        imported.exercise_names.push_back(s.exercise);
    }
    return imported;
}

}  // namespace

bool recognises_strong(const FileSniff& sniff) {
    const auto any_of = [&](std::initializer_list<std::string_view> names) {
        return std::ranges::any_of(names,
                                   [&](std::string_view name) { return has_columns(sniff.header, {name}); });
    };
    return any_of(kDateNames) && any_of(kWorkoutNames) && any_of(kExerciseNames) && any_of(kSetOrderNames);
}

ImportedHistory read_strong(const ImportInput& input, const ImportOptions& options) {
    const CsvTable table = read_csv_table(input.whole(), input.name());
    const Columns c = find_columns(table, options);
    ImportedHistory history;
    history.app = SourceApp::strong;
    history.format = format_name(table, c);
    std::vector<Workout> workouts;
    std::map<std::string, std::size_t> by_source;
    for (const CsvRecord& record : table.rows) {
        const CsvRecord row = unwrapped(table, record);
        const std::string where = table.where(record);
        const SetOrder order = set_order(row.at(c.set_order), where, table.header[c.set_order]);
        if (order.kind == RowKind::note || order.kind == RowKind::rest_timer ||
            order.kind == RowKind::other) {
            ++history.left_out[order.kind == RowKind::note         ? "note rows"
                               : order.kind == RowKind::rest_timer ? "rest-timer rows"
                                                                   : "rows that are not sets"];
            continue;
        }
        const WrittenMoment moment = strong_moment(row.at(c.date), where, table.header[c.date]);
        const std::string name = trimmed_text(row.at(c.workout));
        const std::string exercise = trimmed_text(row.at(c.exercise));
        if (exercise.empty())
            throw core::InvalidInput("FILE", fmt::format("{}: {} is empty", where, table.header[c.exercise]));
        const std::string source =
            fmt::format("strong:{} {:02}:{:02}:{:02}|{}", core::format_date(moment.date), moment.hour,
                        moment.minute, moment.second, name);
        auto [found, added] = by_source.try_emplace(source, workouts.size());
        if (added)
            workouts.push_back(Workout{moment, name, {}, where, source, {}});
        Workout& workout = workouts[found->second];
        if (workout.notes.empty())
            workout.notes = trimmed_text(field_of(row, c.workout_notes));
        core::WorkoutSet set = read_set(table, row, c, where);
        set.warm_up = order.kind == RowKind::warm_up;
        workout.sets.push_back(PendingSet{std::move(set), exercise, order.number});
    }
    std::ranges::stable_sort(workouts, earlier);
    for (Workout& workout : workouts) {
        in_set_order(workout.sets);
        ImportedEntry entry = to_entry(workout, history);
        if (!entry.entry.sets.empty())
            history.entries.push_back(std::move(entry));
    }
    return history;
}

}  // namespace hipfit::io
