// How a check-in maps onto the checkins table.
#pragma once

#include <cstdint>
#include <vector>

#include "core/checkin_record.hpp"
#include "store/sqlite.hpp"

namespace hipfit::store {

// Creates or replaces the account's check-in of that day.
void upsert_checkin(sqlite::Connection& connection, std::int64_t account, const core::CheckinRecord& checkin);
// The account's check-ins, oldest first.
std::vector<core::CheckinRecord> select_checkins(sqlite::Connection& connection, std::int64_t account);

}  // namespace hipfit::store
