// How a profile maps onto the profiles table's columns.
#pragma once

#include <string_view>

#include "core/body/profile.hpp"
#include "store/sql.hpp"

namespace hipfit::store {

extern const std::string_view kSelectProfileSql;
extern const std::string_view kUpsertProfileSql;

core::Profile profile_from_row(const sql::Statement& row);
// kSelectProfileSql takes the account as ?1; kUpsertProfileSql as ?24, bound here.
void bind_profile(sql::Statement& statement, std::int64_t account, const core::Profile& profile);

}  // namespace hipfit::store
