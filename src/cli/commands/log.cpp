// hipfit log KIND [VALUE] …: one new journal entry, validated whole before anything is written.
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

struct LogOptions {
    std::string kind;
    EntryFlags flags;
};

// The entry the flags describe, not yet checked (app::add_entry does).
Entry new_entry(const LogOptions& options, const Environment& environment, store::Repository* journal,
                const Catalog& catalog) {
    Entry entry;
    entry.kind = parse_entry_kind(options.kind, "KIND");
    entry.date = environment.clock.today();
    entry.time = environment.clock.time_of_day();
    const bool simple = entry.kind != EntryKind::measure && entry.kind != EntryKind::workout;
    if (simple && !options.flags.value) {
        throw InvalidInput("VALUE",
                           fmt::format("log {}: give the value, e.g. 'hipfit log {} {}'", options.kind,
                                       options.kind, entry.kind == EntryKind::weight ? "72.4kg" : "1"));
    }
    apply_entry_flags(options.flags, entry, journal_units(journal), catalog);
    return entry;
}

int log(const LogOptions& options, const GlobalOptions& global, Environment& environment) {
    auto reader = open_journal_for_reading(global, environment);
    const auto person_catalog = app::person_catalog(reader.get());  // a set may be of an own exercise
    const Catalog& catalog = *person_catalog;
    const UnitSystem units = journal_units(reader.get());
    const Entry entry = app::add_entry(new_entry(options, environment, reader.get(), catalog),
                                       entry_write(reader, global, environment));
    fmt::print(environment.console.out, "Logged {} on {} at {} (id {}).\n",
               entry_summary(entry, units, catalog), format_date(entry.date), format_time_of_day(entry.time),
               entry.id);
    return kExitOk;
}

}  // namespace

Action declare_log(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<LogOptions>();
    app.add_option("kind", options->kind, entry_kind_words())->required();
    declare_entry_flags(app, options->flags);
    return [options, &global, &environment] { return log(*options, global, environment); };
}

}  // namespace hipfit::cli
