// The coach's advice for a person today (core/coach/coach_rules.hpp), read from their whole journal, as the
// report, the check-in and GET /api/coach show it.
#pragma once

#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/coach/coach_rules.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// Every rule that fires today, safety first. Needs a profile (InvalidInput otherwise).
std::vector<core::Advice> coach_advice(store::Repository& journal, core::Date today);

nlohmann::json to_json(const std::vector<core::Advice>& advice);

}  // namespace hipfit::app
