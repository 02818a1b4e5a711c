// hipfit import FILE: reads a hipfit export (JSON or CSV), checks every record as 'log' and 'init' would,
// then adds them all in one transaction, which 'hipfit undo' reverts whole. Bad input writes nothing.
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include "app/import_checks.hpp"
#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "core/assessment.hpp"
#include "core/errors.hpp"
#include "core/journal_values.hpp"
#include "io/catalog_json.hpp"
#include "io/export_format.hpp"

namespace hipfit::cli {

using namespace hipfit::core;
using io::located_error;

namespace {

std::string read_input(const std::string& path) {
    if (!std::filesystem::exists(path) || std::filesystem::is_directory(path))
        throw InvalidInput("FILE", fmt::format("FILE: there is no file {}", path));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InvalidInput("FILE", fmt::format("FILE: cannot read {}", path));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string counted(std::size_t count) {
    return fmt::format("{} {}", count, count == 1 ? "entry" : "entries");
}

int import(const std::string& file, const GlobalOptions& global, Environment& environment) {
    const Date today = environment.clock.today();
    const io::ExportData data = app::read_checked_export(read_input(file), file, today);

    const auto journal = open_journal_for_writing(global, environment);
    const bool adds_profile = data.profile && !journal->load_profile();
    const std::size_t added = journal->import(data.entries, adds_profile ? data.profile : std::nullopt);
    std::ostream& out = environment.console.out;
    fmt::print(out, "Imported {}{} from {}.\n", counted(added), adds_profile ? " and the profile" : "", file);
    if (data.profile && !adds_profile)
        fmt::print(out,
                   "The profile in {} was not imported: one is stored already ('hipfit init' changes it).\n",
                   file);
    return kExitOk;
}

}  // namespace

Action declare_import(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto file = std::make_shared<std::string>();
    app.add_option("FILE", *file, "A file written by 'hipfit export' (JSON or CSV)")->required();
    return [file, &global, &environment] { return import(*file, global, environment); };
}

}  // namespace hipfit::cli
