// MyFitnessPal's export (docs/import.md): a zip (File-Export-<start>-to-<end>/) holding
// Nutrition-Summary, Measurement-Summary and Exercise-Summary CSVs, or any one of those CSVs alone.
// - Nutrition: a food entry per row (a meal, or an entry) with its calories and protein, the note its meal.
// - Measurements: weight, and waist, hips, neck and body fat as one measure entry per day. The file
//   carries no units (the account's setting): the person says which (ImportOptions::units).
// - Exercise: a workout per day; a cardio row is a set of its minutes, a strength row as many sets of its
//   reps and load as it has sets; the calories burned are the workout's energy.
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "io/import/csv_table.hpp"
#include "io/import/formats.hpp"
#include "io/import/record_entries.hpp"
#include "io/import/zip_archive.hpp"

namespace hipfit::io {

namespace {

enum class SummaryFile { nutrition, measurement, exercise };

constexpr std::array<std::pair<SummaryFile, std::string_view>, 3> kFileNames{
    {{SummaryFile::nutrition, "Nutrition-Summary"},
     {SummaryFile::measurement, "Measurement-Summary"},
     {SummaryFile::exercise, "Exercise-Summary"}}};

constexpr std::array<std::string_view, 4> kMeasures{"Weight", "Waist", "Hips", "Neck"};

bool body_fat_column(std::string_view name) {
    std::string lower;
    for (const char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find("body fat") != std::string::npos;
}

std::optional<SummaryFile> file_of(const std::vector<std::string>& header) {
    if (header.empty() || header[0] != "Date")
        return std::nullopt;
    if (has_columns(header, {"Meal", "Calories", "Protein (g)"}))
        return SummaryFile::nutrition;
    if (has_columns(header, {"Exercise"}) &&
        (has_columns(header, {"Exercise Calories"}) || has_columns(header, {"Exercise Minutes"})))
        return SummaryFile::exercise;
    const auto known_measure = [](const std::string& column) {
        return body_fat_column(column) || std::ranges::any_of(kMeasures, [&](std::string_view m) {
                   return record_detail::same_letters(column, m);
               });
    };
    // The other columns a person may add are measurements named in one word ("Chest"); a workout log's
    // words are not.
    const auto custom_measure = [](const std::string& column) {
        constexpr std::array<std::string_view, 11> kLogWords{"Exercise", "Reps",     "Sets",     "Note",
                                                             "Notes",    "Duration", "Distance", "Calories",
                                                             "Steps",    "Time",     "Meal"};
        return !column.empty() && std::ranges::all_of(column, [](char c) {
            return std::isalpha(static_cast<unsigned char>(c)) != 0;
        }) && std::ranges::none_of(kLogWords, [&](std::string_view w) {
            return record_detail::same_letters(column, w);
        });
    };
    const bool unitless = std::all_of(header.begin() + 1, header.end(), [&](const std::string& column) {
        return known_measure(column) || custom_measure(column);
    });
    const bool measure = std::ranges::any_of(header, known_measure);
    if (header.size() > 1 && unitless && measure)
        return SummaryFile::measurement;
    return std::nullopt;
}

std::string basename(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::optional<SummaryFile> member_file(std::string_view member) {
    if (member.starts_with("__MACOSX/") || !member.ends_with(".csv"))
        return std::nullopt;
    const std::string name = basename(member);
    for (const auto& [file, prefix] : kFileNames) {
        if (name.starts_with(prefix))
            return file;
    }
    return std::nullopt;
}

core::Date date_of(const CsvTable& table, const CsvRecord& row) {
    const auto date = parse_ordered_date(row.at(0), DateOrder::ymd);
    if (!date)
        refuse_record(table.where(row),
                      fmt::format("Date: '{}' is not a date (YYYY-MM-DD)", core::printable(row.at(0))));
    return *date;
}

void read_nutrition(const CsvTable& table, RecordEntries& out) {
    const std::size_t meal = table.require("Meal");
    const std::size_t calories = table.require("Calories");
    const auto protein = table.column("Protein (g)");
    const auto time_column = table.column("Time");
    const auto note_column = table.column("Note");
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const core::Date date = date_of(table, row);
        core::TimeOfDay time = kWholeDay;
        std::string key = date_key(date);
        if (time_column && !trim_blanks(row.at(*time_column)).empty()) {
            const auto clock = parse_clock(row.at(*time_column));
            if (!clock)
                refuse_record(where,
                              fmt::format("Time: '{}' is not a time", core::printable(row.at(*time_column))));
            time = *clock;
            key = moment_key(date, time);
        }
        const auto kcal = import_number(row.at(calories), where, "Calories");
        if (!kcal) {
            out.leave_out("meals without calories");
            continue;
        }
        const std::string meal_name(trim_blanks(row.at(meal)));
        core::Entry& e = out.add(core::EntryKind::food, date, time, key + "|" + meal_name, where);
        e.value = *kcal;
        if (protein)
            e.protein_g = import_number(row.at(*protein), where, "Protein (g)");
        e.note = meal_name;
        if (note_column && !trim_blanks(row.at(*note_column)).empty())
            e.note += fmt::format(": {}", trim_blanks(row.at(*note_column)));
    }
}

void read_measurements(const CsvTable& table, UnitSystem units, RecordEntries& out) {
    const bool imperial = units == UnitSystem::imperial;
    const auto length = [&](double value) {
        return core::Centimetres(imperial ? inches_to_centimetres(value) : value);
    };
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const core::Date date = date_of(table, row);
        core::Measurements m;
        for (std::size_t c = 1; c < table.header.size(); ++c) {
            const std::string& column = table.header[c];
            const auto value = measured(row.at(c), where, column);
            if (!value)
                continue;
            if (record_detail::same_letters(column, "Weight"))
                out.add(core::EntryKind::weight, date, kWholeDay, date_key(date) + "|weight", where).value =
                    imperial ? pounds_to_kilograms(*value) : *value;
            else if (record_detail::same_letters(column, "Waist"))
                m.waist = length(*value);
            else if (record_detail::same_letters(column, "Hips"))
                m.hip = length(*value);
            else if (record_detail::same_letters(column, "Neck"))
                m.neck = length(*value);
            else if (body_fat_column(column))
                m.body_fat_percent = *value;
            else
                out.leave_out(fmt::format("'{}' measurements", column));
        }
        if (!m.empty())
            out.add(core::EntryKind::measure, date, kWholeDay, date_key(date) + "|measure", where)
                .measurements = m;
    }
}

std::optional<std::size_t> either_column(const CsvTable& table, std::string_view a, std::string_view b) {
    const auto first = table.column(a);
    return first ? first : table.column(b);
}

// "\"Walking, 15 min per mile\"" → Walking, 15 min per mile: names written triple-quoted keep a quote.
std::string exercise_name(std::string_view text) {
    text = trim_blanks(text);
    while (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = trim_blanks(text.substr(1, text.size() - 2));
    return std::string(text);
}

void read_exercise(const CsvTable& table, RecordEntries& out) {
    const std::size_t exercise = table.require("Exercise");
    const auto calories = either_column(table, "Exercise Calories", "Calories");
    const auto minutes = either_column(table, "Exercise Minutes", "Minutes");
    const auto sets = table.column("Sets");
    const auto reps = either_column(table, "Reps Per Set", "Reps");
    const auto kilograms = table.column("Kilograms");
    const auto pounds = table.column("Pounds");
    // A day's rows, in the order of their first row, are its workout.
    std::vector<std::pair<core::Date, std::vector<const CsvRecord*>>> days;
    for (const CsvRecord& row : table.rows) {
        const core::Date date = date_of(table, row);
        auto day = std::ranges::find_if(days, [&](const auto& d) { return d.first == date; });
        if (day == days.end())
            day = days.insert(days.end(), {date, {}});
        day->second.push_back(&row);
    }
    const auto number = [&](const CsvRecord& row, std::optional<std::size_t> column) {
        return column ? import_number(row.at(*column), table.where(row), table.header[*column])
                      : std::nullopt;
    };
    for (const auto& [date, rows] : days) {
        core::Entry workout;
        std::vector<std::string> names;
        std::optional<double> energy;
        for (const CsvRecord* row : rows) {
            const std::string where = table.where(*row);
            const std::string name = exercise_name(row->at(exercise));
            const auto set_count =
                sets ? import_whole_number(row->at(*sets), where, table.header[*sets]) : std::nullopt;
            const auto rep_count =
                reps ? import_whole_number(row->at(*reps), where, table.header[*reps]) : std::nullopt;
            const auto bout = number(*row, minutes);
            std::optional<core::Kilograms> load;
            if (const auto kg = number(*row, kilograms); kg && *kg > 0)
                load = core::Kilograms(*kg);
            else if (const auto lb = number(*row, pounds); lb && *lb > 0)
                load = core::Kilograms(pounds_to_kilograms(*lb));
            // A strength row: its count of sets (at most 100, more is not a set count), each of its reps.
            const int set_total = std::clamp(set_count.value_or(0), 0, 100);
            const int rep_total = rep_count.value_or(0);
            const bool strength = set_total > 0 && rep_total > 0;
            const bool cardio = bout && *bout > 0;
            if (name.empty() || (!strength && !cardio)) {
                out.leave_out("exercise rows without minutes or sets");
                continue;
            }
            if (strength) {
                for (int i = 0; i < set_total; ++i) {
                    core::WorkoutSet set;
                    set.reps = rep_total;
                    set.load = load;
                    workout.sets.push_back(set);
                    names.push_back(name);
                }
            } else {
                core::WorkoutSet set;
                set.minutes = bout;
                workout.sets.push_back(set);
                names.push_back(name);
            }
            if (const auto kcal = number(*row, calories); kcal && *kcal != 0)
                energy = energy.value_or(0) + std::abs(*kcal);
        }
        if (workout.sets.empty())
            continue;
        core::Entry& e = out.add(core::EntryKind::workout, date, kWholeDay, date_key(date) + "|exercise",
                                 table.where(*rows.front()));
        e.sets = std::move(workout.sets);
        e.energy_kcal = energy;
        out.last().exercise_names = std::move(names);
    }
}

struct SummaryText {
    SummaryFile file;
    std::string name;  // as messages name it
    std::string text;
};

void read_summary(const SummaryText& summary, const ImportOptions& options, RecordEntries& out) {
    const CsvTable table = read_csv_table(summary.text, summary.name, true, ',');
    switch (summary.file) {
        case SummaryFile::nutrition:
            read_nutrition(table, out);
            break;
        case SummaryFile::measurement:
            if (table.rows.empty())
                break;
            if (!options.units)
                throw core::InvalidInput(
                    "units",
                    fmt::format("{}: MyFitnessPal's measurements carry no unit; say which units your account "
                                "uses: metric or imperial",
                                summary.name));
            read_measurements(table, *options.units, out);
            break;
        case SummaryFile::exercise:
            read_exercise(table, out);
            break;
    }
}

std::string_view what_it_holds(SummaryFile file) {
    switch (file) {
        case SummaryFile::nutrition:
            return "nutrition";
        case SummaryFile::measurement:
            return "measurements";
        case SummaryFile::exercise:
            return "exercise";
    }
    return "";
}

}  // namespace

bool recognises_myfitnesspal(const FileSniff& sniff) {
    if (sniff.zip)
        return std::ranges::any_of(sniff.zip_members,
                                   [](const std::string& m) { return member_file(m).has_value(); });
    return file_of(sniff.header).has_value();
}

ImportedHistory read_myfitnesspal(const ImportInput& input, const ImportOptions& options) {
    std::vector<SummaryText> summaries;
    if (input.is_zip()) {
        const ZipArchive archive(input);
        for (const ZipMember& member : archive.members()) {
            if (const auto file = member_file(member.name))
                summaries.push_back(
                    {*file, input.name() + "/" + basename(member.name), archive.read(member)});
        }
        if (summaries.empty())
            refuse_record(input.name(),
                          "this zip holds no MyFitnessPal summary (Nutrition-Summary, "
                          "Measurement-Summary or Exercise-Summary .csv)");
    } else {
        std::string text = input.whole();
        const auto file = file_of(csv_header_of(text));
        if (!file)
            refuse_record(
                input.name() + ":1",
                "this is not a MyFitnessPal summary: its header is none of the nutrition, measurement "
                "and exercise summaries'");
        summaries.push_back({*file, input.name(), std::move(text)});
    }
    ImportedHistory history;
    RecordEntries out(history, SourceApp::myfitnesspal);
    std::string holds;
    for (const SummaryText& summary : summaries) {
        read_summary(summary, options, out);
        holds += fmt::format("{}{}", holds.empty() ? "" : ", ", what_it_holds(summary.file));
    }
    history.format = fmt::format("MyFitnessPal ({}{})", input.is_zip() ? "export zip: " : "", holds);
    return history;
}

}  // namespace hipfit::io
