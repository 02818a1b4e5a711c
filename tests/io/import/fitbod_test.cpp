// Fitbod's CSV export (io/import/fitbod.cpp): the sets of one of the person's days are a workout, in the
// order they were done; weights of a pair of dumbbells doubled; holds and cardio from duration and distance.
#include <gtest/gtest.h>

#include "io/import/formats.hpp"
#include "tests/io/import/workout_fixtures.hpp"

namespace hipfit::io {
namespace {

using test::read_fixture;
using test::refusal;

constexpr SourceApp kFitbod = SourceApp::fitbod;

core::Date day(int y, unsigned m, unsigned d) {
    return core::Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

TEST(FitbodImport, ADayIsAWorkoutInTheOrderItsSetsWereDone) {
    const ImportedHistory h = read_fixture(kFitbod, "current.csv");
    EXPECT_EQ(h.format, "Fitbod");
    ASSERT_EQ(h.entries.size(), 2u);
    const ImportedEntry& first = h.entries[0];
    EXPECT_EQ(first.entry.date, day(2025, 12, 15));
    EXPECT_EQ(first.entry.time, (core::TimeOfDay{18, 0}));
    EXPECT_EQ(first.entry.source, "fitbod:2025-12-15 18:00:00");
    EXPECT_EQ(first.origin, "current.csv:8");
    ASSERT_EQ(first.entry.sets.size(), 2u);
    EXPECT_EQ(first.entry.sets[0].reps, 10);  // 18:00 before 18:02
    EXPECT_EQ(first.entry.sets[1].reps, 12);

    const ImportedEntry& second = h.entries[1];
    const core::Entry& e = second.entry;
    EXPECT_EQ(e.date, day(2025, 12, 17));
    EXPECT_EQ(e.time, (core::TimeOfDay{3, 24}));
    EXPECT_EQ(e.note, "Slow on the way down");
    EXPECT_EQ(second.origin, "current.csv:2");
    EXPECT_EQ(second.exercise_names,
              (std::vector<std::string>{"Barbell Hip Thrust", "Dumbbell Romanian Deadlift",
                                        "Dumbbell Romanian Deadlift", "Plank", "Treadmill Running"}));
    ASSERT_EQ(e.sets.size(), 5u);
    EXPECT_TRUE(e.sets[0].warm_up);
    EXPECT_DOUBLE_EQ(e.sets[0].load->value(), 34.019428);  // 75 lb as Fitbod stores it
    EXPECT_EQ(e.sets[0].reps, 12);
    EXPECT_DOUBLE_EQ(e.sets[1].load->value(), 31.751466);  // a pair of 35 lb dumbbells
    EXPECT_FALSE(e.sets[1].warm_up);
    EXPECT_EQ(e.sets[3].hold_seconds, 60);
    EXPECT_FALSE(e.sets[3].reps);
    EXPECT_DOUBLE_EQ(*e.sets[4].distance_km, 2.4);
    EXPECT_DOUBLE_EQ(*e.sets[4].minutes, 15.0);
    EXPECT_EQ(h.left_out, (std::map<std::string, std::size_t>{{"sets with nothing logged", 1}}));
}

TEST(FitbodImport, PlacesSetsOnThePersonsLocalDay) {
    ImportOptions new_york;
    new_york.utc_offset_at = [](std::int64_t) { return -5 * 60; };
    const ImportedHistory h = read_fixture(kFitbod, "current.csv", new_york);
    ASSERT_EQ(h.entries.size(), 2u);
    EXPECT_EQ(h.entries[0].entry.date, day(2025, 12, 15));
    EXPECT_EQ(h.entries[0].entry.time, (core::TimeOfDay{13, 0}));
    EXPECT_EQ(h.entries[1].entry.date, day(2025, 12, 16));  // 03:24 UTC is the evening before
    EXPECT_EQ(h.entries[1].entry.time, (core::TimeOfDay{22, 24}));
    EXPECT_EQ(h.entries[1].entry.source, "fitbod:2025-12-17 03:24:30");  // the same key in any zone
}

TEST(FitbodImport, Reads2019RowsOfEqualSets) {
    const ImportedHistory h = read_fixture(kFitbod, "v2019.csv");
    EXPECT_EQ(h.format, "Fitbod (2019)");
    ASSERT_EQ(h.entries.size(), 2u);
    EXPECT_EQ(h.entries[0].entry.date, day(2019, 3, 30));
    EXPECT_EQ(h.entries[0].exercise_names, (std::vector<std::string>{"Glute Bridge"}));
    const ImportedEntry& w = h.entries[1];
    EXPECT_EQ(w.exercise_names,
              (std::vector<std::string>{"Barbell Squat", "Barbell Squat", "Barbell Squat", "Barbell Squat",
                                        "Walking Lunge", "Walking Lunge"}));
    EXPECT_TRUE(w.entry.sets[0].warm_up);
    EXPECT_DOUBLE_EQ(w.entry.sets[1].load->value(), 60.0);
    EXPECT_EQ(w.entry.sets[3].reps, 8);
    EXPECT_FALSE(w.entry.sets[4].load);
    EXPECT_EQ(w.entry.note, "Felt good");
    EXPECT_EQ(h.left_out.at("sets with nothing logged"), 1u);  // Sets 0
}

TEST(FitbodImport, DetectsBothAndNoOtherAppsFile) {
    EXPECT_EQ(test::detected(kFitbod, "current.csv"), kFitbod);
    EXPECT_EQ(test::detected(kFitbod, "v2019.csv"), kFitbod);
    EXPECT_EQ(test::claimed_other_file(kFitbod, recognises_fitbod), "");
}

TEST(FitbodImport, RefusesWhatIsNotFitbodsShapeNamingFileAndLine) {
    const std::string header = "Date,Exercise,Reps,Weight(kg),isWarmup,multiplier\n";
    EXPECT_EQ(refusal(kFitbod, "Date,Exercise,isWarmup\n2025-01-01 10:00:00 +0000,Squat,false\n"),
              "t.csv:1: there is no column 'Reps'; its columns are 'Date', 'Exercise', 'isWarmup'");
    EXPECT_EQ(refusal(kFitbod, header + "17.12.2025,Squat, 8,20.0,false, 1.0\n"),
              "t.csv:2: Date: '17.12.2025' is not a date and time (YYYY-MM-DD HH:MM:SS +HHMM)");
    EXPECT_EQ(refusal(kFitbod, header + "2025-12-17 03:24:30 +0000,Squat, 8,20.0,maybe, 1.0\n"),
              "t.csv:2: isWarmup: 'maybe' is not true or false");
    EXPECT_EQ(refusal(kFitbod, header + "2025-12-17 03:24:30 +0000,Squat, 8,20.0,false, x2\n"),
              "t.csv:2: multiplier: ' x2' is not a number");
    EXPECT_EQ(
        refusal(kFitbod,
                "Date,Exercise,Sets,Reps,Weight,isWarmup\n2019-01-01 10:00:00,Squat,100000,5,20,false\n"),
        "t.csv:2: Sets: 100000 sets of one exercise; at most 50");
}

}  // namespace
}  // namespace hipfit::io
