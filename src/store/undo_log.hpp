// The undo log: what each command changed, as one batch that 'undo' reverts whole. Entries' changes are
// the rows of `changes`; the check-ins an import added are the rows of `checkin_changes` in its batch.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/checkin/checkin_record.hpp"
#include "store/sql.hpp"

namespace hipfit::store {

struct EntryChange {
    std::string action;  // add, edit, delete or import
    std::int64_t entry_id;
    std::optional<std::string> before;  // the entry as it was (its JSON), for edit and delete
};

// A batch number no account has used. Call inside the transaction that records it.
std::int64_t next_batch(sql::Connection& connection);
void record_entry_changes(sql::Connection& connection, std::int64_t account, std::int64_t batch,
                          const std::vector<EntryChange>& changes);
void record_added_checkins(sql::Connection& connection, std::int64_t account, std::int64_t batch,
                           const std::vector<core::CheckinRecord>& added);

// Reverts the account's latest batch and forgets it; says what it was ("adding entry 3", "an import of
// 12 entries and 2 check-ins"), none when there is nothing to undo. An imported check-in replaced since
// by a new check-in of the same day is kept: the newer decision stands. Call inside a transaction.
std::optional<std::string> undo_latest_batch(sql::Connection& connection, std::int64_t account);

}  // namespace hipfit::store
