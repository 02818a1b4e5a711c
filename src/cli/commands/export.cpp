// hipfit export [--format json|csv] [--out FILE]: every record (CSV: the entries), to standard output or
// written whole to a file. The same journal always gives the same bytes (docs/export-format.md).
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include "app/portability.hpp"
#include "cli/commands/commands.hpp"
#include "cli/file_output.hpp"
#include "cli/journal_access.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "io/export_format.hpp"

namespace hipfit::cli {

namespace {

struct ExportOptions {
    std::string format = "json";
    std::optional<std::string> out;
};

int export_records(const ExportOptions& options, const GlobalOptions& global, Environment& environment) {
    const bool json = options.format == "json";
    if (!json && options.format != "csv") {
        throw core::InvalidInput("--format", fmt::format("--format: '{}' is not one of json|csv",
                                                         core::printable(options.format)));
    }
    io::ExportData data;
    if (const auto journal = open_journal_for_reading(global, environment))
        data = app::export_data(*journal);
    const std::string text = json ? io::export_json(data) : io::export_csv(data.entries);
    std::ostream& out = environment.console.out;
    if (!options.out) {
        out << text;
        return kExitOk;
    }
    write_file_atomically(*options.out, text, "--out", database_location(global.db, environment));
    // CSV holds the entries alone.
    const std::string records =
        app::records_text(data.entries.size(), json ? data.checkins.size() : 0, json && data.profile);
    fmt::print(out, "Exported {} to {}.\n", records, *options.out);
    return kExitOk;
}

}  // namespace

Action declare_export(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<ExportOptions>();
    app.add_option("--format", options->format,
                   "json (the profile, every entry and check-in) or csv (the entries)")
        ->type_name("json|csv");
    app.add_option("--out", options->out, "Write to this file (whole or not at all) instead of printing")
        ->type_name("FILE");
    return [options, &global, &environment] { return export_records(*options, global, environment); };
}

}  // namespace hipfit::cli
