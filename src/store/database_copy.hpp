// Moving house: every account with its profile, journal, check-ins, own exercises, swaps, coach links and
// undo log copied from one database to another (SQLite ⇄ PostgreSQL), ids kept. Sessions are not copied:
// people sign in again on the new database.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "store/sql.hpp"

namespace hipfit::store {

// Rows per table, by the table's name.
using TableCounts = std::map<std::string, std::int64_t>;

// Rows of every table copy_database copies.
[[nodiscard]] TableCounts count_rows(sql::Connection& connection);

// Copies into `to`, which must hold no account and no entry yet (StoreError otherwise), in one transaction
// on `to`: a failure leaves it as it was. Reads `from` in one transaction too, so the copy is consistent
// while others write. Answers the rows copied per table.
TableCounts copy_database(sql::Connection& from, sql::Connection& to);

// A consistent copy of the whole database at `from` into a new SQLite file at `path` (hipfit backup):
// SQLite's online backup for a SQLite database (sessions included), copy_database for PostgreSQL.
void copy_whole_database(sql::Connection& from, const std::string& path);

}  // namespace hipfit::store
