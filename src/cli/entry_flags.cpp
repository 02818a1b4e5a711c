#include "cli/entry_flags.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/entry_text.hpp"
#include "cli/field_names.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/journal/journal_limits.hpp"
#include "core/journal/journal_values.hpp"
#include "io/entry_json.hpp"
#include "io/json_parse.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

// `field` is a domain key, or a name the command line chose ("VALUE").
void require_kind(bool fits, std::string_view field, EntryKind kind, std::string_view which) {
    if (!fits) {
        throw InvalidInput(std::string(field), fmt::format("{}: applies to {} entries, not to {}", field,
                                                           which, entry_kind_word(kind)));
    }
}

void apply_measurements(const std::map<std::string, std::string>& given, Measurements& m, UnitSystem units) {
    for (const auto& [key, text] : given) {
        if (key == "body_fat_percent") {
            m.body_fat_percent =
                parse_decimal(text.ends_with('%') ? text.substr(0, text.size() - 1) : text, key);
            continue;
        }
        const Centimetres length = parse_length(text, units, key);
        if (key == "waist_cm")
            m.waist = length;
        if (key == "hip_cm")
            m.hip = length;
        if (key == "thigh_cm")
            m.thigh = length;
        if (key == "thigh_left_cm")
            m.thigh_left = length;
        if (key == "thigh_right_cm")
            m.thigh_right = length;
        if (key == "neck_cm")
            m.neck = length;
    }
}

// `file` is the path as messages show it (printable).
std::vector<WorkoutSet> sets_from_json_file(const std::string& text, const std::string& file) {
    nlohmann::json document;
    try {
        document = io::parse_json(text);
    } catch (const io::JsonSyntaxError& error) {
        throw InvalidInput("--file", fmt::format("--file: {}: {}", file, error.what()));
    }
    if (!document.is_array())
        throw InvalidInput("--file", fmt::format("--file: {}: expected an array of sets", file));
    nlohmann::json entry = {
        {"kind", "workout"}, {"date", "2000-01-01"}, {"time", "00:00"}, {"sets", document}};
    return io::entry_from_json(entry, "--file " + file).sets;
}

// Each set names an exercise of the catalog, as the notation's sets do by construction (found by
// fuzz/workout_notation_fuzz.cpp: a JSON file's unknown id was logged).
void check_exercises_known(const std::vector<WorkoutSet>& sets, const Catalog& catalog,
                           const std::string& where) {
    for (std::size_t i = 0; i < sets.size(); ++i) {
        if (catalog.find(sets[i].exercise_id) == nullptr)
            throw InvalidInput(
                "--file", fmt::format("{}, set {}: no exercise '{}'; 'hipfit exercises' lists them", where,
                                      i + 1, printable(sets[i].exercise_id)));
    }
}

}  // namespace

void declare_entry_flags(CLI::App& app, EntryFlags& flags) {
    app.add_option("value", flags.value, "The value: 72.4kg, 650 (kcal), 500ml, 7.5h, 8000 (steps) …");
    auto flag = [](std::string_view key) { return std::string(flag_of(key)); };
    app.add_option(flag("date"), flags.date, "The day (default today)")->type_name("YYYY-MM-DD");
    app.add_option(flag("time"), flags.time, "The time (default now)")->type_name("HH:MM");
    app.add_option(flag("note"), flags.note, "A note, e.g. what you ate or which practice")
        ->type_name("TEXT");
    app.add_option(flag("protein_g"), flags.protein, "Protein in grams (food)")->type_name("G");
    for (const MeasurementLimit& limit : kMeasurementLimits) {
        const std::string key(limit.key);
        const bool percent = key == "body_fat_percent";
        app.add_option_function<std::string>(
               std::string(flag_of(key)),
               [&flags, key](const std::string& text) { flags.measurements[key] = text; },
               percent ? "Body fat % (measure)" : "A length, e.g. 80cm or 31.5in (measure)")
            ->type_name(percent ? "PCT" : "LENGTH");
    }
    app.add_option(flag("sets"), flags.exercises,
                   "A workout exercise and its sets, e.g. glute-bridge:12,12,10@8 or walking:30min/2.5km")
        ->type_name("SPEC");
    app.add_option("--file", flags.file, "A workout file: one --exercise spec per line, or JSON sets")
        ->type_name("FILE");
    app.add_flag("--warm-up-skipped", flags.warm_up_skipped, "The warm-up was skipped (workout)");
}

