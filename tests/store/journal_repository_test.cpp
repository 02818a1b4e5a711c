// The journal through the Repository interface: round trips, queries, undo, import, upgrade, backup.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "store/migrations.hpp"
#include "store/repository.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::store {
namespace {

using namespace hipfit::core;
using hipfit::testing::TempDir;

Date day(int d, int m = 11, int y = 2026) {
    return Date{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                std::chrono::day(static_cast<unsigned>(d))};
}

Entry simple(EntryKind kind, double value, Date date = day(21), TimeOfDay time = {12, 0}) {
    Entry e;
    e.kind = kind;
    e.value = value;
    e.date = date;
    e.time = time;
    return e;
}

WorkoutSet every_field(const std::string& id) {
    WorkoutSet s;
    s.exercise_id = id;
    s.reps = 12;
    s.load = Kilograms(9.0718474);
    s.hold_seconds = 30;
    s.rpe = 8;
    s.minutes = 12.5;
    s.distance_km = 4.828032;
    s.rounds = 6;
    s.work_seconds = 20;
    s.rest_seconds = 40;
    return s;
}

// One entry of every kind, every field set that applies.
std::vector<Entry> one_of_each() {
    std::vector<Entry> all;
    for (EntryKind kind :
         {EntryKind::weight, EntryKind::water, EntryKind::sleep, EntryKind::steps, EntryKind::alcohol,
          EntryKind::cigarettes, EntryKind::stress, EntryKind::standup}) {
        all.push_back(simple(kind, 7.25 + static_cast<double>(all.size()), day(20), {7, 5}));
    }
    Entry food = simple(EntryKind::food, 652.5, day(20), {13, 30});
    food.protein_g = 31.25;
    food.note = "naïve café — \"quoted\" 'single' ; DROP TABLE entries; -- 🍝";
    all.push_back(food);
    Entry measure = simple(EntryKind::measure, 0, day(19), {6, 0});
    measure.measurements = {Centimetres(80.5),
                            Centimetres(104.25),
                            Centimetres(60.1),
                            Centimetres(59.9),
                            Centimetres(61.3),
                            Centimetres(33.7),
                            29.5};
    all.push_back(measure);
    Entry workout = simple(EntryKind::workout, 0, day(18), {18, 45});
    WorkoutSet bare;
    bare.exercise_id = "glute-bridge";
    workout.sets = {every_field("walking"), bare, every_field("glute-bridge")};
    workout.energy_kcal = 142.92;
    workout.warm_up_skipped = true;
    workout.note = "legs\nday";
    all.push_back(workout);
    return all;
}

void expect_same(const Entry& a, const Entry& b) {
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.kind, b.kind) << a.id;
    EXPECT_EQ(a.date, b.date) << a.id;
    EXPECT_EQ(a.time, b.time) << a.id;
    EXPECT_EQ(a.value, b.value) << a.id;
    EXPECT_EQ(a.protein_g, b.protein_g) << a.id;
    EXPECT_EQ(a.note, b.note) << a.id;
    const Measurements &m = a.measurements, &n = b.measurements;
    EXPECT_EQ(m.waist, n.waist) << a.id;
    EXPECT_EQ(m.hip, n.hip) << a.id;
    EXPECT_EQ(m.thigh, n.thigh) << a.id;
    EXPECT_EQ(m.thigh_left, n.thigh_left) << a.id;
    EXPECT_EQ(m.thigh_right, n.thigh_right) << a.id;
    EXPECT_EQ(m.neck, n.neck) << a.id;
    EXPECT_EQ(m.body_fat_percent, n.body_fat_percent) << a.id;
    EXPECT_TRUE(a.sets == b.sets) << a.id;
    EXPECT_EQ(a.energy_kcal, b.energy_kcal) << a.id;
    EXPECT_EQ(a.warm_up_skipped, b.warm_up_skipped) << a.id;
}

void expect_same(const std::vector<Entry>& a, const std::vector<Entry>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) expect_same(a[i], b[i]);
}

std::vector<std::int64_t> ids(const std::vector<Entry>& entries) {
    std::vector<std::int64_t> out;
    for (const Entry& e : entries) out.push_back(e.id);
    return out;
}

// Runs one query with the sqlite3 C API and returns the first column of the first row as text.
std::string query_text(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    std::string text = "<no row>";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        const auto* value = sqlite3_column_text(statement, 0);
        text = value ? reinterpret_cast<const char*>(value) : "<null>";
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return text;
}

