// A process killed mid-write leaves a write-ahead log that the next opener must recover; a reader must
// be able to do that (a read-only connection cannot, and failed with "attempt to write a readonly
// database" after a SIGKILL in the reliability tests).
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

#include "core/journal/journal.hpp"
#include "store/repository.hpp"
#include "tests/support/process.hpp"

namespace hipfit::store {
namespace {

using hipfit::testing::TempDir;

core::Entry water(double ml) {
    core::Entry e;
    e.kind = core::EntryKind::water;
    e.date = core::Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(20)};
    e.time = {8, 0};
    e.value = ml;
    return e;
}

// In a child: one committed entry, then an open transaction with another, then death without closing.
void die_mid_write(const std::string& path) {
    const pid_t pid = fork();
    if (pid == 0) {
        auto journal = open_sqlite(path, OpenFor::write);
        journal->add_entry(water(250));
        sqlite3* db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_exec(db,
                     "BEGIN IMMEDIATE; INSERT INTO entries (kind, date, time, value) "
                     "VALUES ('water', '2026-11-20', '09:00', 999);",
                     nullptr, nullptr, nullptr);
        _exit(0);  // no COMMIT, no close: as if killed
    }
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
}

TEST(CrashRecovery, AReaderRecoversWhatAKilledWriterLeftAndSeesOnlyCommittedEntries) {
    TempDir dir;
    const std::string path = dir.file("h.db");
    die_mid_write(path);
    // A kill that lands before the shared-memory index is written leaves none: the next opener must
    // rebuild it from the log, which needs write access.
    std::remove((path + "-shm").c_str());
    const auto entries = open_sqlite(path, OpenFor::read)->entries({});
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries.front().value, 250);
}

// A kill during the very first transaction, before WAL mode is in force, leaves a hot rollback journal;
// only a connection that may write can roll it back.
TEST(CrashRecovery, AReaderRollsBackAHotJournalLeftByAKilledFirstWrite) {
    TempDir dir;
    const std::string path = dir.file("h.db");
    const pid_t pid = fork();
    if (pid == 0) {
        sqlite3* db = nullptr;
        sqlite3_open(path.c_str(), &db);
        // A tiny cache makes SQLite write pages to the file before the commit, behind a journal.
        sqlite3_exec(db,
                     "PRAGMA cache_size = 1; CREATE TABLE t (x BLOB); BEGIN; "
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                     "INSERT INTO t SELECT randomblob(1000) FROM n;",
                     nullptr, nullptr, nullptr);
        _exit(0);  // killed mid-transaction
    }
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_NE(hipfit::testing::read_file_or_missing(path + "-journal"), "<missing>");
    EXPECT_TRUE(open_sqlite(path, OpenFor::read)->entries({}).empty());
}

}  // namespace
}  // namespace hipfit::store
