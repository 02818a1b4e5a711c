#include "store/migrations.hpp"

#include <array>
#include <chrono>
#include <string_view>
#include <thread>

#include <fmt/format.h>

#include "store/errors.hpp"

namespace hipfit::store {
namespace {

// As long as a connection waits for another's lock (sqlite.cpp's busy timeout).
constexpr std::chrono::seconds kPrepareTimeout{5};

// Migration N is kMigrations[N - 1]. Append only: a released migration is never edited.
constexpr std::array<std::string_view, 13> kMigrations{
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
    // 2: the journal, the undo log, and the day the program started.
    R"sql(
    ALTER TABLE profile ADD COLUMN program_start TEXT;
    UPDATE profile SET program_start = age_given_on;
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('weight', 'measure', 'food', 'water', 'sleep', 'steps', 'alcohol',
                                           'cigarettes', 'stress', 'standup', 'workout')),
        date TEXT NOT NULL,
        time TEXT NOT NULL,
        value REAL,
        protein_g REAL,
        note TEXT NOT NULL DEFAULT '',
        energy_kcal REAL,
        warm_up_skipped INTEGER NOT NULL DEFAULT 0,
        waist_cm REAL,
        hip_cm REAL,
        thigh_cm REAL,
        thigh_left_cm REAL,
        thigh_right_cm REAL,
        neck_cm REAL,
        body_fat_percent REAL
    ) STRICT;
    CREATE INDEX entries_by_date ON entries (date, time, id);
    CREATE INDEX entries_by_kind ON entries (kind, date);
    CREATE TABLE workout_sets (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        reps INTEGER,
        load_kg REAL,
        hold_seconds INTEGER,
        rpe INTEGER,
        minutes REAL,
        distance_km REAL,
        rounds INTEGER,
        work_seconds INTEGER,
        rest_seconds INTEGER,
        PRIMARY KEY (entry_id, position)
    ) STRICT;
    CREATE TABLE changes (
        sequence INTEGER PRIMARY KEY,
        batch INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'delete', 'import')),
        entry_id INTEGER NOT NULL,
        before TEXT
    ) STRICT;
    CREATE INDEX changes_by_batch ON changes (batch);
    )sql",
    // 3: accounts for the server. Every person's data carries the account it belongs to; what the command
    // line wrote before belongs to account 1, which the first account to sign up becomes (the owner).
    R"sql(
    CREATE TABLE profiles (
        account_id INTEGER PRIMARY KEY,
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
        program_start TEXT,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    ) STRICT;
    INSERT INTO profiles (account_id, sex, born, age_years, age_given_on, height_cm, weight_kg, waist_cm,
                          hip_cm, neck_cm, thigh_cm, activity, pal, goal, deficit_kcal, surplus_kcal, units,
                          equipment, days, minutes_per_session, preferred_time, level, low_impact,
                          program_start, updated_at)
        SELECT 1, sex, born, age_years, age_given_on, height_cm, weight_kg, waist_cm, hip_cm, neck_cm,
               thigh_cm, activity, pal, goal, deficit_kcal, surplus_kcal, units, equipment, days,
               minutes_per_session, preferred_time, level, low_impact, program_start, updated_at
        FROM profile;
    DROP TABLE profile;
    ALTER TABLE entries ADD COLUMN account_id INTEGER NOT NULL DEFAULT 1;
    DROP INDEX entries_by_date;
    DROP INDEX entries_by_kind;
    CREATE INDEX entries_by_account_date ON entries (account_id, date, time, id);
    CREATE INDEX entries_by_account_kind ON entries (account_id, kind, date);
    ALTER TABLE changes ADD COLUMN account_id INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX changes_by_account_batch ON changes (account_id, batch);
    CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('owner', 'member')),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    ) STRICT;
    CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        expires_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX sessions_by_account ON sessions (account_id);
    CREATE TABLE coach_links (
        client_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        coach_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('invited', 'active')),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (client_id, coach_id),
        CHECK (client_id <> coach_id)
    ) STRICT;
    CREATE INDEX coach_links_by_coach ON coach_links (coach_id);
    )sql",
    // 4: weekly check-ins, one a day at most per account; reasons is a JSON array of sentences.
    R"sql(
    CREATE TABLE checkins (
        account_id INTEGER NOT NULL,
        date TEXT NOT NULL,
        target_kcal REAL NOT NULL,
        previous_target_kcal REAL NOT NULL,
        expenditure_kcal REAL,
        expenditure_sd_kcal REAL,
        reasons TEXT NOT NULL,
        PRIMARY KEY (account_id, date)
    ) STRICT;
    )sql",
    // 5: the check-ins an import added, each in the undo batch of the import (the batches of `changes`),
    // as added (the export's JSON), so that undoing the import removes them.
    R"sql(
    CREATE TABLE checkin_changes (
        sequence INTEGER PRIMARY KEY,
        batch INTEGER NOT NULL,
        account_id INTEGER NOT NULL,
        added TEXT NOT NULL
    ) STRICT;
    CREATE INDEX checkin_changes_by_account_batch ON checkin_changes (account_id, batch);
    )sql",
    // 6: a person's own exercises (muscles and equipment as comma-separated catalog names), the plan's
    // swaps (an exercise the person replaced by another in their program), and, on a logged set, the
    // exercise the program had planned when the person swapped it mid-workout.
    R"sql(
    CREATE TABLE own_exercises (
        account_id INTEGER NOT NULL,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        primary_muscles TEXT NOT NULL,
        secondary_muscles TEXT NOT NULL,
        equipment TEXT NOT NULL,
        met REAL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (account_id, id)
    ) STRICT;
    CREATE TABLE plan_swaps (
        account_id INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        replacement_id TEXT NOT NULL,
        PRIMARY KEY (account_id, exercise_id)
    ) STRICT;
    ALTER TABLE workout_sets ADD COLUMN swapped_from TEXT;
    )sql",
    // 7: the own exercises an import added, in its undo batch, so that undoing the import removes them too.
    R"sql(
    CREATE TABLE own_exercise_changes (
        sequence INTEGER PRIMARY KEY,
        batch INTEGER NOT NULL,
        account_id INTEGER NOT NULL,
        exercise_id TEXT NOT NULL
    ) STRICT;
    CREATE INDEX own_exercise_changes_by_account_batch ON own_exercise_changes (account_id, batch);
    )sql",
    // 8: imports from other apps (docs/import.md): where an entry came from, unique in a person's journal so
    // that importing the same history twice adds nothing; and a set another app marked as a warm-up.
    R"sql(
    ALTER TABLE entries ADD COLUMN source TEXT;
    CREATE UNIQUE INDEX entries_by_account_source ON entries (account_id, source) WHERE source IS NOT NULL;
    ALTER TABLE workout_sets ADD COLUMN warm_up INTEGER NOT NULL DEFAULT 0;
    )sql",
    // 9: how many times each account's data changed (store/account_versions.hpp), so that a server's cached
    // answers about one account outlive writes to the others; and e-mails found case-insensitively by an
    // index, as PostgreSQL finds them.
    R"sql(
    CREATE TABLE account_versions (
        account_id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX accounts_by_lower_email ON accounts (lower(email));
    )sql",
    // 10: the throttles' counts (store/throttle_store.hpp), for servers that share a database.
    R"sql(
    CREATE TABLE throttle_windows (
        limiter TEXT NOT NULL,
        key TEXT NOT NULL,
        start INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (limiter, key)
    ) STRICT;
    CREATE INDEX throttle_windows_by_start ON throttle_windows (limiter, start);
    CREATE TABLE sign_in_pairs (
        pair_key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        next_try INTEGER NOT NULL,
        last_attempt INTEGER NOT NULL,
        known_until INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX sign_in_pairs_by_last_attempt ON sign_in_pairs (last_attempt);
    )sql",
    // 11: one kind's entries in date, time and id order from an index (the weigh-ins, a kind's latest entry,
    // the workouts' dates: store::Repository's narrow reads), where (account_id, kind, date) left SQLite to
    // walk every entry of the account in date order and pick the kind out. With the value, the weigh-ins are
    // read from the index alone. It replaces that index, its prefix.
    R"sql(
    CREATE INDEX entries_by_account_kind_date_time ON entries (account_id, kind, date, time, id, value);
    DROP INDEX entries_by_account_kind;
    )sql",
    // 12: the changes that can change a planned session, counted apart (store/account_versions.hpp).
    R"sql(
    ALTER TABLE account_versions ADD COLUMN training_version INTEGER NOT NULL DEFAULT 0;
    )sql",
    // 13: a day's sums by kind (store::Repository::daily_sums) from an index alone: without it each entry
    // of the day was looked up in the table.
    R"sql(
    CREATE INDEX entries_by_account_date_kind ON entries (account_id, date, kind, value, protein_g, energy_kcal);
    )sql",
};

}  // namespace