class JournalRepository : public testing::OnEveryStore {
  protected:
    std::unique_ptr<Repository> open(OpenFor purpose = OpenFor::write) const {
        return open_repository(location(), purpose);
    }
};

// SQLite's own files: its migrations from schema 1.
class JournalUpgrade : public ::testing::Test {
  protected:
    std::string path() const { return dir_.file("journal.db"); }
    std::unique_ptr<Repository> open(OpenFor purpose = OpenFor::write) const {
        return open_sqlite(path(), purpose);
    }
    TempDir dir_;
};

TEST_P(JournalRepository, EveryKindRoundTripsWithAllItsFields) {
    std::vector<Entry> added = one_of_each();
    {
        auto journal = open();
        for (Entry& e : added) {
            e.id = journal->add_entry(e);
            EXPECT_GT(e.id, 0);
        }
    }
    auto journal = open(OpenFor::read);
    for (const Entry& e : added) {
        const auto found = journal->find_entry(e.id);
        ASSERT_TRUE(found.has_value()) << e.id;
        expect_same(*found, e);
    }
    EXPECT_FALSE(journal->find_entry(added.back().id + 1).has_value());
    const auto all = journal->entries({});
    ASSERT_EQ(all.size(), added.size());
    for (const Entry& e : all) expect_same(e, *journal->find_entry(e.id));
}

TEST_P(JournalRepository, ReplaceAndDeleteChangeOnlyTheirEntry) {
    auto journal = open();
    std::vector<Entry> added = one_of_each();
    for (Entry& e : added) e.id = journal->add_entry(e);
    Entry workout = added.back();
    workout.sets = {every_field("squat")};
    workout.warm_up_skipped = false;
    workout.energy_kcal.reset();
    workout.date = day(21);
    EXPECT_TRUE(journal->replace_entry(workout));
    expect_same(*journal->find_entry(workout.id), workout);
    EXPECT_TRUE(journal->delete_entry(added.front().id));
    EXPECT_FALSE(journal->find_entry(added.front().id).has_value());
    EXPECT_FALSE(journal->delete_entry(added.front().id));
    Entry ghost = added.front();
    EXPECT_FALSE(journal->replace_entry(ghost));
    EXPECT_FALSE(journal->find_entry(ghost.id).has_value());
    for (std::size_t i = 1; i + 1 < added.size(); ++i)
        expect_same(*journal->find_entry(added[i].id), added[i]);
}

TEST_P(JournalRepository, QueriesFilterByKindAndInclusiveDatesInDateTimeIdOrder) {
    auto journal = open();
    // Imported with chosen ids so that id order differs from insertion order.
    std::vector<Entry> entries = {
        simple(EntryKind::water, 300, day(21), {12, 0}),  simple(EntryKind::water, 200, day(21), {12, 0}),
        simple(EntryKind::water, 100, day(20), {23, 59}), simple(EntryKind::food, 500, day(21), {8, 30}),
        simple(EntryKind::water, 400, day(22), {0, 0}),   simple(EntryKind::water, 50, day(19), {9, 0})};
    const std::vector<std::int64_t> chosen = {10, 3, 7, 5, 1, 2};
    for (std::size_t i = 0; i < entries.size(); ++i) entries[i].id = chosen[i];
    ASSERT_EQ(journal->import(entries, std::nullopt, {}).entries, entries.size());
    using V = std::vector<std::int64_t>;
    EXPECT_EQ(ids(journal->entries({})), (V{2, 7, 5, 3, 10, 1}));
    EXPECT_EQ(ids(journal->entries({EntryKind::water, std::nullopt, std::nullopt})), (V{2, 7, 3, 10, 1}));
    EXPECT_EQ(ids(journal->entries({std::nullopt, day(20), day(21)})), (V{7, 5, 3, 10}));
    EXPECT_EQ(ids(journal->entries({EntryKind::water, day(21), std::nullopt})), (V{3, 10, 1}));
    EXPECT_EQ(ids(journal->entries({std::nullopt, std::nullopt, day(19)})), (V{2}));
    EXPECT_EQ(ids(journal->entries({EntryKind::food, day(21), day(21)})), (V{5}));
    EXPECT_EQ(ids(journal->entries({EntryKind::sleep, std::nullopt, std::nullopt})), V{});
    EXPECT_EQ(ids(journal->entries({std::nullopt, day(23), std::nullopt})), V{});
    EXPECT_EQ(ids(journal->entries({std::nullopt, day(22), day(20)})), V{});
    EXPECT_EQ(journal->entries({EntryKind::water, day(21), day(21)}).at(0).value, 200.0);
}

