#include "store/account_versions.hpp"

#include "core/journal/journal_progression.hpp"

namespace hipfit::store {

AccountVersions account_versions(sql::Connection& connection, AccountId account) {
    sql::Statement select(connection,
                          "SELECT version, training_version FROM account_versions WHERE account_id = ?1");
    select.bind(1, account);
    if (!select.step())
        return {};
    return {select.column_int(0), select.column_int(1)};
}

void count_change(sql::Connection& connection, AccountId account, ChangeReach reach) {
    sql::Statement upsert(connection,
                          reach == ChangeReach::training
                              ? "INSERT INTO account_versions (account_id, version, training_version) VALUES "
                                "(?1, 1, 1) ON CONFLICT (account_id) DO UPDATE SET version = "
                                "account_versions.version + 1, training_version = "
                                "account_versions.training_version + 1"
                              : "INSERT INTO account_versions (account_id, version, training_version) VALUES "
                                "(?1, 1, 0) ON CONFLICT (account_id) DO UPDATE SET version = "
                                "account_versions.version + 1");
    upsert.bind(1, account).run();
}

ChangeReach reach_of(core::EntryKind kind) {
    return core::shapes_sessions(kind) ? ChangeReach::training : ChangeReach::journal;
}

}  // namespace hipfit::store
