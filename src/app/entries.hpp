// The one path by which an entry reaches the journal — checked, its derived values worked out, stored —
// the same for 'hipfit log', 'hipfit edit', both workout players and the API's entry and workout routes.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/base/date.hpp"
#include "core/journal/journal.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// Where an entry is checked, derived and stored.
struct EntryWrite {
    // Read for the derived values (the latest weight); may be null when there is no database yet. It is
    // written to unless open_writer is set.
    store::Repository* journal = nullptr;
    core::Date today{};
    // Empty for an entry made from the command line's flags: core's checks, naming its fields. Else where
    // an entry that arrives as data is (e.g. "entry"): the import's checks, naming that place and field.
    std::string where;
    // Opens the journal to write to once the entry is checked, so that bad input neither writes nor
    // creates a database (the command line); the journal is closed again before it returns.
    std::function<std::unique_ptr<store::Repository>()> open_writer;
};

// A new entry: checked as of `today` (InvalidInput, nothing written), its workout energy estimated as
// Σ MET × the latest weight × time (docs/journal.md), stored. Returns it as stored, with its id.
core::Entry add_entry(core::Entry entry, const EntryWrite& write);

// The stored entry entry.id replaced, as add_entry adds one; none when there is no such entry.
std::optional<core::Entry> replace_entry(core::Entry entry, const EntryWrite& write);

}  // namespace hipfit::app
