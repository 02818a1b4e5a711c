// The journal of one account over a SQL connection (SQLite or PostgreSQL) that may be shared
// (store::Database).
#pragma once

#include <memory>

#include "store/repository.hpp"
#include "store/sql.hpp"

namespace hipfit::store {

// The connection's schema must be current when `schema_is_current` (migrations applied); otherwise
// the database is new and empty, and every read answers nothing.
std::unique_ptr<Repository> make_repository(std::shared_ptr<sql::Connection> connection, AccountId account,
                                            bool schema_is_current = true);

}  // namespace hipfit::store
