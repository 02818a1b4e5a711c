// Hevy's CSV export (docs/import.md, "Hevy"): one row per set, the rows of a workout sharing its title and
// start time ("15 Sep 2025, 07:48", local). Metric accounts write weight_kg and distance_km, imperial
// ones weight_lbs and distance_miles.
#include <algorithm>
#include <array>
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
    std::size_t title = 0;
    std::size_t start_time = 0;
    std::size_t exercise = 0;
    std::size_t set_type = 0;
    std::optional<std::size_t> description;
    std::optional<std::size_t> weight;
    std::optional<std::size_t> reps;
    std::optional<std::size_t> distance;
    std::optional<std::size_t> duration;
    std::optional<std::size_t> rpe;
    bool imperial = false;
};

Columns find_columns(const CsvTable& table) {
    Columns c;
    c.title = table.require("title");
    c.start_time = table.require("start_time");
    c.exercise = table.require("exercise_title");
    c.set_type = table.require("set_type");
    c.description = table.column("description");
    c.imperial = table.column("weight_lbs") || table.column("distance_miles");
    c.weight = c.imperial ? table.column("weight_lbs") : table.column("weight_kg");
    c.distance = c.imperial ? table.column("distance_miles") : table.column("distance_km");
    c.reps = table.column("reps");
    c.duration = table.column("duration_seconds");
    c.rpe = table.column("rpe");
    return c;
}

bool read_digits(std::string_view& text, std::size_t most, int& out) {
    std::size_t n = 0;
    out = 0;
    while (n < text.size() && n < most && text[n] >= '0' && text[n] <= '9')
        out = out * 10 + (text[n++] - '0');
    text.remove_prefix(n);
    return n > 0;
}

// "Sep" (or "Sept", "September"), in any case: the month's number; 0 when it is not an English month.
unsigned month_of(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    std::string lower(word.substr(0, 3));
    for (char& ch : lower) ch = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    const auto found = std::ranges::find(kMonths, lower);
    return found == kMonths.end() ? 0 : static_cast<unsigned>(found - kMonths.begin() + 1);
}

// "15 Sep 2025, 07:48" as Hevy writes it.
std::optional<WrittenMoment> hevy_moment(std::string_view text) {
    text = trim_blanks(text);
    WrittenMoment m;
    int day = 0;
    int year = 0;
    if (!read_digits(text, 2, day) || !text.starts_with(' '))
        return std::nullopt;
    text.remove_prefix(1);
    const std::size_t space = text.find(' ');
    if (space == std::string_view::npos)
        return std::nullopt;
    const unsigned month = month_of(text.substr(0, space));
    text.remove_prefix(space + 1);
    if (month == 0 || !read_digits(text, 4, year))
        return std::nullopt;
    if (text.starts_with(','))
        text.remove_prefix(1);
    text = trim_blanks(text);
    if (!read_digits(text, 2, m.hour) || !text.starts_with(':'))
        return std::nullopt;
    text.remove_prefix(1);
    if (!read_digits(text, 2, m.minute))
        return std::nullopt;
    if (text.starts_with(':')) {
        text.remove_prefix(1);
        if (!read_digits(text, 2, m.second))
            return std::nullopt;
    }
    m.date = core::Date{std::chrono::year(year), std::chrono::month(month),
                        std::chrono::day(static_cast<unsigned>(day))};
    if (!text.empty() || !m.date.ok() || m.hour > 23 || m.minute > 59 || m.second > 59)
        return std::nullopt;
    return m;
}

WrittenMoment start_of(std::string_view text, std::string_view where, std::string_view column) {
    std::optional<WrittenMoment> moment = hevy_moment(text);
    if (!moment)
        moment = parse_iso_moment(text);
    if (!moment)
        throw core::InvalidInput(
            "FILE", fmt::format("{}: {}: '{}' is not a date and time (15 Sep 2025, 07:48)", where, column,
                                core::printable(text)));
    return *moment;
}

