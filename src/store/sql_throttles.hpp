// store::ThrottleStore over a SQL connection (SQLite or PostgreSQL).
#pragma once

#include <memory>

#include "store/sql.hpp"
#include "store/throttle_store.hpp"

namespace hipfit::store {

std::unique_ptr<ThrottleStore> make_throttle_store(sql::Connection& connection);

}  // namespace hipfit::store
