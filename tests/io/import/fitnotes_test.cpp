// FitNotes' CSV export (io/import/fitnotes.cpp): a day's sets are a workout in the order logged; the
// weight's unit from the column's name or the unit column beside it; cardio from distance and time.
#include <gtest/gtest.h>

#include "io/import/formats.hpp"
#include "tests/io/import/workout_fixtures.hpp"

namespace hipfit::io {
namespace {

using test::read_fixture;
using test::refusal;

constexpr SourceApp kFitNotes = SourceApp::fitnotes;

TEST(FitNotesImport, ReadsADayAsAWorkout) {
    const ImportedHistory h = read_fixture(kFitNotes, "kgs.csv");
    EXPECT_EQ(h.format, "FitNotes (kgs)");
    ASSERT_EQ(h.entries.size(), 2u);
    const ImportedEntry& first = h.entries[0];
    const core::Entry& e = first.entry;
    EXPECT_EQ(e.date, core::Date(std::chrono::year(2024), std::chrono::month(3), std::chrono::day(1)));
    EXPECT_EQ(e.source, "fitnotes:2024-03-01");
    EXPECT_EQ(first.origin, "kgs.csv:2");
    EXPECT_EQ(first.exercise_names, (std::vector<std::string>{"Barbell Squat", "Barbell Squat",
                                                              "Barbell Hip Thrust", "Plank", "Treadmill"}));
    ASSERT_EQ(e.sets.size(), 5u);
    EXPECT_EQ(e.sets[0].reps, 8);
    EXPECT_DOUBLE_EQ(e.sets[1].load->value(), 62.5);
    EXPECT_FALSE(e.sets[1].warm_up);
    EXPECT_EQ(e.sets[3].hold_seconds, 60);
    EXPECT_DOUBLE_EQ(*e.sets[4].distance_km, 3.2);
    EXPECT_DOUBLE_EQ(*e.sets[4].minutes, 25.5);

    const core::Entry& bike = h.entries[1].entry;
    ASSERT_EQ(bike.sets.size(), 1u);
    EXPECT_DOUBLE_EQ(*bike.sets[0].minutes, 9.35);  // cardio: a bout, not a hold
    EXPECT_FALSE(bike.sets[0].hold_seconds);
    EXPECT_EQ(h.left_out, (std::map<std::string, std::size_t>{{"sets with nothing logged", 1}}));
}

TEST(FitNotesImport, ConvertsPoundsAndMiles) {
    const ImportedHistory h = read_fixture(kFitNotes, "lbs.csv");
    EXPECT_EQ(h.format, "FitNotes (lbs)");
    ASSERT_EQ(h.entries.size(), 1u);
    const core::Entry& e = h.entries[0].entry;
    EXPECT_DOUBLE_EQ(e.sets[0].load->value(), 20.411657);  // 45 lb
    EXPECT_DOUBLE_EQ(*e.sets[1].distance_km, 3.218688);    // 2 mi
    EXPECT_DOUBLE_EQ(*e.sets[1].minutes, 18.0);
}

TEST(FitNotesImport, Reads2025UnitColumn) {
    const ImportedHistory h = read_fixture(kFitNotes, "v2025.csv");
    EXPECT_EQ(h.format, "FitNotes (weight unit column)");
    ASSERT_EQ(h.entries.size(), 1u);
    const core::Entry& e = h.entries[0].entry;
    ASSERT_EQ(e.sets.size(), 3u);
    EXPECT_DOUBLE_EQ(e.sets[0].load->value(), 16.0);
    EXPECT_DOUBLE_EQ(e.sets[1].load->value(), 15.875733);  // 35 lb
    EXPECT_DOUBLE_EQ(*e.sets[2].distance_km, 1.5);         // 1500 m
    EXPECT_DOUBLE_EQ(*e.sets[2].minutes, 20.0);
}

TEST(FitNotesImport, DetectsEachAndNoOtherAppsFile) {
    for (const char* file : {"kgs.csv", "lbs.csv", "v2025.csv"})
        EXPECT_EQ(test::detected(kFitNotes, file), kFitNotes);
    EXPECT_EQ(test::claimed_other_file(kFitNotes, recognises_fitnotes), "");
}

TEST(FitNotesImport, RefusesWhatIsNotFitNotesShapeNamingFileAndLine) {
    const std::string header = "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time\n";
    EXPECT_EQ(refusal(kFitNotes, "Date,Category,Reps\n2024-01-01,Legs,5\n"),
              "t.csv:1: there is no column 'Exercise'; its columns are 'Date', 'Category', 'Reps'");
    EXPECT_EQ(refusal(kFitNotes, header + "01/03/2024,Squat,Legs,50,kgs,5,,,\n"),
              "t.csv:2: Date: '01/03/2024' is not a date (YYYY-MM-DD)");
    EXPECT_EQ(refusal(kFitNotes, header + "2024-03-01,Squat,Legs,50,stone,5,,,\n"),
              "t.csv:2: Weight Unit: 'stone' is not kgs or lbs");
    EXPECT_EQ(refusal(kFitNotes, header + "2024-03-01,Run,Cardio,,,,5,leagues,0:30:00\n"),
              "t.csv:2: Distance Unit: 'leagues' is not m, km, mi, ft or yd");
    EXPECT_EQ(refusal(kFitNotes, header + "2024-03-01,Run,Cardio,,,,5,km,half an hour\n"),
              "t.csv:2: Time: 'half an hour' is not a time (H:MM:SS)");
}

}  // namespace
}  // namespace hipfit::io
