// One person's profile as it stands on a day: what the CLI and the server both start from.
#pragma once

#include <optional>

#include "core/base/date.hpp"
#include "core/body/profile.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// The stored profile, or InvalidInput telling the person to run init.
core::Profile require_profile(store::Repository* journal);

// The stored profile with the latest logged weight (on or before `day`): targets and safety checks
// follow the person's weight as it is now, not as it was at 'init'.
core::Profile profile_as_of(store::Repository* journal, core::Date day);

// The profile with the goal hipfit plans for (core::goal_in_force): a lose-fat goal is read as maintain
// while the weight is underweight, so the views plan to maintain instead of refusing. The stored profile
// is unchanged, and 'assess' and 'init', which are about the goal itself, still refuse it.
core::Profile with_goal_in_force(core::Profile profile);

// What every view (today, stats, the check-in, the forecast, the coach, the report) starts from:
// with_goal_in_force(profile_as_of(journal, day)).
core::Profile view_profile(store::Repository* journal, core::Date day);

// The units numbers without a suffix are read in: the profile's, else metric.
core::UnitSystem journal_units(store::Repository* journal);

// The most recent logged weight on or before `day`, else the profile's weight; none without either.
std::optional<core::Kilograms> current_weight(store::Repository* journal, core::Date day);

}  // namespace hipfit::app
