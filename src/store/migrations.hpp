// Numbered schema migrations. The database's PRAGMA user_version is the number of the last one applied.
#pragma once

#include "store/sqlite.hpp"

namespace hipfit::store {

// The schema version this build writes.
int latest_schema_version();

// Applies every migration above the database's version, each in its own transaction. Throws
// StoreError, writing nothing, when the database is newer than latest_schema_version().
void migrate(sqlite::Connection& connection);

// Write-ahead logging on, then migrate(): what every connection that may write does first.
void prepare_for_writing(sqlite::Connection& connection);

// Throws StoreError, naming both versions, when a database's schema `version` is above `latest` (either
// store's).
void refuse_schema_newer_than(int version, int latest);

// Throws StoreError when the database is newer than this build understands.
void refuse_newer_schema(sqlite::Connection& connection);

}  // namespace hipfit::store
