// What the journal commands share: opening the journal, the profile's units, the latest weight.
#pragma once

#include <memory>
#include <optional>
#include <string>

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

// The stored profile, or InvalidInput telling the person to run init.
core::Profile require_profile(store::Repository* journal);

// The stored profile with the latest logged weight (on or before `day`): targets and safety checks
// follow the person's weight as it is now, not as it was at 'init'.
core::Profile profile_as_of(store::Repository* journal, core::Date day);

// The units numbers without a suffix are read in: the profile's, else metric.
core::UnitSystem journal_units(store::Repository* journal);

// The most recent logged weight on or before `day`, else the profile's weight; none without either.
std::optional<core::Kilograms> current_weight(store::Repository* journal, core::Date day);

// An entry id as typed: a positive whole number.
std::int64_t parse_entry_id(const std::string& text);

}  // namespace hipfit::cli
