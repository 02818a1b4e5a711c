// Moving house: a whole hipfit database copied to another store (a household's SQLite file to the
// PostgreSQL database of a hosted service, or back), every person's export compared before it is kept.
#pragma once

#include <string>

#include "store/database_copy.hpp"

namespace hipfit::app {

struct MoveOutcome {
    store::TableCounts copied;          // rows per table
    std::size_t journals_compared = 0;  // accounts whose exports were the same on both sides
};

// Copies `from` into `to` (store::move_database) and commits only when every table holds as many rows on
// both sides and every account's export (docs/export-format.md) is byte for byte the same; else throws
// StoreError and `to` is left as it was.
MoveOutcome move_house(const std::string& from, const std::string& to);

}  // namespace hipfit::app
