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
// The narrow reads of Repository (repository.hpp).
std::optional<core::Entry> select_latest_entry(sql::Connection& connection, std::int64_t account,
                                               const EntryQuery& query);
// A date for each entry, or each day with entries once.
enum class EachDate { entry, day };
std::vector<core::Date> select_entry_dates(sql::Connection& connection, std::int64_t account,
                                           const EntryQuery& query, EachDate each);
std::vector<core::WeighIn> select_weigh_ins(sql::Connection& connection, std::int64_t account,
                                            std::optional<core::Date> until);
std::vector<DailySum> select_daily_sums(sql::Connection& connection, std::int64_t account,
                                        const EntryQuery& query);
std::vector<ExerciseEffort> select_best_efforts(sql::Connection& connection, std::int64_t account,
                                                core::Date until);

}  // namespace hipfit::store
