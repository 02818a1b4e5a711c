// The guided workout of a day for one person: the script both players follow and the entry both record
// (docs/workout.md).
#pragma once

#include <optional>

#include "app/entries.hpp"
#include "core/base/date.hpp"
#include "core/journal/journal.hpp"
#include "core/journal/personal_best.hpp"
#include "core/workout/workout_result.hpp"
#include "core/workout/workout_script.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// The script of the program's session on `day`, with its program week; none on a day without a session.
// Needs a profile (InvalidInput otherwise); `journal` may be null (no database yet).
std::optional<core::WorkoutScript> workout_script(store::Repository* journal, core::Date day);

// What was done in a played script, recorded as one workout entry (core::workout_entry) through
// add_entry, at `time` on the script's day — or today, for a session done ahead of its day. None, and
// nothing written, when no set was done: a workout entry needs one.
std::optional<core::Entry> record_workout(const core::WorkoutScript& script,
                                          const core::WorkoutResult& result, core::TimeOfDay time,
                                          const EntryWrite& write);

// The personal bests the stored workout `entry` sets over every other workout up to its day
// (core::personal_bests), for the end of a guided workout.
std::vector<core::PersonalBest> new_personal_bests(store::Repository& journal, const core::Entry& entry);

}  // namespace hipfit::app
