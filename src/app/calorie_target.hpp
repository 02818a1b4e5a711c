// The calorie target in force on a day: the latest weekly check-in's, else the assessment's formula.
// Every view that shows a target (today, stats, forecast, report) asks here, so they agree.
#pragma once

#include <optional>

#include "core/assessment/assessment.hpp"
#include "core/checkin/checkin_record.hpp"
#include "core/stats/stats.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// The last check-in on or before `day`; none before the first.
std::optional<core::CheckinRecord> latest_checkin(store::Repository* journal, core::Date day);

struct AdoptedTarget {
    core::Kilocalories kcal;                     // per day
    core::Kilocalories expenditure;              // what it was set against: the estimate, else the formula
    std::optional<core::CheckinRecord> checkin;  // the check-in that set it; none: the formula's
};

// A kept target below the floor for the person as they are now (e.g. imported from a file, or set
// before a change of weight or sex) is raised to it: the floor of calorie_target holds everywhere. The
// check-in then carries the raised target, and core::raise_to_floor's sentence after its reasons.
AdoptedTarget adopted_target(store::Repository* journal, const core::Profile& profile,
                             const core::Assessment& assessment, core::Date day);

// THE calorie target in force for the person on `day`, as every view shows it and the forecast plans it:
// the latest kept check-in's (raised to the floor), else the formula's on the latest logged weight.
// adopted_target for the person as the views see them (view_profile). Needs a stored profile.
AdoptedTarget target_in_force(store::Repository* journal, core::Date day);

// The check-in whose target is in force on `day` (target_in_force's); none while the formula's is.
// What the report and the server's `in_force` show.
std::optional<core::CheckinRecord> checkin_in_force(store::Repository* journal, core::Date day);

// The stats' and the coach's targets on `day`, with the calorie target in force.
core::StatsTargets targets_in_force(store::Repository* journal, core::Date day);

}  // namespace hipfit::app
