// The SQLite journal of one account over a connection that may be shared (store::Database).
#pragma once

#include <memory>

#include "store/repository.hpp"
#include "store/sqlite.hpp"

namespace hipfit::store {

// A connection that may write: its folder created, write-ahead logging on, migrations applied.
std::shared_ptr<sqlite::Connection> open_connection_for_writing(const std::string& path);

// The connection must already be prepared for writing (migrations applied).
std::unique_ptr<Repository> make_repository(std::shared_ptr<sqlite::Connection> connection,
                                            AccountId account);

}  // namespace hipfit::store
