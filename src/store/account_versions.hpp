// How many times each account's data has changed. Every write to a person's data counts one change of
// their account in the same transaction, so a server's cached answers about the account stay valid while
// the count stays the same — whichever server or command wrote, on SQLite and on PostgreSQL alike.
// Changes to what plans a session (workouts, the profile, swaps, own exercises, an import or undo) are
// also counted apart, so that a session planned before outlives a glass of water logged.
#pragma once

#include "store/repository.hpp"
#include "store/sql.hpp"

namespace hipfit::store {

struct AccountVersions {
    std::int64_t any = 0;       // every change
    std::int64_t training = 0;  // changes that can change a planned session
};

// What a change can reach: the journal alone, or also the sessions planned from it (the wider compares
// greater).
enum class ChangeReach { journal, training };

[[nodiscard]] AccountVersions account_versions(sql::Connection& connection, AccountId account);
// Inside the writing transaction.
void count_change(sql::Connection& connection, AccountId account, ChangeReach reach = ChangeReach::training);
// The reach of a change to an entry of this kind.
[[nodiscard]] ChangeReach reach_of(core::EntryKind kind);

}  // namespace hipfit::store
