// Moving house: every account with its profile, journal, check-ins, own exercises, swaps, coach links and
// undo log copied from one database to another (SQLite ⇄ PostgreSQL), ids kept. Sessions are not copied:
// people sign in again on the new database.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "store/repository.hpp"
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

// One account's journal on one side of a copy, read inside the copy's transaction.
using JournalOf = std::function<std::unique_ptr<Repository>(AccountId)>;
// Checks the copy before it is committed, given both sides and every account that holds a profile, an
// entry or a check-in; throws to roll the copy back.
using CopyCheck =
    std::function<void(const JournalOf& from, const JournalOf& to, const std::vector<AccountId>& accounts)>;

// Moving house between two locations (a SQLite path or a postgresql:// URL, store/open.hpp): `from` must
// hold a hipfit database (it is upgraded first when older, as any reader does), `to` is created (on
// PostgreSQL, its tables) and must be empty. The copy is checked by counting every table on both sides,
// then by `check`, and committed only when both agree. Answers the rows copied per table.
TableCounts move_database(const std::string& from, const std::string& to, const CopyCheck& check);

// A consistent copy of the whole database at `from` into a new SQLite file at `path` (hipfit backup):
// SQLite's online backup for a SQLite database (sessions included), copy_database for PostgreSQL.
void copy_whole_database(sql::Connection& from, const std::string& path);

}  // namespace hipfit::store
