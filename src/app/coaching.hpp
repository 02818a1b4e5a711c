// The coach's advice for a person today (core/coach/coach_rules.hpp), as the report, the check-in and
// GET /api/coach show it: the rules' last weeks of the journal, and what they read from before them through
// the store's narrow reads.
#pragma once

#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/coach/coach_rules.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// What the rules read from the whole journal up to today (core::coach_history), read narrowly: the weigh-ins,
// the measurements, and the most reps at each load of each exercise before this week.
core::CoachHistory coach_history(store::Repository& journal, core::Date today, const core::Catalog& catalog);

// Every rule that fires today, safety first. Needs a profile (InvalidInput otherwise).
std::vector<core::Advice> coach_advice(store::Repository& journal, core::Date today);

nlohmann::json to_json(const std::vector<core::Advice>& advice);

}  // namespace hipfit::app
