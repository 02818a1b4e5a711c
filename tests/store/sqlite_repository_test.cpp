// The SQLite repository: migrations, the version guard, and profile round trips.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/body/profile.hpp"
#include "store/errors.hpp"
#include "store/migrations.hpp"
#include "store/repository.hpp"
#include "tests/support/process.hpp"
#include "tests/support/profile_checks.hpp"

namespace hipfit::store {
namespace {

using hipfit::testing::expect_same_profile;

using namespace hipfit::core;
using hipfit::testing::read_file_or_missing;
using hipfit::testing::TempDir;

int user_version(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr);
    sqlite3_step(statement);
    const int version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return version;
}

Profile sample_profile() {
    Profile p;
    p.sex = Sex::male;
    p.age = AgeRecord{Date{std::chrono::year(1988), std::chrono::month(3), std::chrono::day(9)}, 0,
                      Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)}};
    p.height = Centimetres(181.5);
    p.weight = Kilograms(88.25);
    p.waist = Centimetres(94.0);
    p.hip = Centimetres(101.0);
    p.neck = Centimetres(39.5);
    p.thigh = Centimetres(58.0);
    p.activity = Activity::active;
    p.pal_override = 1.66;
    p.goal = Goal::gain_lean;
    p.deficit = Kilocalories(220);
    p.surplus = Kilocalories(410);
    p.units = UnitSystem::imperial;
    p.equipment = {Equipment::band, Equipment::dumbbells};
    p.days = {Weekday::tue, Weekday::thu, Weekday::sat};
    p.minutes_per_session = 50;
    p.preferred_time = {6, 45};
    p.level = Level::intermediate;
    p.low_impact = true;
    p.program_start = Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23)};
    return p;
}

TEST(SqliteRepository, ANewDatabaseIsMigratedToTheLatestVersion) {
    TempDir dir;
    const std::string path = dir.file("nested/folder/h.db");
    {
        auto repository = open_sqlite(path, OpenFor::write);
        EXPECT_FALSE(repository->load_profile().has_value());
    }
    EXPECT_EQ(user_version(path), latest_schema_version());
}

TEST(SqliteRepository, AProfileRoundTripsExactly) {
    TempDir dir;
    const std::string path = dir.file("h.db");
    open_sqlite(path, OpenFor::write)->save_profile(sample_profile());
    const auto loaded = open_sqlite(path, OpenFor::read)->load_profile();
    ASSERT_TRUE(loaded.has_value());
    expect_same_profile(*loaded, sample_profile());
}

TEST(SqliteRepository, SavingAgainReplacesTheProfile) {
    TempDir dir;
    const std::string path = dir.file("h.db");
    auto repository = open_sqlite(path, OpenFor::write);
    repository->save_profile(sample_profile());
    Profile changed = sample_profile();
    changed.weight = Kilograms(80.0);
    changed.thigh.reset();
    changed.pal_override.reset();
    changed.age = AgeRecord{std::nullopt, 41, changed.age.given_on};
    repository->save_profile(changed);
    expect_same_profile(*repository->load_profile(), changed);
}

TEST(SqliteRepository, ReadingAMissingDatabaseFailsWithoutCreatingIt) {
    TempDir dir;
    const std::string path = dir.file("absent.db");
    EXPECT_THROW(open_sqlite(path, OpenFor::read), StoreError);
    EXPECT_EQ(read_file_or_missing(path), "<missing>");
}

TEST(SqliteRepository, ANewerSchemaIsRefusedForReadingAndWritingAndLeftUntouched) {
    TempDir dir;
    const std::string path = dir.file("h.db");
    open_sqlite(path, OpenFor::write)->save_profile(sample_profile());
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    const std::string newer = "PRAGMA user_version = " + std::to_string(latest_schema_version() + 1);
    sqlite3_exec(db, newer.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const std::string before = read_file_or_missing(path);
    for (OpenFor purpose : {OpenFor::read, OpenFor::write}) {
        try {
            open_sqlite(path, purpose);
            ADD_FAILURE() << "a newer schema was opened";
        } catch (const StoreError& error) {
            EXPECT_NE(std::string(error.what())
                          .find("schema version " + std::to_string(latest_schema_version() + 1)),
                      std::string::npos)
                << error.what();
        }
    }
    EXPECT_EQ(read_file_or_missing(path), before);
}

TEST(SqliteRepository, ADamagedProfileRowIsReportedNotMisread) {
    TempDir dir;
    const std::string path = dir.file("h.db");
    open_sqlite(path, OpenFor::write)->save_profile(sample_profile());
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "UPDATE profiles SET goal = 'spot-reduce'", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    EXPECT_THROW(open_sqlite(path, OpenFor::read)->load_profile(), StoreError);
}

}  // namespace
}  // namespace hipfit::store
