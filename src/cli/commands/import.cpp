// hipfit import FILE: reads a hipfit export (JSON or CSV), checks every record as 'log' and 'init' would,
// then adds them (entries not stored already, check-ins, a profile when none is stored) in one
// transaction, which 'hipfit undo' reverts whole. Bad input writes nothing.
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/import_checks.hpp"
#include "app/portability.hpp"
#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "core/assessment/assessment.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/journal/journal_values.hpp"
#include "io/catalog_json.hpp"
#include "io/export_format.hpp"

namespace hipfit::cli {

using namespace hipfit::core;
using io::located_error;

namespace {

std::string read_input(const std::string& path) {
    if (!std::filesystem::exists(path) || std::filesystem::is_directory(path))
        throw InvalidInput("FILE", fmt::format("FILE: there is no file {}", printable(path, kShowAll)));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InvalidInput("FILE", fmt::format("FILE: cannot read {}", printable(path, kShowAll)));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

int import(const std::string& path, bool as_json, const GlobalOptions& global, Environment& environment) {
    const Date today = environment.clock.today();
    const std::string file = printable(path, kShowAll);  // as messages and the summary name it
    std::vector<core::OwnExercise> own;
    if (const auto reader = open_journal_for_reading(global, environment))
        own = reader->own_exercises();  // closed again before the writer opens
    const io::ExportData data = app::read_checked_export(read_input(path), file, today, own);

    const auto journal = open_journal_for_writing(global, environment);
    const app::ImportOutcome outcome = app::import_data(*journal, data);
    std::ostream& out = environment.console.out;
    if (as_json) {
        out << app::to_json(outcome).dump(2) << '\n';
        return kExitOk;
    }
    const store::ImportResult& added = outcome.added;
    fmt::print(out, "Imported {} from {}.\n",
               app::records_text(added.entries, added.checkins, outcome.profile_added), file);
    if (const std::size_t there = outcome.entries_already_there; there > 0) {
        const bool one = there == 1;
        fmt::print(out, "{} {} already there: {} not added again.\n", there,
                   one ? "entry was" : "entries were", one ? "it was" : "they were");
    }
    if (added.own_exercises > 0) {
        fmt::print(out, "Added {} exercise{} of your own ('hipfit exercises --mine' lists them).\n",
                   added.own_exercises, added.own_exercises == 1 ? "" : "s");
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
    return kExitOk;
}

}  // namespace

Action declare_import(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto file = std::make_shared<std::string>();
    auto as_json = std::make_shared<bool>(false);
    app.add_option("FILE", *file, "A file written by 'hipfit export' (JSON or CSV)")->required();
    app.add_flag("--json", *as_json, "Print what was imported and what was already there as JSON");
    return [file, as_json, &global, &environment] { return import(*file, *as_json, global, environment); };
}

}  // namespace hipfit::cli
