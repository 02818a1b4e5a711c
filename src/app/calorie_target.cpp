#include "app/calorie_target.hpp"

#include "app/person.hpp"
#include "core/checkin/checkin.hpp"

namespace hipfit::app {

std::optional<core::CheckinRecord> latest_checkin(store::Repository* journal, core::Date day) {
    if (journal == nullptr)
        return std::nullopt;
    std::optional<core::CheckinRecord> latest;
    for (core::CheckinRecord& checkin : journal->checkins()) {
        if (checkin.date <= day)
            latest = std::move(checkin);
    }
    return latest;
}

AdoptedTarget adopted_target(store::Repository* journal, const core::Profile& profile,
                             const core::Assessment& assessment, core::Date day) {
    std::optional<core::CheckinRecord> checkin = latest_checkin(journal, day);
    if (!checkin)
        return {assessment.target, assessment.tdee, std::nullopt};
    const core::Kilocalories expenditure = checkin->expenditure.value_or(assessment.tdee);
    core::RuleStep floor = core::raise_to_floor(checkin->target, profile.sex, assessment.bmr);
    if (!floor.reason.empty()) {
        checkin->target = floor.target;
        checkin->reasons.push_back(std::move(floor.reason));
    }
    return {checkin->target, expenditure, std::move(checkin)};
}

AdoptedTarget target_in_force(store::Repository* journal, core::Date day) {
    const core::Profile profile = view_profile(journal, day);
    return adopted_target(journal, profile, core::assess(profile, day), day);
}

std::optional<core::CheckinRecord> checkin_in_force(store::Repository* journal, core::Date day) {
    return target_in_force(journal, day).checkin;
}

core::StatsTargets targets_in_force(store::Repository* journal, core::Date day) {
    core::StatsTargets targets = core::stats_targets(view_profile(journal, day), day);
    targets.kcal = target_in_force(journal, day).kcal.value();
    return targets;
}

}  // namespace hipfit::app
