// PostgreSQL's own numbered migrations: a new database gets every table, a newer schema than this build
// knows is refused for reading and writing and left untouched, and a URL's password is never shown.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "store/errors.hpp"
#include "store/open.hpp"
#include "store/postgresql.hpp"
#include "store/postgresql_migrations.hpp"
#include "store/repository.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::store {
namespace {

using hipfit::testing::Backend;
using hipfit::testing::TestDatabase;

class PostgresqlSchema : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!hipfit::testing::test_postgresql_server())
            GTEST_SKIP() << "skipped: no PostgreSQL (HIPFIT_TEST_POSTGRESQL; scripts/with-postgresql)";
        database_ = std::make_unique<TestDatabase>(Backend::postgresql);
    }
    std::unique_ptr<TestDatabase> database_;
};

TEST_F(PostgresqlSchema, ANewDatabaseIsMigratedToTheLatestVersion) {
    open_repository(database_->location(), OpenFor::write);
    postgresql::Connection connection(database_->location());
    EXPECT_EQ(postgresql::schema_version(connection), postgresql::latest_schema_version());
}

TEST_F(PostgresqlSchema, ANewerSchemaIsRefusedForReadingAndWritingAndLeftUntouched) {
    open_repository(database_->location(), OpenFor::write)->save_plan_swap("squat", "glute-bridge");
    const int newer = postgresql::latest_schema_version() + 1;
    {
        postgresql::Connection connection(database_->location());
        connection.execute(fmt::format("UPDATE hipfit_schema SET version = {}", newer));
    }
    for (OpenFor purpose : {OpenFor::read, OpenFor::write}) {
        try {
            open_repository(database_->location(), purpose);
            ADD_FAILURE() << "a newer schema was opened";
        } catch (const StoreError& error) {
            EXPECT_NE(std::string(error.what()).find(fmt::format("schema version {} is newer", newer)),
                      std::string::npos)
                << error.what();
        }
    }
    postgresql::Connection connection(database_->location());
    EXPECT_EQ(postgresql::schema_version(connection), newer);
}

TEST(PrintableLocation, AUrlsPasswordIsLeftOut) {
    EXPECT_EQ(printable_location("postgresql://hipfit:s3cret@db.example.net:5432/hipfit"),
              "postgresql://hipfit@db.example.net:5432/hipfit");
    EXPECT_EQ(printable_location("postgres://hipfit@db/hipfit"), "postgres://hipfit@db/hipfit");
    EXPECT_EQ(printable_location("/home/me/hipfit.db"), "/home/me/hipfit.db");
    EXPECT_TRUE(is_postgresql_location("postgresql:///hipfit"));
    EXPECT_FALSE(is_postgresql_location("postgresql.db"));
}

}  // namespace
}  // namespace hipfit::store
