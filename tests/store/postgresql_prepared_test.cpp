// A PostgreSQL connection prepares each statement once and runs it again by name (postgresql.cpp). These
// tests show that a statement prepared before behaves as one sent whole: new values each time, a null
// where a number was, a rolled-back transaction, and a new session after the server ended the last one.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "store/errors.hpp"
#include "store/postgresql.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::store {
namespace {

using hipfit::testing::Backend;
using hipfit::testing::TestDatabase;

class PostgresqlPrepared : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!hipfit::testing::test_postgresql_server())
            GTEST_SKIP() << "skipped: no PostgreSQL (HIPFIT_TEST_POSTGRESQL; scripts/with-postgresql)";
        database_ = std::make_unique<TestDatabase>(Backend::postgresql);
        connection_ = std::make_unique<postgresql::Connection>(database_->location());
        connection_->execute("CREATE TABLE t (x BIGINT, label TEXT)");
        connection_->execute("INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three')");
    }

    std::string label_of(std::int64_t x) {
        sql::Statement select(*connection_, "SELECT label FROM t WHERE x = ?1");
        select.bind(1, x);
        return select.step() ? select.column_text(0) : "(none)";
    }

    std::unique_ptr<TestDatabase> database_;
    std::unique_ptr<postgresql::Connection> connection_;
};

TEST_F(PostgresqlPrepared, TheSameSqlAgainReadsWithItsNewValues) {
    EXPECT_EQ(label_of(1), "one");
    EXPECT_EQ(label_of(3), "three");
    EXPECT_EQ(label_of(9), "(none)");
    EXPECT_EQ(label_of(2), "two");
}

TEST_F(PostgresqlPrepared, ANullWhereANumberWasBound) {
    const std::string sql = "SELECT count(*) FROM t WHERE ?1::bigint IS NULL OR x = ?1";
    for (int round = 0; round < 2; ++round) {
        sql::Statement one(*connection_, sql);
        one.bind(1, std::int64_t{2});
        ASSERT_TRUE(one.step());
        EXPECT_EQ(one.column_int(0), 1);
        sql::Statement every(*connection_, sql);
        every.bind_null(1);
        ASSERT_TRUE(every.step());
        EXPECT_EQ(every.column_int(0), 3);
    }
}

// PostgreSQL keeps a prepared statement when the transaction it was prepared in is rolled back.
TEST_F(PostgresqlPrepared, AStatementPreparedInARolledBackTransactionRunsAfterIt) {
    const std::string insert = "INSERT INTO t VALUES (?1, ?2)";
    connection_->begin();
    sql::Statement(*connection_, insert).bind(1, std::int64_t{4}).bind(2, std::string_view("four")).run();
    connection_->rollback();
    EXPECT_EQ(label_of(4), "(none)");
    sql::Statement(*connection_, insert).bind(1, std::int64_t{5}).bind(2, std::string_view("five")).run();
    EXPECT_EQ(label_of(5), "five");
}

// A restart or an operator ends the session: the statements prepared on it are gone, and the connection
// made again prepares them anew.
TEST_F(PostgresqlPrepared, ANewSessionPreparesItsStatementsAgain) {
    EXPECT_EQ(label_of(1), "one");
    sql::Statement pid(*connection_, "SELECT pg_backend_pid()");
    ASSERT_TRUE(pid.step());
    const std::int64_t session = pid.column_int(0);
    {
        postgresql::Connection operator_connection(database_->location());
        sql::Statement end(operator_connection, "SELECT pg_terminate_backend(?1::int)");
        end.bind(1, session).run();
    }
    // The session's end may be seen by the first statement after it (503 to a server's client) or
    // before it; either way, the one after that runs on a new session.
    try {
        EXPECT_EQ(label_of(2), "two");
    } catch (const StoreUnavailable&) {
        EXPECT_EQ(label_of(2), "two");
    }
    EXPECT_EQ(label_of(3), "three");
}

TEST_F(PostgresqlPrepared, MoreDistinctStatementsThanAConnectionKeepsAllRun) {
    for (int i = 0; i < 300; ++i) {
        sql::Statement select(*connection_, "SELECT x + " + std::to_string(i) + " FROM t WHERE x = 1");
        ASSERT_TRUE(select.step());
        EXPECT_EQ(select.column_int(0), 1 + i);
    }
    EXPECT_EQ(label_of(2), "two");
}

}  // namespace
}  // namespace hipfit::store
