// What the journal commands share: opening the journal, the profile's units, the latest weight.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/entries.hpp"
#include "app/person.hpp"
#include "cli/command.hpp"
#include "core/body/profile.hpp"
#include "core/journal/journal.hpp"
#include "store/repository.hpp"

namespace hipfit::cli {

// The journal for reading: none when there is no database yet (nothing has been logged).
std::unique_ptr<store::Repository> open_journal_for_reading(const GlobalOptions& global,
                                                            const Environment& environment);
std::unique_ptr<store::Repository> open_journal_for_writing(const GlobalOptions& global,
                                                            const Environment& environment);

// The person's profile as of a day, and the units they read numbers in (shared with the server).
using app::current_weight;
using app::journal_units;
using app::profile_as_of;
using app::require_profile;

// Where 'log', 'edit' and 'workout' add or replace an entry (app::add_entry): read through `reader`, which
// is closed before the writer opens once the entry is checked (the writer closes last, folding the
// write-ahead log into the database file).
app::EntryWrite entry_write(std::unique_ptr<store::Repository>& reader, const GlobalOptions& global,
                            const Environment& environment);

// An entry id as typed: a positive whole number.
std::int64_t parse_entry_id(const std::string& text);

}  // namespace hipfit::cli
