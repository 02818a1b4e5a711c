// Strong's CSV export in each of its dialects (io/import/strong.cpp): a workout per date and name, its
// sets in the app's order with their warm-ups, units converted exactly, notes and rest timers left out.
#include <gtest/gtest.h>

#include "core/base/text.hpp"
#include "core/journal/journal_limits.hpp"
#include "io/import/formats.hpp"
#include "tests/io/import/workout_fixtures.hpp"

namespace hipfit::io {
namespace {

using test::read_fixture;
using test::read_text;
using test::refusal;

constexpr SourceApp kStrong = SourceApp::strong;

TEST(StrongImport, ReadsIosWorkoutsWithWarmUpsHoldsAndCardio) {
    const ImportedHistory h = read_fixture(kStrong, "ios.csv");
    EXPECT_EQ(h.format, "Strong (iOS, comma)");
    ASSERT_EQ(h.entries.size(), 2u);
    const ImportedEntry& legs = h.entries[0];
    const core::Entry& e = legs.entry;
    EXPECT_EQ(e.kind, core::EntryKind::workout);
    EXPECT_EQ(e.date, core::Date(std::chrono::year(2024), std::chrono::month(3), std::chrono::day(1)));
    EXPECT_EQ(e.time, (core::TimeOfDay{18, 2}));
    EXPECT_EQ(e.source, "strong:2024-03-01 18:02:11|Legs");
    EXPECT_EQ(e.note, "Legs — Felt strong\nslept well");
    EXPECT_EQ(legs.origin, "ios.csv:2");
    ASSERT_EQ(e.sets.size(), 5u);
    EXPECT_EQ(legs.exercise_names,
              (std::vector<std::string>{"Squat (Barbell)", "Squat (Barbell)", "Squat (Barbell)",
                                        "Hip Thrust (Barbell)", "Plank"}));
    EXPECT_TRUE(e.sets[0].warm_up);
    EXPECT_EQ(e.sets[0].reps, 10);
    EXPECT_DOUBLE_EQ(e.sets[0].load->value(), 20.0);
    EXPECT_FALSE(e.sets[1].warm_up);
    EXPECT_EQ(e.sets[1].reps, 8);
    EXPECT_EQ(e.sets[1].rpe, 8);  // 7.5, half up
    EXPECT_DOUBLE_EQ(e.sets[2].load->value(), 62.5);
    EXPECT_EQ(e.sets[2].rpe, 8);
    EXPECT_FALSE(e.sets[3].rpe);
    EXPECT_EQ(e.sets[4].hold_seconds, 60);
    EXPECT_FALSE(e.sets[4].reps);
    EXPECT_FALSE(e.sets[4].load);
    for (const core::WorkoutSet& s : e.sets) EXPECT_TRUE(s.exercise_id.empty());

    const core::Entry& run = h.entries[1].entry;
    EXPECT_EQ(run.note, "Morning Run 🏃");
    EXPECT_EQ(run.source, "strong:2024-03-03 07:30:00|Morning Run 🏃");
    ASSERT_EQ(run.sets.size(), 1u);
    EXPECT_DOUBLE_EQ(*run.sets[0].distance_km, 5.2);
    EXPECT_DOUBLE_EQ(*run.sets[0].minutes, 30.0);
    EXPECT_FALSE(run.sets[0].hold_seconds);

    EXPECT_EQ(h.left_out, (std::map<std::string, std::size_t>{
                              {"note rows", 1}, {"rest-timer rows", 1}, {"sets with nothing logged", 1}}));
}

TEST(StrongImport, PutsNewestFirstRowsBackInTheAppsOrder) {
    const ImportedHistory h = read_fixture(kStrong, "ios_without_notes.csv");
    ASSERT_EQ(h.entries.size(), 2u);
    EXPECT_EQ(h.entries[0].entry.note, "Lower A");
    EXPECT_EQ(h.entries[0].entry.sets.size(), 2u);
    const ImportedEntry& b = h.entries[1];
    EXPECT_EQ(b.entry.note, "Lower B");
    EXPECT_EQ(b.origin, "ios_without_notes.csv:2");
    ASSERT_EQ(b.entry.sets.size(), 6u);
    EXPECT_EQ(b.exercise_names.front(), "Lunge (Dumbbell)");
    EXPECT_TRUE(b.entry.sets[0].warm_up);
    EXPECT_DOUBLE_EQ(b.entry.sets[0].load->value(), 10.0);
    EXPECT_EQ(b.exercise_names[3], "Romanian Deadlift (Dumbbell)");
    EXPECT_EQ(b.entry.sets[3].reps, 12);  // set 1 of the deadlifts
    EXPECT_EQ(b.entry.sets[5].reps, 10);
    EXPECT_TRUE(h.left_out.empty());
}

TEST(StrongImport, ImperialAccountsWithoutUnitColumnsFollowTheChosenUnits) {
    ImportOptions imperial;
    imperial.units = UnitSystem::imperial;
    const ImportedHistory h = read_fixture(kStrong, "ios_without_notes.csv", imperial);
    EXPECT_DOUBLE_EQ(h.entries[1].entry.sets[0].load->value(), 4.535924);  // 10 lb
}

TEST(StrongImport, ReadsAndroidUnitColumns) {
    const ImportedHistory h = read_fixture(kStrong, "android.csv");
    EXPECT_EQ(h.format, "Strong (Android, semicolon)");
    ASSERT_EQ(h.entries.size(), 2u);
    const core::Entry& glutes = h.entries[0].entry;
    EXPECT_EQ(glutes.note, "Glutes — Gym was busy");
    ASSERT_EQ(glutes.sets.size(), 4u);
    EXPECT_TRUE(glutes.sets[0].warm_up);
    EXPECT_DOUBLE_EQ(glutes.sets[0].load->value(), 43.091275);  // 95 lb
    EXPECT_DOUBLE_EQ(glutes.sets[1].load->value(), 61.23497);   // 135 lb
    EXPECT_EQ(glutes.sets[1].rpe, 9);                           // 8.5
    EXPECT_FALSE(glutes.sets[2].warm_up);                       // F: a failure set
    EXPECT_EQ(glutes.sets[2].reps, 7);
    EXPECT_DOUBLE_EQ(*glutes.sets[3].distance_km, 2.414016);  // 1.5 mi
    EXPECT_DOUBLE_EQ(*glutes.sets[3].minutes, 25.0);
    const core::Entry& bike = h.entries[1].entry;
    ASSERT_EQ(bike.sets.size(), 1u);
    EXPECT_DOUBLE_EQ(*bike.sets[0].distance_km, 20.0);
    EXPECT_DOUBLE_EQ(*bike.sets[0].minutes, 63.0);  // "1h 3m" is the unread Duration; Seconds count
    EXPECT_EQ(h.left_out.at("rest-timer rows"), 1u);
}

TEST(StrongImport, Reads2019QuotedWithUnitsInColumnNames) {
    const ImportedHistory h = read_fixture(kStrong, "quoted_2019.csv");
    EXPECT_EQ(h.format, "Strong (2019, quoted, semicolon)");
    ASSERT_EQ(h.entries.size(), 1u);
    const core::Entry& e = h.entries[0].entry;
    EXPECT_EQ(e.source, "strong:2019-06-10 19:00:00|Leg Day");
    ASSERT_EQ(e.sets.size(), 4u);
    EXPECT_DOUBLE_EQ(e.sets[1].load->value(), 102.5);
    EXPECT_DOUBLE_EQ(*e.sets[2].distance_km, 2.0);  // 2000 m
    EXPECT_DOUBLE_EQ(*e.sets[2].minutes, 8.0);
    EXPECT_FALSE(e.sets[2].load);
    EXPECT_EQ(e.sets[3].hold_seconds, 45);
}

TEST(StrongImport, ReadsTheOldestFormWithEachLineOneQuotedField) {
    const ImportedHistory h = read_fixture(kStrong, "oldest.csv");
    EXPECT_EQ(h.format, "Strong (oldest, units as column names, semicolon)");
    ASSERT_EQ(h.entries.size(), 2u);
    const ImportedEntry& legs = h.entries[0];
    EXPECT_EQ(legs.entry.note, "Leg Day; heavy");
    EXPECT_EQ(legs.exercise_names, (std::vector<std::string>{"Squat (Barbell)", "Squat (Barbell)"}));
    EXPECT_DOUBLE_EQ(legs.entry.sets[0].load->value(), 61.23497);   // 135 lb
    EXPECT_DOUBLE_EQ(legs.entry.sets[1].load->value(), 70.306817);  // 155 lb
    const core::Entry& run = h.entries[1].entry;
    EXPECT_EQ(run.note, "Run — \"quoted\" words");
    EXPECT_DOUBLE_EQ(*run.sets[0].distance_km, 4.988966);  // 3.1 mi
    EXPECT_DOUBLE_EQ(*run.sets[0].minutes, 25.0);
}

TEST(StrongImport, ReadsGermanHeadersWithDecimalCommas) {
    const ImportedHistory h = read_fixture(kStrong, "german.csv");
    EXPECT_EQ(h.format, "Strong (German headers, semicolon)");
    ASSERT_EQ(h.entries.size(), 1u);
    const ImportedEntry& e = h.entries[0];
    EXPECT_EQ(e.entry.note, "Beine & Po — Schön schwer");
    EXPECT_EQ(e.exercise_names[0], "Kniebeuge (Langhantel)");
    ASSERT_EQ(e.entry.sets.size(), 3u);
    EXPECT_TRUE(e.entry.sets[0].warm_up);
    EXPECT_DOUBLE_EQ(e.entry.sets[1].load->value(), 62.5);
    EXPECT_EQ(e.entry.sets[1].rpe, 8);  // 7,5
    EXPECT_EQ(e.entry.sets[2].reps, 12);
}

TEST(StrongImport, DetectsEveryDialectAndNoOtherAppsFile) {
    for (const char* file :
         {"ios.csv", "ios_without_notes.csv", "android.csv", "quoted_2019.csv", "oldest.csv", "german.csv"})
        EXPECT_EQ(test::detected(kStrong, file), kStrong) << file;
    EXPECT_EQ(test::claimed_other_file(kStrong, recognises_strong), "");
}

TEST(StrongImport, ReimportingGivesTheSameSources) {
    const ImportedHistory a = read_fixture(kStrong, "ios.csv");
    const ImportedHistory b = read_fixture(kStrong, "ios.csv");
    ASSERT_EQ(a.entries.size(), b.entries.size());
    for (std::size_t i = 0; i < a.entries.size(); ++i)
        EXPECT_EQ(a.entries[i].entry.source, b.entries[i].entry.source);
}

TEST(StrongImport, CutsALongNoteOnACharacterBoundary) {
    std::string notes;
    for (int i = 0; i < 1200; ++i) notes += "ü";
    const ImportedHistory h = read_text(
        kStrong,
        "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Workout Notes\n2024-01-01 10:00:00,Legs,"
        "Squat (Barbell),1,50,5," +
            notes + "\n");
    const std::string& note = h.entries.at(0).entry.note;
    EXPECT_EQ(core::utf8_length(note), core::kMaxNoteLength);
    EXPECT_TRUE(note.starts_with("Legs — üü"));
    EXPECT_TRUE(note.ends_with("ü…"));
}

TEST(StrongImport, RefusesWhatIsNotStrongsShapeNamingFileAndLine) {
    const std::string header = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n";
    EXPECT_EQ(refusal(kStrong, "Date,Workout Name,Set Order,Weight,Reps\n2024-01-01 10:00:00,L,1,5,5\n"),
              "t.csv:1: there is no column 'Exercise Name'; its columns are 'Date', 'Workout Name', 'Set "
              "Order', 'Weight', 'Reps'");
    EXPECT_EQ(refusal(kStrong, header + "2024-01-01 10:00:00,L,Squat,1,heavy,5\n"),
              "t.csv:2: Weight: 'heavy' is not a number");
    EXPECT_EQ(refusal(kStrong, header + "2024-01-01 10:00:00,L,Squat,1,50,5\nyesterday,L,Squat,1,50,5\n"),
              "t.csv:3: Date: 'yesterday' is not a date and time (YYYY-MM-DD HH:MM:SS)");
    EXPECT_EQ(refusal(kStrong, header + "2024-01-01 10:00:00,L,Squat,1,50,5.5\n"),
              "t.csv:2: Reps: '5.5' is not a whole number");
    EXPECT_EQ(refusal(kStrong, header + "2024-01-01 10:00:00,L,,1,50,5\n"),
              "t.csv:2: Exercise Name is empty");
    EXPECT_TRUE(refusal(kStrong, header + "2024-01-01 10:00:00,L,\"Squat,1,50,5\n").starts_with("t.csv:2: "));
    EXPECT_EQ(refusal(kStrong,
                      "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps\n2024-01-01 "
                      "10:00:00;L;Squat;1;50;stone;5\n"),
              "t.csv:2: Weight Unit: 'stone' is not kg or lbs");
}

}  // namespace
}  // namespace hipfit::io
