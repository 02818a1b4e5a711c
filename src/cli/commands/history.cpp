// hipfit history: the journal, oldest first, filtered by kind and dates.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands/commands.hpp"
#include "cli/entry_text.hpp"
#include "cli/journal_access.hpp"
#include "io/catalog_json.hpp"
#include "io/entry_json.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct HistoryOptions {
    std::optional<std::string> kind;
    std::optional<std::string> since;
    std::optional<std::string> until;
    bool json = false;
};

int history(const HistoryOptions& options, const GlobalOptions& global, Environment& environment) {
    store::EntryQuery query;
    if (options.kind)
        query.kind = parse_entry_kind(*options.kind, "--kind");
    if (options.since)
        query.since = parse_date(*options.since, "--since");
    if (options.until)
        query.until = parse_date(*options.until, "--until");
    const auto journal = open_journal_for_reading(global, environment);
    const std::vector<Entry> entries = journal ? journal->entries(query) : std::vector<Entry>{};
    std::ostream& out = environment.console.out;
    if (options.json) {
        nlohmann::json array = nlohmann::json::array();
        for (const Entry& e : entries) array.push_back(io::to_json(e));
        out << array.dump(2) << '\n';
        return kExitOk;
    }
    const UnitSystem units = journal_units(journal.get());
    for (const Entry& e : entries) {
        fmt::print(out, "{:>6}  {} {}  {}\n", e.id, format_date(e.date), format_time_of_day(e.time),
                   entry_summary(e, units, io::builtin_catalog()));
    }
    if (entries.empty())
        fmt::print(out, "Nothing logged{}. 'hipfit log --help' shows how.\n",
                   query.kind || query.since || query.until ? " that matches" : " yet");
    return kExitOk;
}

}  // namespace

Action declare_history(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<HistoryOptions>();
    app.add_option("--kind", options->kind, entry_kind_words())->type_name("KIND");
    app.add_option("--since", options->since, "From this day on")->type_name("YYYY-MM-DD");
    app.add_option("--until", options->until, "Up to and including this day")->type_name("YYYY-MM-DD");
    app.add_flag("--json", options->json, "Print the entries as JSON");
    return [options, &global, &environment] { return history(*options, global, environment); };
}

}  // namespace hipfit::cli
