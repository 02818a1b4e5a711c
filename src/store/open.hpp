// Where a hipfit database lives: a SQLite file's path (a household's default), or a PostgreSQL URL
// (postgresql://user@host:port/db, or postgres://; parts left out come from the PG* environment, as
// everywhere libpq connects) for servers that share one database.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "store/sql.hpp"

namespace hipfit::store {

[[nodiscard]] bool is_postgresql_location(std::string_view location);

// A connection that may write: for SQLite its folder created and write-ahead logging on; migrations
// applied on both.
std::shared_ptr<sql::Connection> open_connection_for_writing(const std::string& location);

// The location as it may be shown: a URL's password left out.
[[nodiscard]] std::string printable_location(std::string_view location);

}  // namespace hipfit::store
