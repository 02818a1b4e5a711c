// hipfit edit ID …: changes a stored entry; the old version stays in the undo log.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include "app/entries.hpp"
#include "app/own_exercises.hpp"
#include "cli/commands/commands.hpp"
#include "cli/entry_flags.hpp"
#include "cli/entry_text.hpp"
#include "cli/journal_access.hpp"
#include "core/base/errors.hpp"
#include "core/journal/journal_values.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct EditOptions {
    std::string id;
    EntryFlags flags;
};

int edit(const EditOptions& options, const GlobalOptions& global, Environment& environment) {
    const std::int64_t id = parse_entry_id(options.id);
    auto reader = open_journal_for_reading(global, environment);
    const auto person_catalog = app::person_catalog(reader.get());  // a set may be of an own exercise
    const Catalog& catalog = *person_catalog;
    std::optional<Entry> stored = reader ? reader->find_entry(id) : std::nullopt;
    if (!stored)
        throw InvalidInput("ID", fmt::format("there is no entry {}", id));
    Entry entry = *stored;
    const UnitSystem units = journal_units(reader.get());
    apply_entry_flags(options.flags, entry, units, catalog);
    const std::optional<Entry> edited =
        app::replace_entry(std::move(entry), entry_write(reader, global, environment));
    if (!edited)
        throw InvalidInput("ID", fmt::format("there is no entry {}", id));
    fmt::print(environment.console.out, "Edited entry {}: {} (was {}).\n", id,
               entry_summary(*edited, units, catalog), entry_summary(*stored, units, catalog));
    return kExitOk;
}

}  // namespace

Action declare_edit(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<EditOptions>();
    app.add_option("id", options->id, "The entry's id (see 'hipfit history')")->required();
    declare_entry_flags(app, options->flags);
    return [options, &global, &environment] { return edit(*options, global, environment); };
}

}  // namespace hipfit::cli
