// How many times each account's data has changed. Every write to a person's data counts one change of
// their account in the same transaction, so a server's cached answers about the account stay valid while
// the count stays the same — whichever server or command wrote, on SQLite and on PostgreSQL alike.
#pragma once

#include "store/repository.hpp"
#include "store/sql.hpp"

namespace hipfit::store {

[[nodiscard]] std::int64_t account_version(sql::Connection& connection, AccountId account);
// Inside the writing transaction.
void count_change(sql::Connection& connection, AccountId account);

}  // namespace hipfit::store
