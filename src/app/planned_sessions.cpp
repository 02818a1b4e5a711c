#include "app/planned_sessions.hpp"

namespace hipfit::app {

std::optional<core::Session> PlannedSessions::session(const store::Database::Stamp& stamp, core::Date day,
                                                      const core::Profile& profile, const Plan& plan) {
    const Person person{stamp.database, stamp.account};
    {
        const std::lock_guard lock(mutex_);
        const auto found = kept_.find(person);
        if (found != kept_.end() && found->second.training == stamp.training && found->second.day == day &&
            found->second.profile == profile)
            return found->second.session;
    }
    // Planned outside the lock: the other threads' people wait for no one.
    std::optional<core::Session> planned = plan();
    const std::lock_guard lock(mutex_);
    if (kept_.size() >= kMaxPeople && !kept_.contains(person))
        kept_.erase(kept_.begin());
    kept_.insert_or_assign(person, Kept{stamp.training, day, profile, planned});
    return planned;
}

std::size_t PlannedSessions::size() const {
    const std::lock_guard lock(mutex_);
    return kept_.size();
}

}  // namespace hipfit::app
