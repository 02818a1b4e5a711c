#include "app/assessment_view.hpp"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/calorie_target.hpp"
#include "core/checkin/checkin.hpp"
#include "io/assessment_json.hpp"

namespace hipfit::app {

using nlohmann::json;

namespace {

std::string explain(const AdoptedTarget& in_force, const core::Assessment& assessment) {
    const std::string kcal = core::kcal_text(in_force.kcal.value());
    if (in_force.checkin) {
        return fmt::format(
            "In force: {} kcal a day, set by your weekly check-in of {} from what your journal "
            "shows you burn ({} kcal a day). The daily target above is the formula's, from "
            "your profile alone.",
            kcal, core::format_date(in_force.checkin->date), core::kcal_text(in_force.expenditure.value()));
    }
    if (std::lround(in_force.kcal.value()) == std::lround(assessment.target.value()))
        return "In force: this target. A weekly check-in adjusts it once your journal shows what you burn.";
    return fmt::format(
        "In force: {} kcal a day, the formula's for your profile as stored and your latest "
        "weight; the figures above use the values given for this run.",
        kcal);
}

}  // namespace

std::optional<TargetInForce> target_in_force_beside(store::Repository* journal,
                                                    const core::Assessment& assessment, core::Date today) {
    if (journal == nullptr || !journal->load_profile())
        return std::nullopt;
    const AdoptedTarget in_force = target_in_force(journal, today);
    return TargetInForce{in_force.kcal,
                         in_force.checkin ? std::optional(in_force.checkin->date) : std::nullopt,
                         explain(in_force, assessment)};
}

json assessment_json(const core::Profile& profile, const core::Assessment& assessment,
                     const std::optional<TargetInForce>& in_force) {
    json body = io::to_json(profile, assessment);
    body["target_in_force_kcal"] = in_force ? json(in_force->kcal.value()) : json(nullptr);
    body["target_in_force_source"] =
        in_force ? json(in_force->checkin_date ? "checkin" : "formula") : json(nullptr);
    body["target_in_force_explanation"] = in_force ? json(in_force->explanation) : json(nullptr);
    return body;
}

}  // namespace hipfit::app
