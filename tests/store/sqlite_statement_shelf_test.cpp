// A SQLite connection keeps its prepared statements for the next use of the same SQL (sqlite.cpp). These
// tests show that a kept statement behaves as a fresh one: nothing bound or read before carries over, it
// holds no read transaction, and it neither blocks nor outlives a change to the schema.
#include <gtest/gtest.h>

#include <string>

#include "store/sqlite.hpp"
#include "tests/support/process.hpp"

namespace hipfit::store {
namespace {

class StatementShelfTest : public ::testing::Test {
  protected:
    void SetUp() override {
        sqlite::Connection setup(path_, sqlite::OpenMode::read_write_create);
        setup.execute("PRAGMA journal_mode = WAL");
        setup.execute("CREATE TABLE t (x INTEGER, label TEXT)");
        setup.execute("INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three')");
    }

    hipfit::testing::TempDir folder_;
    std::string path_ = folder_.path() + "/shelf.db";
};

std::string label_of(sqlite::Connection& connection, std::int64_t x) {
    sql::Statement select(connection, "SELECT label FROM t WHERE x = ?1");
    select.bind(1, x);
    return select.step() ? select.column_text(0) : "(none)";
}

TEST_F(StatementShelfTest, TheSameSqlAgainReadsWithItsNewValues) {
    sqlite::Connection connection(path_, sqlite::OpenMode::existing);
    EXPECT_EQ(label_of(connection, 1), "one");
    EXPECT_EQ(label_of(connection, 3), "three");
    EXPECT_EQ(label_of(connection, 9), "(none)");
    EXPECT_EQ(label_of(connection, 2), "two");
}

TEST_F(StatementShelfTest, AValueBoundBeforeDoesNotCarryOver) {
    sqlite::Connection connection(path_, sqlite::OpenMode::existing);
    const std::string sql = "SELECT count(*) FROM t WHERE ?1 IS NULL OR x = ?1";
    {
        sql::Statement first(connection, sql);
        first.bind(1, std::int64_t{2});
        ASSERT_TRUE(first.step());
        EXPECT_EQ(first.column_int(0), 1);
    }
    sql::Statement again(connection, sql);  // nothing bound: ?1 is NULL, every row counts
    ASSERT_TRUE(again.step());
    EXPECT_EQ(again.column_int(0), 3);
}

TEST_F(StatementShelfTest, TwoCursorsOverTheSameSqlStepApart) {
    sqlite::Connection connection(path_, sqlite::OpenMode::existing);
    const std::string sql = "SELECT x FROM t ORDER BY x";
    sql::Statement outer(connection, sql);
    ASSERT_TRUE(outer.step());
    EXPECT_EQ(outer.column_int(0), 1);
    {
        sql::Statement inner(connection, sql);
        ASSERT_TRUE(inner.step());
        EXPECT_EQ(inner.column_int(0), 1);
        ASSERT_TRUE(inner.step());
        EXPECT_EQ(inner.column_int(0), 2);
    }
    ASSERT_TRUE(outer.step());
    EXPECT_EQ(outer.column_int(0), 2);
    ASSERT_TRUE(outer.step());
    EXPECT_EQ(outer.column_int(0), 3);
    EXPECT_FALSE(outer.step());
}

// A statement left in the middle of its rows would keep its snapshot, and the write-ahead log could not be
// checkpointed back into the database past it.
TEST_F(StatementShelfTest, AStatementPutAwayHoldsNoReadTransaction) {
    sqlite::Connection reader(path_, sqlite::OpenMode::existing);
    {
        sql::Statement select(reader, "SELECT x FROM t ORDER BY x");
        ASSERT_TRUE(select.step());  // two rows left unread
    }
    EXPECT_FALSE(reader.in_transaction());
    sqlite::Connection writer(path_, sqlite::OpenMode::existing);
    writer.execute("INSERT INTO t VALUES (4, 'four')");
    sql::Statement checkpoint(writer, "PRAGMA wal_checkpoint(TRUNCATE)");
    ASSERT_TRUE(checkpoint.step());
    EXPECT_EQ(checkpoint.column_int(0), 0) << "the checkpoint was blocked by a reader";
}

TEST_F(StatementShelfTest, TheSchemaChangesUnderAKeptStatement) {
    sqlite::Connection connection(path_, sqlite::OpenMode::existing);
    EXPECT_EQ(label_of(connection, 1), "one");
    connection.execute("DROP TABLE t");  // a kept statement does not lock the table
    connection.execute("CREATE TABLE t (label TEXT, x INTEGER)");
    connection.execute("INSERT INTO t VALUES ('uno', 1)");
    EXPECT_EQ(label_of(connection, 1), "uno");  // prepared again for the new table
}

TEST_F(StatementShelfTest, ManyDistinctStatementsAllRun) {
    sqlite::Connection connection(path_, sqlite::OpenMode::existing);
    for (int i = 0; i < 500; ++i) {
        sql::Statement select(connection, "SELECT x + " + std::to_string(i) + " FROM t WHERE x = 1");
        ASSERT_TRUE(select.step());
        EXPECT_EQ(select.column_int(0), 1 + i);
    }
    EXPECT_EQ(label_of(connection, 2), "two");
}

}  // namespace
}  // namespace hipfit::store
