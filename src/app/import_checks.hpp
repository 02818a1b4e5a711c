// Checks of entries, profiles and check-ins that arrive as data (an import, an API request) rather than as
// flags: the same ranges as 'hipfit log' and 'hipfit init', with errors naming the export's fields.
#pragma once

#include <string>
#include <string_view>

#include "core/base/date.hpp"
#include "core/body/profile.hpp"
#include "core/checkin/checkin_record.hpp"
#include "core/journal/journal.hpp"
#include "core/program/own_exercise.hpp"
#include "io/export_format.hpp"

namespace hipfit::app {

// InvalidInput naming `where` and the export's field (e.g. "value", "sets", "date").
// A set's exercise is looked up in `catalog` (the person's: app/own_exercises.hpp).
void check_entry_at(const core::Entry& entry, const std::string& where, core::Date today,
                    const core::Catalog& catalog);
// What 'hipfit init' checks: ranges, consistency, adults only (SafetyRefusal), a goal that cannot harm.
void check_profile_at(const core::Profile& profile, const std::string& where, core::Date today);
// A check-in as hipfit could have kept it: no date in the future, numbers in
// core/checkin/checkin_limits.hpp's ranges, a standard deviation only with an expenditure.
void check_checkin_at(const core::CheckinRecord& checkin, const std::string& where, core::Date today);

// An export read and every entry, the profile, every check-in (at most one a day) and every own exercise
// checked, before anything is written. An own exercise of the file equal to one of the person's
// (`existing`) is fine (the import skips it); one that shares its id or name (case aside) with a
// different one of theirs is refused, as one breaking core's rules is. Sets may name the catalog's
// exercises, the person's and the file's.
io::ExportData read_checked_export(std::string_view text, const std::string& file, core::Date today,
                                   const std::vector<core::OwnExercise>& existing);

}  // namespace hipfit::app
