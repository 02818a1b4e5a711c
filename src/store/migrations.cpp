#include "store/migrations.hpp"

#include <array>
#include <string_view>

#include <fmt/format.h>

#include "store/errors.hpp"

namespace hipfit::store {
namespace {

// Migration N is kMigrations[N - 1]. Append only: a released migration is never edited.
constexpr std::array<std::string_view, 1> kMigrations{
    // 1: the profile of the person who uses this database.
    R"sql(
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sex TEXT NOT NULL,
        born TEXT,
        age_years INTEGER NOT NULL,
        age_given_on TEXT NOT NULL,
        height_cm REAL NOT NULL,
        weight_kg REAL NOT NULL,
        waist_cm REAL NOT NULL,
        hip_cm REAL NOT NULL,
        neck_cm REAL NOT NULL,
        thigh_cm REAL,
        activity TEXT NOT NULL,
        pal REAL,
        goal TEXT NOT NULL,
        deficit_kcal REAL NOT NULL,
        surplus_kcal REAL NOT NULL,
        units TEXT NOT NULL,
        equipment TEXT NOT NULL,
        days TEXT NOT NULL,
        minutes_per_session INTEGER NOT NULL,
        preferred_time TEXT NOT NULL,
        level TEXT NOT NULL,
        low_impact INTEGER NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    ) STRICT;
    )sql",
};

}  // namespace

int latest_schema_version() {
    return static_cast<int>(kMigrations.size());
}

void refuse_newer_schema(sqlite::Connection& connection) {
    const int version = connection.user_version();
    if (version > latest_schema_version()) {
        throw StoreError(
            fmt::format("the database's schema version {} is newer than this hipfit understands ({}); "
                        "upgrade hipfit to open it (the database was left untouched)",
                        version, latest_schema_version()));
    }
}

void migrate(sqlite::Connection& connection) {
    refuse_newer_schema(connection);
    for (int version = connection.user_version(); version < latest_schema_version(); ++version) {
        sqlite::Transaction transaction(connection);
        connection.execute(kMigrations[static_cast<std::size_t>(version)]);
        // PRAGMA takes no bound parameters; the value is our own integer.
        connection.execute(fmt::format("PRAGMA user_version = {}", version + 1));
        transaction.commit();
    }
}

}  // namespace hipfit::store
