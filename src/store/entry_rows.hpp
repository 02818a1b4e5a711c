// How journal entries map onto the entries and workout_sets tables.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/journal/journal.hpp"
#include "store/repository.hpp"
#include "store/sql.hpp"

namespace hipfit::store {

// Inserts the entry with `id` (0: let SQLite choose) and its sets; returns the id.
// Every call but entry_exists sees only the entries of `account`; ids are unique across accounts.
std::int64_t insert_entry(sql::Connection& connection, std::int64_t account, const core::Entry& entry,
                          std::int64_t id);
bool remove_entry(sql::Connection& connection, std::int64_t account, std::int64_t id);
bool entry_exists(sql::Connection& connection, std::int64_t id);
std::optional<core::Entry> select_entry(sql::Connection& connection, std::int64_t account, std::int64_t id);
std::vector<core::Entry> select_entries(sql::Connection& connection, std::int64_t account,
                                        const EntryQuery& query);

}  // namespace hipfit::store
