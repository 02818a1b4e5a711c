// hipfit exercise ID: one exercise, with its prescription, cues and common mistakes; --svg FILE writes its
// animated picture and --muscles-svg FILE its muscle map.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/own_exercises.hpp"
#include "cli/commands/commands.hpp"
#include "cli/environment.hpp"
#include "cli/file_output.hpp"
#include "cli/journal_access.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "io/catalog_json.hpp"
#include "io/exercise_illustration.hpp"
#include "io/muscle_map_svg.hpp"
#include "io/plan_json.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct ExerciseOptions {
    std::string id;
    bool json = false;
    std::optional<std::string> svg;
    std::optional<std::string> muscles_svg;
};

template <class Enum, std::size_t N, class Values>
std::string joined(const NameTable<Enum, N>& table, const Values& values, std::string_view empty) {
    std::vector<std::string_view> words;
    for (Enum value : values) words.push_back(name_of(table, value));
    return words.empty() ? std::string(empty) : fmt::format("{}", fmt::join(words, ", "));
}

std::string range_text(const IntRange& range, std::string_view unit) {
    return range.min == range.max ? fmt::format("{}{}", range.min, unit)
                                  : fmt::format("{}–{}{}", range.min, range.max, unit);
}

std::string prescription_range_text(const PrescriptionRange& p) {
    std::string text = range_text(p.sets, p.sets.max == 1 ? " set" : " sets");
    if (p.reps)
        text += " of " + range_text(*p.reps, " reps");
    if (p.hold_seconds)
        text += ", hold " + range_text(*p.hold_seconds, " s");
    if (p.minutes)
        text = range_text(*p.minutes, " min");
    if (p.work_seconds) {
        text = fmt::format("{} rounds: {} near-maximal, rest {:g}–{:g}× as long", range_text(p.sets, ""),
                           range_text(*p.work_seconds, " s"), p.rest_ratio->min, p.rest_ratio->max);
    }
    if (p.per_side)
        text += ", each side";
    if (p.tempo)
        text += fmt::format("; tempo {} s up, {} s down", p.tempo->up_seconds, p.tempo->down_seconds);
    if (p.rest_seconds > 0 && !p.work_seconds)
        text += fmt::format("; rest {} s between sets", p.rest_seconds);
    return text;
}

void print_exercise(std::ostream& out, const Exercise& e) {
    fmt::print(out, "{} ({})\n\n", e.name, e.id);
    fmt::print(out, "{:<16}{} — {} block, {} impact, difficulty {}/3\n", "Kind",
               name_of(kExerciseKindNames, e.kind), name_of(kBlockNames, e.block),
               name_of(kImpactNames, e.impact), e.difficulty);
    fmt::print(out, "{:<16}{}\n", "Trains", joined(kMuscleNames, e.primary_muscles, "-"));
    fmt::print(out, "{:<16}{}\n", "Also works", joined(kMuscleNames, e.secondary_muscles, "-"));
    fmt::print(out, "{:<16}{}\n", "Equipment", joined(kEquipmentNames, e.equipment, "body weight"));
    fmt::print(out, "{:<16}{}\n", "Prescription", prescription_range_text(e.prescription));
    if (!e.compendium_code.empty())
        fmt::print(out, "{:<16}{:g} MET (2024 Compendium {})\n", "Energy", e.met, e.compendium_code);
    else
        fmt::print(out, "{:<16}{:g} MET (yours)\n", "Energy", e.met);
    if (e.own) {
        // hipfit knows only what the person gave: no cues, mistakes or source to show.
        fmt::print(
            out,
            "\nYour own exercise: hipfit estimates its energy from its MET{}. 'hipfit history --exercise "
            "{}' shows what you logged.\n",
            e.compendium_code.empty() ? "" : ", the usual one for its kind", e.id);
        return;
    }
    fmt::print(out, "\nHow to do it:\n");
    for (const std::string& cue : e.cues) fmt::print(out, "  - {}\n", cue);
    fmt::print(out, "\nAvoid:\n");
    for (const std::string& mistake : e.mistakes) fmt::print(out, "  - {}\n", mistake);
    if (e.easier)
        fmt::print(out, "\nEasier: {}\n", *e.easier);
    if (e.harder)
        fmt::print(out, "{}Harder: {}\n", e.easier ? "" : "\n", *e.harder);
    fmt::print(out, "\nSource: {}\n", e.source);
}

// Both pictures are drawn before either is written: a run that cannot draw one writes nothing.
int write_pictures(const ExerciseOptions& options, const Exercise& exercise, const GlobalOptions& global,
                   Environment& environment) {
    if (options.json)
        throw InvalidInput("--json", "give --json or the pictures (--svg, --muscles-svg), not both");
    std::optional<std::string> picture;
    if (options.svg) {
        picture = io::exercise_illustration_svg(exercise);
        if (!picture) {
            fmt::print(environment.console.err,
                       "hipfit: {} ({}) has no animated picture; --muscles-svg FILE draws its muscle map.\n",
                       exercise.name, exercise.id);
            return kExitFailure;
        }
    }
    const std::string database = database_location(global.db, environment);
    if (picture) {
        write_file_atomically(*options.svg, *picture, "--svg", database);
        fmt::print(environment.console.out, "Wrote the picture of {} to {}.\n", exercise.name,
                   printable(*options.svg, kShowAll));
    }
    if (options.muscles_svg) {
        write_file_atomically(*options.muscles_svg,
                              io::muscle_map_svg(exercise.primary_muscles, exercise.secondary_muscles),
                              "--muscles-svg", database);
        fmt::print(environment.console.out, "Wrote the muscle map of {} to {}.\n", exercise.name,
                   printable(*options.muscles_svg, kShowAll));
    }
    return kExitOk;
}

int show(const ExerciseOptions& options, const GlobalOptions& global, Environment& environment) {
    // The person's own exercises too (an own exercise has its muscle map, not an animated picture).
    const auto catalog = app::person_catalog(open_journal_for_reading(global, environment).get());
    const Exercise& exercise = catalog->get(options.id);
    if (options.svg || options.muscles_svg)
        return write_pictures(options, exercise, global, environment);
    if (options.json) {
        environment.console.out << io::to_json(exercise).dump(2) << '\n';
    } else {
        print_exercise(environment.console.out, exercise);
    }
    return kExitOk;
}

}  // namespace

Action declare_exercise(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<ExerciseOptions>();
    app.add_option("id", options->id, "The exercise's id, e.g. glute-bridge")->required();
    app.add_flag("--json", options->json, "Print the exercise as JSON");
    app.add_option("--svg", options->svg, "Write the exercise's animated picture (SVG) to FILE")
        ->type_name("FILE");
    app.add_option("--muscles-svg", options->muscles_svg,
                   "Write the map of the muscles it works (SVG) to FILE")
        ->type_name("FILE");
    return [options, &global, &environment] { return show(*options, global, environment); };
}

}  // namespace hipfit::cli
