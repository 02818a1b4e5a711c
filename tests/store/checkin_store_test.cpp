// Check-ins in the journal: kept per account, one a day (the latest decision stands), read back whole;
// through Repository::import added with the entries in one transaction (all or nothing), a stored
// check-in of the same day kept, and undo of the import removing exactly the check-ins it added, per
// account.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/errors.hpp"
#include "store/open.hpp"
#include "store/repository.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::store {
namespace {

class CheckinStore : public testing::OnEveryStore {};

using namespace hipfit::core;
using hipfit::testing::TempDir;

Date day(int d) {
    return Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(static_cast<unsigned>(d))};
}

CheckinRecord checkin_on(int d, double target) {
    return CheckinRecord{day(d),
                         Kilocalories(target),
                         Kilocalories(2000),
                         Kilocalories(2310.5),
                         Kilocalories(95.25),
                         {"You burn about 2,310 kcal a day.", "Target \"moved\" by 100 kcal."}};
}

TEST_P(CheckinStore, CheckinsRoundTripOldestFirst) {
    const std::string path = location();
    {
        auto journal = open_repository(path, OpenFor::write);
        journal->save_checkin(checkin_on(23, 2100));
        CheckinRecord unavailable{day(9),       Kilocalories(2000), Kilocalories(2000),
                                  std::nullopt, std::nullopt,       {"Needs 5 more days of weigh-ins."}};
        journal->save_checkin(unavailable);
    }
    auto journal = open_repository(path, OpenFor::read);
    const std::vector<CheckinRecord> stored = journal->checkins();
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].date, day(9));
    EXPECT_EQ(stored[0].expenditure, std::nullopt);
    EXPECT_EQ(stored[0].reasons, std::vector<std::string>{"Needs 5 more days of weigh-ins."});
    EXPECT_EQ(stored[1], checkin_on(23, 2100));
}

TEST_P(CheckinStore, ASecondCheckinOnTheSameDayReplacesTheFirst) {
    auto journal = open_repository(location(), OpenFor::write);
    journal->save_checkin(checkin_on(23, 2100));
    journal->save_checkin(checkin_on(23, 2050));
    const std::vector<CheckinRecord> stored = journal->checkins();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_DOUBLE_EQ(stored[0].target.value(), 2050);
}

TEST_P(CheckinStore, EachAccountSeesOnlyItsOwnCheckins) {
    const std::string path = location();
    open_repository(path, OpenFor::write, 1)->save_checkin(checkin_on(23, 2100));
    open_repository(path, OpenFor::write, 2)->save_checkin(checkin_on(16, 1900));
    const auto first = open_repository(path, OpenFor::read, 1)->checkins();
    const auto second = open_repository(path, OpenFor::read, 2)->checkins();
    ASSERT_EQ(first.size(), 1u);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_DOUBLE_EQ(first[0].target.value(), 2100);
    EXPECT_DOUBLE_EQ(second[0].target.value(), 1900);
}

Entry water(double ml) {
    Entry e;
    e.kind = EntryKind::water;
    e.value = ml;
    e.date = day(20);
    e.time = {12, 0};
    return e;
}