TEST_P(JournalRepository, UndoWalksBackAddEditAndDeleteInReverseOrder) {
    auto journal = open();
    const std::vector<Entry> originals = one_of_each();
    Entry workout = originals.back(), food = originals[8];
    workout.id = journal->add_entry(workout);
    food.id = journal->add_entry(food);
    Entry edited = workout;
    edited.sets.pop_back();
    edited.note = "changed";
    edited.time = {19, 0};
    ASSERT_TRUE(journal->replace_entry(edited));
    ASSERT_TRUE(journal->delete_entry(food.id));

    EXPECT_EQ(journal->undo(), "deleting entry " + std::to_string(food.id));
    expect_same(*journal->find_entry(food.id), food);
    expect_same(*journal->find_entry(workout.id), edited);
    EXPECT_EQ(journal->undo(), "editing entry " + std::to_string(workout.id));
    expect_same(*journal->find_entry(workout.id), workout);
    EXPECT_EQ(journal->undo(), "adding entry " + std::to_string(food.id));
    EXPECT_FALSE(journal->find_entry(food.id).has_value());
    EXPECT_EQ(journal->undo(), "adding entry " + std::to_string(workout.id));
    EXPECT_TRUE(journal->entries({}).empty());
    EXPECT_EQ(journal->undo(), std::nullopt);
    EXPECT_EQ(journal->undo(), std::nullopt);
    // The undo log survives reopening, and a failed change records nothing.
    const std::int64_t again = journal->add_entry(food);
    EXPECT_FALSE(journal->delete_entry(again + 100));
    journal.reset();
    EXPECT_EQ(open()->undo(), "adding entry " + std::to_string(again));
    EXPECT_EQ(open()->undo(), std::nullopt);
}

TEST_P(JournalRepository, ImportKeepsFreeIdsRenumbersTakenOnesAndUndoesAsOne) {
    auto journal = open();
    const std::int64_t first = journal->add_entry(simple(EntryKind::water, 250));
    const std::int64_t second = journal->add_entry(simple(EntryKind::weight, 72));
    std::vector<Entry> incoming = one_of_each();
    incoming.resize(4);
    incoming[0].id = second;  // taken
    incoming[1].id = 40;      // free
    incoming[2].id = 0;       // none
    incoming[3].id = 40;      // taken by the entry before it
    EXPECT_EQ(journal->import(incoming, std::nullopt, {}).entries, 4u);
    const auto all = journal->entries({});
    ASSERT_EQ(all.size(), 6u);
    Entry weight = simple(EntryKind::weight, 72);
    weight.id = second;
    expect_same(*journal->find_entry(second), weight);
    expect_same(*journal->find_entry(40), incoming[1]);
    const std::vector<std::int64_t> all_ids = ids(all);
    EXPECT_EQ(std::set<std::int64_t>(all_ids.begin(), all_ids.end()).size(), 6u);
    for (std::size_t i : {0u, 2u, 3u}) {
        const auto same = std::count_if(all.begin(), all.end(), [&](const Entry& e) {
            return e.kind == incoming[i].kind && e.value == incoming[i].value && e.id != first &&
                   e.id != second && e.id != 40;
        });
        EXPECT_EQ(same, 1) << i;
    }
    EXPECT_EQ(journal->undo(), "an import of 4 entries");
    EXPECT_EQ(ids(journal->entries({})), (std::vector<std::int64_t>{first, second}));
    EXPECT_EQ(journal->undo(), "adding entry " + std::to_string(second));
}

TEST_P(JournalRepository, ImportAddsAProfileOnlyWhenThereIsNone) {
    auto journal = open();
    Profile profile;
    profile.age = AgeRecord{std::nullopt, 34, day(1, 3, 2025)};
    profile.height = Centimetres(165);
    profile.weight = Kilograms(72);
    profile.program_start = day(2, 3, 2025);
    EXPECT_EQ(journal->import({}, profile, {}).entries, 0u);
    ASSERT_TRUE(journal->load_profile().has_value());
    EXPECT_EQ(journal->load_profile()->weight, Kilograms(72));
    Profile other = profile;
    other.weight = Kilograms(90);
    EXPECT_EQ(journal->import({simple(EntryKind::water, 100)}, other, {}).entries, 1u);
    EXPECT_EQ(journal->load_profile()->weight, Kilograms(72));
}

