// How a profile maps onto the profile table's columns.
#pragma once

#include <string_view>

#include "core/profile.hpp"
#include "store/sqlite.hpp"

namespace hipfit::store {

extern const std::string_view kSelectProfileSql;
extern const std::string_view kUpsertProfileSql;

core::Profile profile_from_row(const sqlite::Statement& row);
void bind_profile(sqlite::Statement& statement, const core::Profile& profile);

}  // namespace hipfit::store