void run_sqlite(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

class CheckinImport : public testing::OnEveryStore {
  protected:
    std::unique_ptr<Repository> open(AccountId account = kLocalAccount) {
        return open_repository(path(), OpenFor::write, account);
    }
    [[nodiscard]] std::string path() const { return location(); }

    // Runs SQL on the test's database over a connection of its own, in the store's own dialect.
    void run_sql(std::string_view sqlite_sql, std::string_view postgresql_sql) {
        open_connection_for_writing(location())->execute(on_sqlite() ? sqlite_sql : postgresql_sql);
    }
};

TEST_P(CheckinImport, CheckinsAreAddedWithTheEntriesAndUndoneWithThem) {
    auto journal = open();
    const std::int64_t before = journal->add_entry(water(250));
    const std::vector<CheckinRecord> incoming{checkin_on(7, 1900), checkin_on(14, 1850.5),
                                              checkin_on(21, 1800)};
    const ImportResult result = journal->import({water(500), water(750)}, std::nullopt, incoming);
    EXPECT_EQ(result.entries, 2u);
    EXPECT_EQ(result.checkins, 3u);
    EXPECT_TRUE(result.checkins_kept.empty());
    EXPECT_EQ(journal->checkins(), incoming);
    EXPECT_EQ(journal->entries({}).size(), 3u);

    EXPECT_EQ(journal->undo(), "an import of 2 entries and 3 check-ins");
    EXPECT_TRUE(journal->checkins().empty());
    ASSERT_EQ(journal->entries({}).size(), 1u);
    EXPECT_EQ(journal->entries({}).front().id, before);
    EXPECT_EQ(journal->undo(), "adding entry " + std::to_string(before));
    EXPECT_EQ(journal->undo(), std::nullopt);
}

TEST_P(CheckinImport, AnImportOfCheckinsAloneIsOneUndoStepInItsTurn) {
    auto journal = open();
    ASSERT_EQ(journal->import({}, std::nullopt, {checkin_on(7, 1900), checkin_on(14, 1850)}).checkins, 2u);
    const std::int64_t later = journal->add_entry(water(300));  // a later batch than the import's
    EXPECT_EQ(journal->undo(), "adding entry " + std::to_string(later));
    EXPECT_EQ(journal->checkins().size(), 2u);
    journal.reset();
    EXPECT_EQ(open()->undo(), "an import of 2 check-ins");  // the log survives reopening
    EXPECT_TRUE(open()->checkins().empty());
    EXPECT_EQ(open()->undo(), std::nullopt);
}

TEST_P(CheckinImport, AStoredCheckinOfTheSameDayIsKeptAndSurvivesTheUndo) {
    auto journal = open();
    journal->save_checkin(checkin_on(14, 2100));
    const ImportResult result =
        journal->import({}, std::nullopt, {checkin_on(7, 1900), checkin_on(14, 1850)});
    EXPECT_EQ(result.checkins, 1u);
    EXPECT_EQ(result.checkins_kept, std::vector<Date>{day(14)});
    EXPECT_EQ(journal->checkins(), (std::vector<CheckinRecord>{checkin_on(7, 1900), checkin_on(14, 2100)}));
    EXPECT_EQ(journal->undo(), "an import of 1 check-in");
    EXPECT_EQ(journal->checkins(), std::vector<CheckinRecord>{checkin_on(14, 2100)});
}

TEST_P(CheckinImport, AnImportedCheckinReplacedSinceByANewOneIsNotUndone) {
    auto journal = open();
    journal->import({water(500)}, std::nullopt, {checkin_on(14, 1900), checkin_on(21, 1850)});
    journal->save_checkin(checkin_on(21, 1800));  // today's 'hipfit checkin', after the import
    EXPECT_EQ(
        journal->undo(),
        "an import of 1 entry and 2 check-ins (kept the check-in of 2026-11-21: replaced since by a newer "
        "one)");
    EXPECT_EQ(journal->checkins(), std::vector<CheckinRecord>{checkin_on(21, 1800)});
    EXPECT_TRUE(journal->entries({}).empty());
}

TEST_P(CheckinImport, EachAccountUndoesOnlyItsOwnImport) {
    ASSERT_EQ(open(1)->import({water(100)}, std::nullopt, {checkin_on(7, 1900)}).checkins, 1u);
    ASSERT_EQ(open(2)->import({}, std::nullopt, {checkin_on(7, 2500), checkin_on(14, 2450)}).checkins, 2u);
    EXPECT_EQ(open(1)->checkins(), std::vector<CheckinRecord>{checkin_on(7, 1900)});
    EXPECT_EQ(open(1)->undo(), "an import of 1 entry and 1 check-in");
    EXPECT_TRUE(open(1)->checkins().empty());
    EXPECT_EQ(open(2)->checkins().size(), 2u) << "account 1's undo left account 2's check-ins";
    EXPECT_EQ(open(2)->undo(), "an import of 2 check-ins");
    EXPECT_TRUE(open(2)->checkins().empty());
    EXPECT_EQ(open(1)->entries({}).size(), 0u);
}

// A failure at the very end of the import (recording its undo step) leaves nothing of it behind.
TEST_P(CheckinImport, AnImportThatFailsWritesNothing) {
    auto journal = open();
    journal->save_checkin(checkin_on(1, 2000));
    run_sql(
        "CREATE TRIGGER refuse BEFORE INSERT ON checkin_changes BEGIN SELECT RAISE(ABORT, 'no'); END;",
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''no''; END'; "
        "CREATE TRIGGER refuse BEFORE INSERT ON checkin_changes FOR EACH ROW EXECUTE FUNCTION refuse();");
    EXPECT_THROW(journal->import({water(500)}, std::nullopt, {checkin_on(7, 1900)}), StoreError);
    EXPECT_EQ(journal->checkins(), std::vector<CheckinRecord>{checkin_on(1, 2000)});
    EXPECT_TRUE(journal->entries({}).empty());
    EXPECT_EQ(journal->undo(), std::nullopt);
}

// SQLite's own migrations (PostgreSQL's schema began where SQLite's reached 9).
TEST(CheckinUpgrade, ASchema4DatabaseIsUpgradedKeepingItsCheckinsAndUndoLog) {
    TempDir dir;
    const std::string path = dir.file("journal.db");
    auto open = [&] { return open_sqlite(path, OpenFor::write); };
    open()->add_entry(water(200));
    open()->save_checkin(checkin_on(7, 1900));
    // Schema 4 is today's without what migrations 5 to 13 add (11 replaced an index of schema 3).
    run_sqlite(
        path,
        "DROP TABLE checkin_changes; DROP TABLE own_exercises; DROP TABLE plan_swaps; DROP TABLE "
        "own_exercise_changes; DROP INDEX entries_by_account_source; ALTER TABLE entries DROP COLUMN source; "
        "ALTER TABLE workout_sets DROP COLUMN warm_up; "
        "ALTER TABLE workout_sets DROP COLUMN swapped_from; DROP TABLE account_versions; "
        "DROP INDEX accounts_by_lower_email; DROP TABLE throttle_windows; DROP TABLE sign_in_pairs; "
        "DROP INDEX entries_by_account_kind_date_time; DROP INDEX entries_by_account_date_kind; "
        "CREATE INDEX entries_by_account_kind ON entries (account_id, kind, date); PRAGMA user_version = 4;");
    auto journal = open();
    EXPECT_EQ(journal->checkins(), std::vector<CheckinRecord>{checkin_on(7, 1900)});
    journal->import({}, std::nullopt, {checkin_on(14, 1850)});
    EXPECT_EQ(journal->undo(), "an import of 1 check-in");
    EXPECT_EQ(journal->undo(), "adding entry 1");
    EXPECT_EQ(journal->checkins(), std::vector<CheckinRecord>{checkin_on(7, 1900)});
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(CheckinStore);
HIPFIT_INSTANTIATE_ON_EVERY_STORE(CheckinImport);

}  // namespace
}  // namespace hipfit::store