int latest_schema_version() {
    return static_cast<int>(kMigrations.size());
}

void refuse_schema_newer_than(int version, int latest) {
    if (version > latest) {
        throw StoreError(
            fmt::format("the database's schema version {} is newer than this hipfit understands ({}); "
                        "upgrade hipfit to open it (the database was left untouched)",
                        version, latest));
    }
}

void refuse_newer_schema(sqlite::Connection& connection) {
    refuse_schema_newer_than(connection.user_version(), latest_schema_version());
}

void prepare_for_writing(sqlite::Connection& connection) {
    // Processes that start together on a new database race to switch it to WAL and to migrate it, and
    // SQLite answers "busy" at once, without waiting, where waiting could deadlock: try again, for as
    // long as a writer waits for a lock anyway.
    const auto deadline = std::chrono::steady_clock::now() + kPrepareTimeout;
    while (true) {
        try {
            // WAL: readers never block the writer, and a crash mid-write leaves the last commit intact.
            connection.execute("PRAGMA journal_mode = WAL");
            // FULL: every commit is on disk before it is acknowledged, in WAL mode too (a power cut keeps
            // it).
            connection.execute("PRAGMA synchronous = FULL");
            migrate(connection);
            return;
        } catch (const StoreBusy&) {
            if (std::chrono::steady_clock::now() >= deadline)
                throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
}

void migrate(sqlite::Connection& connection) {
    // The version is read inside the write transaction: two processes opening a new database at the
    // same moment must not both run the same migration.
    while (true) {
        sql::Transaction transaction(connection);
        refuse_newer_schema(connection);
        const int version = connection.user_version();
        if (version >= latest_schema_version())
            return;
        connection.execute(kMigrations[static_cast<std::size_t>(version)]);
        // PRAGMA takes no bound parameters; the value is our own integer.
        connection.execute(fmt::format("PRAGMA user_version = {}", version + 1));
        transaction.commit();
    }
}

}  // namespace hipfit::store