// Hevy writes a line break in a note as a backslash and an n.
std::string with_line_breaks(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
            out += '\n';
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool is_warm_up(std::string_view set_type) {
    set_type = trim_blanks(set_type);
    return std::ranges::equal(set_type, std::string_view("warmup"), [](char x, char y) {
        return (x >= 'A' && x <= 'Z' ? static_cast<char>(x - 'A' + 'a') : x) == y;
    });
}

core::WorkoutSet read_set(const CsvTable& table, const CsvRecord& row, const Columns& c,
                          std::string_view where) {
    const auto number = [&](std::optional<std::size_t> column) {
        return column ? measured(import_number(row.at(*column), where, table.header[*column])) : std::nullopt;
    };
    core::WorkoutSet set;
    set.warm_up = is_warm_up(row.at(c.set_type));
    if (c.reps) {
        if (const std::optional<int> reps =
                import_whole_number(row.at(*c.reps), where, table.header[*c.reps]);
            reps && *reps > 0)
            set.reps = reps;
    }
    if (const std::optional<double> weight = number(c.weight))
        set.load =
            core::Kilograms(without_float_dust(c.imperial ? *weight * core::kKilogramsPerPound : *weight));
    if (const std::optional<double> distance = number(c.distance))
        set.distance_km = without_float_dust(c.imperial ? *distance * kKilometresPerMile : *distance);
    put_seconds(set, number(c.duration));
    if (c.rpe)
        set.rpe = whole_rpe(import_number(row.at(*c.rpe), where, table.header[*c.rpe]));
    return set;
}

struct Workout {
    WrittenMoment start;
    ImportedEntry imported;
};

}  // namespace

bool recognises_hevy(const FileSniff& sniff) {
    return has_columns(sniff.header, {"title", "start_time", "exercise_title", "set_type"});
}

ImportedHistory read_hevy(const ImportInput& input, const ImportOptions& options) {
    const CsvTable table = read_csv_table(input.whole(), input.name());
    const Columns c = find_columns(table);
    ImportedHistory history;
    history.app = SourceApp::hevy;
    history.format = c.imperial ? "Hevy (imperial)" : "Hevy (metric)";
    std::vector<Workout> workouts;
    std::map<std::string, std::size_t> by_source;
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const WrittenMoment start = start_of(row.at(c.start_time), where, table.header[c.start_time]);
        const std::string title(trim_blanks(row.at(c.title)));
        const std::string exercise(trim_blanks(row.at(c.exercise)));
        if (exercise.empty())
            throw core::InvalidInput("FILE", fmt::format("{}: {} is empty", where, table.header[c.exercise]));
        const std::string source = fmt::format("hevy:{} {:02}:{:02}|{}", core::format_date(start.date),
                                               start.hour, start.minute, title);
        auto [found, added] = by_source.try_emplace(source, workouts.size());
        if (added) {
            Workout w{start, {}};
            core::Entry& e = w.imported.entry;
            e.kind = core::EntryKind::workout;
            const LocalMoment local = on_local_day(start, options.utc_offset_at);
            e.date = local.date;
            e.time = local.time;
            e.source = source;
            e.note = workout_note(title, with_line_breaks(trim_blanks(field_of(row, c.description))));
            w.imported.origin = where;
            workouts.push_back(std::move(w));
        }
        const core::WorkoutSet set = read_set(table, row, c, where);
        if (!holds_something(set)) {
            ++history.left_out["sets with nothing logged"];
            continue;
        }
        ImportedEntry& imported = workouts[found->second].imported;
        imported.entry.sets.push_back(set);
        imported.exercise_names.push_back(exercise);
    }
    std::ranges::stable_sort(workouts, [](const Workout& a, const Workout& b) {
        const auto at = [](const Workout& w) {
            return std::tuple(w.start.date, w.start.hour, w.start.minute, w.start.second);
        };
        return at(a) < at(b);
    });
    for (Workout& w : workouts) {
        if (!w.imported.entry.sets.empty())
            history.entries.push_back(std::move(w.imported));
    }
    return history;
}

}  // namespace hipfit::io
