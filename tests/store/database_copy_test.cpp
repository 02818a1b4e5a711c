// Moving house at the store: every table but the sessions and the throttles' counts is copied, ids kept;
// the copy is checked before it is kept, and a failed check leaves the target as it was.
#include <gtest/gtest.h>

#include <set>

#include "store/database.hpp"
#include "store/database_copy.hpp"
#include "store/errors.hpp"
#include "store/open.hpp"
#include "store/sqlite.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::store {
namespace {

using namespace hipfit::core;

class DatabaseCopy : public testing::OnEveryStore {
  protected:
    // Two accounts, a coach link between them, a session, and a journal each.
    void fill() {
        Database database(location());
        Accounts& accounts = database.accounts();
        const Account owner = *accounts.create_account("owner@example.com", "$argon2id$owner");
        const Account coach = *accounts.create_account("Coach@Example.com", "$argon2id$coach");
        accounts.create_session("token-hash", SessionRecord{owner.id, "csrf", 2'000'000'000});
        ASSERT_TRUE(accounts.invite_coach(owner.id, coach.id));
        ASSERT_TRUE(accounts.accept_invitation(owner.id, coach.id));
        for (const AccountId account : {owner.id, coach.id}) {
            Entry water;
            water.kind = EntryKind::water;
            water.date = parse_date("2026-11-20", "date");
            water.time = {9, 0};
            water.value = 250.0 * static_cast<double>(account);
            database.journal(account)->add_entry(water);
        }
    }
};

TEST_P(DatabaseCopy, EveryTableButSessionsAndThrottlesIsCopied) {
    fill();
    testing::TempDir dir;
    const std::string copy = dir.file("copy.db");
    std::vector<AccountId> compared;
    const TableCounts copied = move_database(
        location(), copy,
        [&](const JournalOf& from, const JournalOf& to, const std::vector<AccountId>& accounts) {
            compared = accounts;
            for (const AccountId account : accounts)
                EXPECT_EQ(from(account)->entries({}).size(), to(account)->entries({}).size());
        });
    EXPECT_EQ(copied.at("accounts"), 2);
    EXPECT_EQ(copied.at("entries"), 2);
    EXPECT_EQ(copied.at("coach_links"), 1);
    EXPECT_EQ(compared, (std::vector<AccountId>{1, 2}));
    Database moved(copy);
    EXPECT_FALSE(moved.accounts().find_session("token-hash").has_value()) << "people sign in again";
    EXPECT_TRUE(moved.accounts().is_active_coach(2, 1));
    EXPECT_EQ(moved.accounts().find_account_by_email("coach@example.com")->id, 2);
    EXPECT_EQ(moved.journal(2)->entries({}).front().value, 500.0);

    // Every table of the schema is copied but those left out on purpose: a table a migration adds must be
    // added to the copy too.
    sqlite::Connection schema(copy, sqlite::OpenMode::existing);
    sql::Statement names(schema, "SELECT name FROM sqlite_master WHERE type = 'table'");
    std::set<std::string> tables;
    while (names.step()) tables.insert(names.column_text(0));
    for (const char* left_out : {"sessions", "throttle_windows", "sign_in_pairs"}) tables.erase(left_out);
    std::set<std::string> counted;
    for (const auto& [table, rows] : count_rows(schema)) counted.insert(table);
    EXPECT_EQ(counted, tables);
}

TEST_P(DatabaseCopy, AFailedCheckLeavesTheTargetEmpty) {
    fill();
    testing::TempDir dir;
    const std::string copy = dir.file("copy.db");
    EXPECT_THROW(move_database(location(), copy,
                               [](const JournalOf&, const JournalOf&, const std::vector<AccountId>&) {
                                   throw StoreError("differs");
                               }),
                 StoreError);
    const std::shared_ptr<sql::Connection> target = open_connection_for_writing(copy);
    for (const auto& [table, rows] : count_rows(*target)) EXPECT_EQ(rows, 0) << table;
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(DatabaseCopy);

}  // namespace
}  // namespace hipfit::store
