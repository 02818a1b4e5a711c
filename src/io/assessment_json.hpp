// The assessment as JSON: stable keys, numbers unrounded (docs/assessment.md lists them).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/assessment/assessment.hpp"

namespace hipfit::io {

nlohmann::json to_json(const core::Profile& profile, const core::Assessment& assessment);

}  // namespace hipfit::io