void apply_entry_flags(const EntryFlags& flags, Entry& entry, UnitSystem units, const Catalog& catalog) {
    const EntryKind kind = entry.kind;
    const bool simple = kind != EntryKind::measure && kind != EntryKind::workout;
    if (flags.value) {
        require_kind(simple, "VALUE", kind,
                     "weight, food, water, sleep, steps, alcohol, cigarettes, relaxation and standup");
        entry.value = parse_entry_value(kind, *flags.value, units, entry_kind_word(kind));
    }
    if (flags.date)
        entry.date = parse_date(*flags.date, "date");
    if (flags.time)
        entry.time = parse_time_of_day(*flags.time, "time");
    if (flags.note)
        entry.note = *flags.note;
    if (flags.protein) {
        require_kind(kind == EntryKind::food, "protein_g", kind, "food");
        entry.protein_g =
            parse_decimal(flags.protein->ends_with('g') ? flags.protein->substr(0, flags.protein->size() - 1)
                                                        : *flags.protein,
                          "protein_g");
    }
    if (!flags.measurements.empty()) {
        require_kind(kind == EntryKind::measure, flags.measurements.begin()->first, kind, "measure");
        apply_measurements(flags.measurements, entry.measurements, units);
    }
    const bool workout_flags = !flags.exercises.empty() || flags.file || flags.warm_up_skipped;
    if (workout_flags) {
        const char* field = !flags.exercises.empty() ? "sets" : (flags.file ? "--file" : "--warm-up-skipped");
        require_kind(kind == EntryKind::workout, field, kind, "workout");
    }
    if (!flags.exercises.empty() || flags.file) {
        entry.sets.clear();
        for (const std::string& spec : flags.exercises) {
            const auto sets = parse_workout_spec(spec, units, catalog, "sets");
            entry.sets.insert(entry.sets.end(), sets.begin(), sets.end());
        }
        if (flags.file) {
            const auto sets = read_workout_file(*flags.file, units, catalog);
            entry.sets.insert(entry.sets.end(), sets.begin(), sets.end());
        }
    }
    if (flags.warm_up_skipped)
        entry.warm_up_skipped = true;
}

std::vector<WorkoutSet> read_workout_file(const std::string& path, UnitSystem units, const Catalog& catalog) {
    const std::string file = printable(path, kShowAll);
    std::ifstream in(path, std::ios::binary);
    if (!in || std::filesystem::is_directory(path))
        throw InvalidInput("--file", fmt::format("--file: cannot read {}", file));
    std::ostringstream content;
    content << in.rdbuf();
    const std::string text = content.str();
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && text[first] == '[') {
        std::vector<WorkoutSet> sets = sets_from_json_file(text, file);
        check_exercises_known(sets, catalog, "--file " + file);
        check_workout_set_counts(sets, "--file " + file);
        check_workout_sets(sets, "--file " + file);
        return sets;
    }
    std::vector<WorkoutSet> sets;
    std::istringstream lines(text);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        if (const std::size_t hash = line.find('#'); hash != std::string::npos)
            line.erase(hash);
        const std::size_t begin = line.find_first_not_of(" \t\r");
        if (begin == std::string::npos)
            continue;
        const std::size_t end = line.find_last_not_of(" \t\r");
        const std::string where = fmt::format("{}:{}", file, number);
        try {
            const auto parsed =
                parse_workout_spec(line.substr(begin, end - begin + 1), units, catalog, where);
            check_workout_sets(parsed, where);
            sets.insert(sets.end(), parsed.begin(), parsed.end());
        } catch (const InvalidInput& error) {
            throw InvalidInput("--file", error.what());
        }
    }
    check_workout_set_counts(sets, "--file " + file);
    return sets;
}

}  // namespace hipfit::cli
