// 'hipfit assess' and GET /api/assessment: the assessment's own figures (its target is the formula's)
// and, beside them, the calorie target in force, with why the two differ.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/assessment/assessment.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

struct TargetInForce {
    core::Kilocalories kcal;
    std::optional<core::Date> checkin_date;  // the check-in that set it; none: the formula's
    std::string explanation;                 // which one is in force, and why it differs from `target_kcal`
};

// The target in force beside `assessment` (the person's, or one with values given for this run only);
// none without a stored profile.
std::optional<TargetInForce> target_in_force_beside(store::Repository* journal,
                                                    const core::Assessment& assessment, core::Date today);

// io::to_json's assessment, with `target_in_force_kcal`, `target_in_force_source` ("checkin",
// "formula") and `target_in_force_explanation` (null without a stored profile).
nlohmann::json assessment_json(const core::Profile& profile, const core::Assessment& assessment,
                               const std::optional<TargetInForce>& in_force);

}  // namespace hipfit::app
