// How a check-in maps onto the checkins table.
#pragma once

#include <cstdint>
#include <vector>

#include "core/checkin/checkin_record.hpp"
#include "store/sql.hpp"

namespace hipfit::store {

// Creates or replaces the account's check-in of that day.
void upsert_checkin(sql::Connection& connection, std::int64_t account, const core::CheckinRecord& checkin);
// Adds the check-in unless the account has one that day (which is kept); true when added.
bool insert_checkin_if_free(sql::Connection& connection, std::int64_t account,
                            const core::CheckinRecord& checkin);
// Removes the account's check-in of that day if it is still exactly `checkin`; true when removed.
bool remove_checkin_if_unchanged(sql::Connection& connection, std::int64_t account,
                                 const core::CheckinRecord& checkin);
// The account's check-ins, oldest first.
std::vector<core::CheckinRecord> select_checkins(sql::Connection& connection, std::int64_t account);

}  // namespace hipfit::store