// Migration 1 of migrations.cpp, as released.
constexpr const char* kSchema1 = R"sql(
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1), sex TEXT NOT NULL, born TEXT, age_years INTEGER NOT NULL,
        age_given_on TEXT NOT NULL, height_cm REAL NOT NULL, weight_kg REAL NOT NULL, waist_cm REAL NOT NULL,
        hip_cm REAL NOT NULL, neck_cm REAL NOT NULL, thigh_cm REAL, activity TEXT NOT NULL, pal REAL,
        goal TEXT NOT NULL, deficit_kcal REAL NOT NULL, surplus_kcal REAL NOT NULL, units TEXT NOT NULL,
        equipment TEXT NOT NULL, days TEXT NOT NULL, minutes_per_session INTEGER NOT NULL,
        preferred_time TEXT NOT NULL, level TEXT NOT NULL, low_impact INTEGER NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    ) STRICT;
    INSERT INTO profile (id, sex, born, age_years, age_given_on, height_cm, weight_kg, waist_cm, hip_cm, neck_cm,
        thigh_cm, activity, pal, goal, deficit_kcal, surplus_kcal, units, equipment, days, minutes_per_session,
        preferred_time, level, low_impact)
    VALUES (1, 'female', NULL, 34, '2025-03-01', 165.0, 72.5, 80.0, 104.0, 33.0, 58.5, 'light', NULL,
        'lose-fat', 250.0, 300.0, 'imperial', 'band,dumbbells', 'mon,wed,fri', 45, '18:00', 'beginner', 1);
    PRAGMA user_version = 1;
)sql";

TEST_F(JournalUpgrade, ReadingASchema1DatabaseUpgradesItKeepingTheProfile) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, kSchema1, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
    ASSERT_EQ(query_text(path(), "PRAGMA user_version"), "1");
    {
        auto journal = open(OpenFor::read);
        const auto profile = journal->load_profile();
        ASSERT_TRUE(profile.has_value());
        EXPECT_EQ(profile->age.years_given, 34);
        EXPECT_EQ(profile->age.given_on, day(1, 3, 2025));
        EXPECT_EQ(profile->program_start, day(1, 3, 2025));
        EXPECT_EQ(profile->weight, Kilograms(72.5));
        EXPECT_EQ(profile->thigh, Centimetres(58.5));
        EXPECT_EQ(profile->units, UnitSystem::imperial);
        EXPECT_EQ(profile->equipment, (std::set{Equipment::band, Equipment::dumbbells}));
        EXPECT_TRUE(profile->low_impact);
        EXPECT_TRUE(journal->entries({}).empty());
    }
    EXPECT_EQ(query_text(path(), "PRAGMA user_version"), std::to_string(latest_schema_version()));
    EXPECT_EQ(query_text(path(), "SELECT program_start FROM profiles WHERE account_id = 1"), "2025-03-01");
    EXPECT_EQ(query_text(path(), "PRAGMA integrity_check"), "ok");
    const std::int64_t id = open()->add_entry(simple(EntryKind::water, 500));
    EXPECT_EQ(open(OpenFor::read)->find_entry(id)->value, 500.0);
}

TEST_P(JournalRepository, ABackupHoldsTheSameEntriesAndPassesTheIntegrityCheck) {
    auto journal = open();
    for (const Entry& e : one_of_each()) journal->add_entry(e);
    ASSERT_TRUE(journal->delete_entry(2));
    // On PostgreSQL too, the copy is a SQLite file (hipfit backup).
    const std::string copy = database_.dir().file("backup/copy.db");
    std::filesystem::create_directories(database_.dir().file("backup"));
    journal->backup_to(copy);  // while the journal is open, its last writes perhaps only in the WAL
    EXPECT_EQ(query_text(copy, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(query_text(copy, "PRAGMA user_version"), std::to_string(latest_schema_version()));
    expect_same(open_sqlite(copy, OpenFor::read)->entries({}), journal->entries({}));
    EXPECT_EQ(open_sqlite(copy, OpenFor::read)->entries({}).size(), one_of_each().size() - 1);
    EXPECT_EQ(open_sqlite(copy, OpenFor::write)->undo(), "deleting entry 2");
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(JournalRepository);

}  // namespace
}  // namespace hipfit::store
