// Sessions planned for people, kept between requests by a server. Planning a day's session reads twelve
// weeks of workouts (session_of_day), yet it changes only when the person's training record does (a
// workout logged, edited or deleted, a swap, an own exercise, an import or an undo: counted apart in
// store::Database::Stamp::training) or their profile, which is compared whole. So a glass of water
// logged needs no new plan. Safe for the server's threads; each person's latest session only, for at
// most kMaxPeople people.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "core/body/profile.hpp"
#include "core/program/plan.hpp"
#include "store/database.hpp"

namespace hipfit::app {

class PlannedSessions {
  public:
    // Beyond this many people, one kept session is let go for each new one (a few kB each).
    static constexpr std::size_t kMaxPeople = 4096;

    using Plan = std::function<std::optional<core::Session>()>;

    // The session `plan` makes for the person `stamp` names on `day` with `profile`: kept from before
    // when none of them has changed since, else planned now and kept. `stamp` is read before the journal.
    [[nodiscard]] std::optional<core::Session> session(const store::Database::Stamp& stamp, core::Date day,
                                                       const core::Profile& profile, const Plan& plan);

    [[nodiscard]] std::size_t size() const;

  private:
    struct Kept {
        std::int64_t training = 0;
        core::Date day;
        core::Profile profile;
        std::optional<core::Session> session;
    };
    using Person = std::pair<std::uint64_t, store::AccountId>;  // the database, the account

    mutable std::mutex mutex_;
    std::map<Person, Kept> kept_;
};

}  // namespace hipfit::app
