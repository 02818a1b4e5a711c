// hipfit import FILE: reads hipfit's own export (JSON or CSV) or another app's (docs/import.md: detected
// from the content, or named with --from), checks every record as 'log' and 'init' would, then adds what
// is not stored already in one transaction, which 'hipfit undo' reverts whole. --dry-run shows what would
// be added and writes nothing. Bad input writes nothing.
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/foreign_import.hpp"
#include "app/import_checks.hpp"
#include "app/portability.hpp"
#include "cli/commands/commands.hpp"
#include "cli/import_progress.hpp"
#include "cli/import_summary.hpp"
#include "cli/journal_access.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "io/import/column_mapping.hpp"
#include "io/import/import_formats.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct ImportFlags {
    std::string file;
    std::optional<std::string> from;
    bool dry_run = false;
    bool as_json = false;
    std::optional<std::string> map;
    std::optional<std::string> map_file;
    std::optional<std::string> units;
};

std::vector<core::OwnExercise> stored_own_exercises(const GlobalOptions& global, Environment& environment) {
    if (const auto reader = open_journal_for_reading(global, environment))
        return reader->own_exercises();  // closed again before the writer opens
    return {};
}

void print_own_outcome(std::ostream& out, const std::string& file, const io::ExportData& data,
                       const app::ImportOutcome& outcome, bool dry_run) {
    const store::ImportResult& added = outcome.added;
    fmt::print(out, "{} {} from {}.\n", dry_run ? "Would import" : "Imported",
               app::records_text(added.entries, added.checkins, outcome.profile_added), file);
    if (const std::size_t there = outcome.entries_already_there; there > 0) {
        const bool one = there == 1;
        fmt::print(out, "{} {} already there: {} not added again.\n", there,
                   one ? "entry was" : "entries were", one ? "it was" : "they were");
    }
    if (added.own_exercises > 0) {
        fmt::print(out, "{} {} exercise{} of your own ('hipfit exercises --mine' lists them).\n",
                   dry_run ? "Would add" : "Added", added.own_exercises, added.own_exercises == 1 ? "" : "s");
    }
    if (data.profile && !outcome.profile_added)
        fmt::print(out,
                   "The profile in {} was not imported: one is stored already ('hipfit init' changes it).\n",
                   file);
    if (!added.checkins_kept.empty()) {
        std::vector<std::string> days;
        for (const Date day : added.checkins_kept) days.push_back(format_date(day));
        const bool one = days.size() == 1;
        fmt::print(out, "The check-in{} of {} in {} {} not imported: one of {} day is stored already.\n",
                   one ? "" : "s", fmt::join(days, ", "), file, one ? "was" : "were", one ? "that" : "each");
    }
    if (dry_run)
        fmt::print(out, "Nothing was written (--dry-run).\n");
}

// hipfit's own export, as 'hipfit export' wrote it.
int import_own(const io::ImportInput& input, const ImportFlags& flags, const GlobalOptions& global,
               Environment& environment) {
    const io::ExportData data = app::read_checked_export(
        input.whole(), input.name(), environment.clock.today(), stored_own_exercises(global, environment));
    app::ImportOutcome outcome;
    if (flags.dry_run) {
        if (const auto reader = open_journal_for_reading(global, environment)) {
            outcome = app::import_data(*reader, data, true);
        } else {
            outcome.added.entries = data.entries.size();
            outcome.added.checkins = data.checkins.size();
            outcome.added.own_exercises = data.own_exercises.size();
            outcome.profile_added = data.profile.has_value();
        }
    } else {
        outcome = app::import_data(*open_journal_for_writing(global, environment), data);
    }
    std::ostream& out = environment.console.out;
    if (flags.as_json) {
        out << app::to_json(outcome, flags.dry_run).dump(2) << '\n';
        return kExitOk;
    }
    print_own_outcome(out, input.name(), data, outcome, flags.dry_run);
    return kExitOk;
}

