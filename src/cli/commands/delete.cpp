// hipfit delete ID: removes an entry; 'hipfit undo' brings it back.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include "app/own_exercises.hpp"
#include "cli/commands/commands.hpp"
#include "cli/entry_text.hpp"
#include "cli/journal_access.hpp"
#include "core/base/errors.hpp"

namespace hipfit::cli {

namespace {

int remove(const std::string& id_text, const GlobalOptions& global, Environment& environment) {
    const std::int64_t id = parse_entry_id(id_text);
    auto reader = open_journal_for_reading(global, environment);
    const std::optional<core::Entry> stored = reader ? reader->find_entry(id) : std::nullopt;
    if (!stored)
        throw core::InvalidInput("ID", fmt::format("there is no entry {}", id));
    const std::string summary =
        entry_summary(*stored, journal_units(reader.get()), *app::person_catalog(reader.get()));
    reader.reset();  // the writer closes last, folding the write-ahead log into the database file
    if (!open_journal_for_writing(global, environment)->delete_entry(id)) {
        throw core::InvalidInput("ID", fmt::format("there is no entry {}", id));
    }
    fmt::print(environment.console.out, "Deleted entry {} ({}). 'hipfit undo' brings it back.\n", id,
               summary);
    return kExitOk;
}

}  // namespace

Action declare_delete(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto id = std::make_shared<std::string>();
    app.add_option("id", *id, "The entry's id (see 'hipfit history')")->required();
    return [id, &global, &environment] { return remove(*id, global, environment); };
}

}  // namespace hipfit::cli
