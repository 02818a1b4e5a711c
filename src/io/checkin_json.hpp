// A weekly check-in as JSON, as the export's "checkins" array and the store's undo log hold it.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/checkin/checkin_record.hpp"

namespace hipfit::io {

// Every field, in kcal per day; an expenditure (and its SD) the check-in had none of is null.
nlohmann::json checkin_to_json(const core::CheckinRecord& checkin);
// Strict: missing fields, wrong types and malformed dates are core::InvalidInput naming `where` (e.g.
// "FILE: checkin 2") and the field. Values are not range-checked here (app::check_checkin_at does that).
core::CheckinRecord checkin_from_json(const nlohmann::json& json, const std::string& where);

}  // namespace hipfit::io