io::ImportOptions import_options(const io::ImportInput& input, io::SourceApp from, const ImportFlags& flags) {
    io::ImportOptions options;
    options.utc_offset_at = local_utc_offset_minutes;
    options.progress = terminal_progress(input.name(), input.size());
    if (flags.units)
        options.units = parse_name(io::kUnitSystemNames, *flags.units, "units");
    if (flags.map && flags.map_file)
        throw InvalidInput("map", "map: give --map or --map-file, not both");
    const bool mapped = flags.map || flags.map_file;
    if (from == io::SourceApp::csv && !mapped)
        throw InvalidInput(
            "map",
            "map: a CSV of another kind needs its columns named: --map date=Date,weight=Weight "
            "(docs/import.md, \"Any CSV\")");
    if (from != io::SourceApp::csv && mapped)
        throw InvalidInput("map", fmt::format("map: --map is for --from csv; this file is read as {}",
                                              name_of(io::kSourceAppNames, from)));
    if (flags.map)
        options.mapping = io::parse_column_mapping(*flags.map, "--map");
    if (flags.map_file) {
        if (!std::filesystem::is_regular_file(*flags.map_file))
            throw InvalidInput(
                "map", fmt::format("--map-file: there is no file {}", printable(*flags.map_file, kShowAll)));
        const io::ImportInput mapping(std::filesystem::path(*flags.map_file),
                                      printable(*flags.map_file, kShowAll));
        options.mapping = io::parse_column_mapping(mapping.whole(), mapping.name());
    }
    return options;
}

// Another app's export.
int import_foreign(const io::ImportInput& input, io::SourceApp from, const ImportFlags& flags,
                   const GlobalOptions& global, Environment& environment) {
    const io::ImportOptions options = import_options(input, from, flags);
    app::ImportPlan plan;
    try {
        plan = app::plan_import(input, from, options, environment.clock.today(),
                                stored_own_exercises(global, environment));
    } catch (const InvalidInput& error) {
        end_terminal_progress(options.progress);
        if (error.field() == "units")  // the file needs its units said: how, on the command line
            throw InvalidInput("units", std::string(error.what()) + " (--units metric or --units imperial)");
        throw;
    } catch (...) {
        end_terminal_progress(options.progress);
        throw;
    }
    end_terminal_progress(options.progress);
    app::PlanOutcome outcome;
    if (flags.dry_run) {
        const auto reader = open_journal_for_reading(global, environment);
        outcome = app::apply_plan(reader.get(), plan, true);
    } else {
        outcome = app::apply_plan(open_journal_for_writing(global, environment).get(), plan, false);
    }
    std::ostream& out = environment.console.out;
    if (flags.as_json) {
        out << app::to_json(plan, outcome, flags.dry_run).dump(2) << '\n';
        return kExitOk;
    }
    print_import_summary(out, input.name(), plan, outcome, flags.dry_run);
    return kExitOk;
}

int import(const ImportFlags& flags, const GlobalOptions& global, Environment& environment) {
    const io::ImportInput input(std::filesystem::path(flags.file), printable(flags.file, kShowAll));
    // A mapping names a CSV's columns: it is a CSV of another kind, whatever it looks like.
    const bool mapped = flags.map || flags.map_file;
    const io::SourceApp from = flags.from ? parse_name(io::kSourceAppNames, *flags.from, "from")
                               : mapped   ? io::SourceApp::csv
                                          : io::detect_source(input);
    if (from == io::SourceApp::hipfit) {
        if (flags.map || flags.map_file || flags.units)
            throw InvalidInput("map", "map: hipfit's own export names its columns and units itself");
        return import_own(input, flags, global, environment);
    }
    return import_foreign(input, from, flags, global, environment);
}

}  // namespace

Action declare_import(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto flags = std::make_shared<ImportFlags>();
    app.add_option("FILE", flags->file,
                   "A file written by 'hipfit export', or another app's export (docs/import.md)")
        ->required();
    app.add_option("--from", flags->from,
                   "The app that wrote FILE, when it is not recognised: " + names_of(io::kSourceAppNames));
    app.add_flag("--dry-run", flags->dry_run, "Show what would be imported; write nothing");
    app.add_flag("--json", flags->as_json, "Print what was imported and what was already there as JSON");
    app.add_option("--map", flags->map,
                   "With --from csv: which column holds what, e.g. date=Date,weight=Weight (kg)");
    app.add_option("--map-file", flags->map_file, "With --from csv: a file of lines field = Column");
    app.add_option("--units", flags->units,
                   "The units of a file that does not say (MyFitnessPal's measurements, --from csv): "
                   "metric|imperial");
    return [flags, &global, &environment] { return import(*flags, global, environment); };
}

}  // namespace hipfit::cli
