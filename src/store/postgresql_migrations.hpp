// Numbered schema migrations for PostgreSQL. The table hipfit_schema holds the number of the last one
// applied; PostgreSQL's numbers are its own (its first migration creates what SQLite reached in nine).
#pragma once

#include "store/postgresql.hpp"

namespace hipfit::store::postgresql {

// The schema version this build writes.
[[nodiscard]] int latest_schema_version();
// 0 on a database hipfit has not written yet.
[[nodiscard]] int schema_version(Connection& connection);
// Throws StoreError when `version` is newer than this build understands.
void refuse_newer_schema(int version);
// Applies every migration above the database's version, each in its own transaction, one server at a
// time. Throws StoreError, writing nothing, when the database is newer than this build.
void migrate(Connection& connection);

}  // namespace hipfit::store::postgresql
