// What the journal commands share: opening the journal, the profile's units, the latest weight.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/person.hpp"
#include "cli/command.hpp"
#include "core/journal.hpp"
#include "core/profile.hpp"
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

// An entry id as typed: a positive whole number.
std::int64_t parse_entry_id(const std::string& text);

}  // namespace hipfit::cli
