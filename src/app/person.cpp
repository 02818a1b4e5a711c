#include "app/person.hpp"

#include "core/base/errors.hpp"
#include "core/body/body_metrics.hpp"
#include "core/coach/coach_underweight.hpp"

namespace hipfit::app {

core::Profile require_profile(store::Repository* journal) {
    std::optional<core::Profile> profile = journal ? journal->load_profile() : std::nullopt;
    if (!profile)
        throw core::InvalidInput("profile", "no profile yet: run 'hipfit init' first");
    return *profile;
}

core::Profile profile_as_of(store::Repository* journal, core::Date day) {
    core::Profile profile = require_profile(journal);
    if (auto weight = current_weight(journal, day))
        profile.weight = *weight;
    return profile;
}

core::Profile with_goal_in_force(core::Profile profile) {
    profile.goal = core::goal_in_force(profile.goal, core::body_mass_index(profile.weight, profile.height));
    return profile;
}

core::Profile view_profile(store::Repository* journal, core::Date day) {
    return with_goal_in_force(profile_as_of(journal, day));
}

core::UnitSystem journal_units(store::Repository* journal) {
    const std::optional<core::Profile> profile = journal ? journal->load_profile() : std::nullopt;
    return profile ? profile->units : core::UnitSystem::metric;
}

std::optional<core::Kilograms> current_weight(store::Repository* journal, core::Date day) {
    if (journal == nullptr)
        return std::nullopt;
    if (const auto latest = journal->latest_entry({core::EntryKind::weight, std::nullopt, day}))
        return core::Kilograms(latest->value);
    if (auto profile = journal->load_profile())
        return profile->weight;
    return std::nullopt;
}

}  // namespace hipfit::app
