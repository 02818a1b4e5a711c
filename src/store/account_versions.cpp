#include "store/account_versions.hpp"

namespace hipfit::store {

std::int64_t account_version(sql::Connection& connection, AccountId account) {
    sql::Statement select(connection, "SELECT version FROM account_versions WHERE account_id = ?1");
    select.bind(1, account);
    return select.step() ? select.column_int(0) : 0;
}

void count_change(sql::Connection& connection, AccountId account) {
    sql::Statement upsert(connection,
                          "INSERT INTO account_versions (account_id, version) VALUES (?1, 1) "
                          "ON CONFLICT (account_id) DO UPDATE SET version = account_versions.version + 1");
    upsert.bind(1, account).run();
}

}  // namespace hipfit::store
