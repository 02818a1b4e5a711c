// Hevy's CSV export (io/import/hevy.cpp): a workout per start time and title, warm-ups marked, pounds and
// miles converted exactly, titles with emoji and accents kept, the description's "\n" as line breaks.
#include <gtest/gtest.h>

#include "io/import/formats.hpp"
#include "tests/io/import/workout_fixtures.hpp"

namespace hipfit::io {
namespace {

using test::read_fixture;
using test::refusal;

constexpr SourceApp kHevy = SourceApp::hevy;

TEST(HevyImport, ReadsMetricWorkoutsOldestFirst) {
    const ImportedHistory h = read_fixture(kHevy, "metric.csv");
    EXPECT_EQ(h.format, "Hevy (metric)");
    ASSERT_EQ(h.entries.size(), 2u);
    const core::Entry& walk = h.entries[0].entry;
    EXPECT_EQ(walk.date, core::Date(std::chrono::year(2025), std::chrono::month(9), std::chrono::day(15)));
    EXPECT_EQ(walk.time, (core::TimeOfDay{7, 48}));
    EXPECT_EQ(walk.source, "hevy:2025-09-15 07:48|Morning walk");
    EXPECT_EQ(walk.note, "Morning walk");
    ASSERT_EQ(walk.sets.size(), 1u);
    EXPECT_DOUBLE_EQ(*walk.sets[0].distance_km, 3.2);
    EXPECT_DOUBLE_EQ(*walk.sets[0].minutes, 42.0);

    const ImportedEntry& glutes = h.entries[1];
    const core::Entry& e = glutes.entry;
    EXPECT_EQ(e.source, "hevy:2025-09-17 18:05|Po-Tag 🍑 Grüße");
    EXPECT_EQ(e.note, "Po-Tag 🍑 Grüße — Knie gut\nnext time +2.5");
    EXPECT_EQ(glutes.origin, "metric.csv:2");
    ASSERT_EQ(e.sets.size(), 6u);
    EXPECT_EQ(glutes.exercise_names,
              (std::vector<std::string>{"Hip Thrust (Barbell)", "Hip Thrust (Barbell)",
                                        "Hip Thrust (Barbell)", "Bulgarian Split Squat (Dumbbell)",
                                        "Bulgarian Split Squat (Dumbbell)", "Plank"}));
    EXPECT_TRUE(e.sets[0].warm_up);
    EXPECT_DOUBLE_EQ(e.sets[0].load->value(), 40.0);
    EXPECT_FALSE(e.sets[1].warm_up);
    EXPECT_EQ(e.sets[1].rpe, 9);      // 8.5, half up
    EXPECT_FALSE(e.sets[2].warm_up);  // failure
    EXPECT_EQ(e.sets[2].reps, 8);
    EXPECT_DOUBLE_EQ(e.sets[3].load->value(), 24.0);  // float dust dropped
    EXPECT_FALSE(e.sets[4].warm_up);                  // dropset
    EXPECT_EQ(e.sets[5].hold_seconds, 45);
    EXPECT_EQ(h.left_out, (std::map<std::string, std::size_t>{{"sets with nothing logged", 1}}));
}

TEST(HevyImport, ConvertsPoundsAndMilesOfImperialAccounts) {
    const ImportedHistory h = read_fixture(kHevy, "imperial.csv");
    EXPECT_EQ(h.format, "Hevy (imperial)");
    ASSERT_EQ(h.entries.size(), 1u);
    const core::Entry& e = h.entries[0].entry;
    EXPECT_EQ(e.time, (core::TimeOfDay{6, 30}));
    EXPECT_EQ(e.source, "hevy:2024-01-02 06:30|Leg Day");
    ASSERT_EQ(e.sets.size(), 3u);
    EXPECT_TRUE(e.sets[0].warm_up);
    EXPECT_DOUBLE_EQ(e.sets[0].load->value(), 20.411657);  // 45 lb
    EXPECT_DOUBLE_EQ(e.sets[1].load->value(), 61.23497);   // 135 lb
    EXPECT_EQ(e.sets[1].rpe, 7);
    EXPECT_DOUBLE_EQ(*e.sets[2].distance_km, 3.218688);  // 2 mi
    EXPECT_DOUBLE_EQ(*e.sets[2].minutes, 20.0);
}

TEST(HevyImport, DetectsBothAndNoOtherAppsFile) {
    EXPECT_EQ(test::detected(kHevy, "metric.csv"), kHevy);
    EXPECT_EQ(test::detected(kHevy, "imperial.csv"), kHevy);
    EXPECT_EQ(test::claimed_other_file(kHevy, recognises_hevy), "");
}

TEST(HevyImport, RefusesWhatIsNotHevysShapeNamingFileAndLine) {
    const std::string header = "title,start_time,exercise_title,set_type,weight_kg,reps\n";
    EXPECT_EQ(
        refusal(kHevy, "title,start_time,set_type\nA,\"1 Jan 2024, 10:00\",normal\n"),
        "t.csv:1: there is no column 'exercise_title'; its columns are 'title', 'start_time', 'set_type'");
    EXPECT_EQ(
        refusal(kHevy, header + "A,\"1 Jan 2024, 10:00\",Squat,normal,50,5\nA,\"32 Jan 2024, 10:00\",Squat,"
                                "normal,50,5\n"),
        "t.csv:3: start_time: '32 Jan 2024, 10:00' is not a date and time (15 Sep 2025, 07:48)");
    EXPECT_EQ(
        refusal(kHevy, header + "A,\"1 Jän 2024, 10:00\",Squat,normal,50,5\n"),
        "t.csv:2: start_time: '1 J\\xc3\\xa4n 2024, 10:00' is not a date and time (15 Sep 2025, 07:48)");
    EXPECT_EQ(refusal(kHevy, header + "A,\"1 Jan 2024, 10:00\",Squat,normal,fifty,5\n"),
              "t.csv:2: weight_kg: 'fifty' is not a number");
    EXPECT_EQ(refusal(kHevy, header + "A,\"1 Jan 2024, 10:00\",,normal,50,5\n"),
              "t.csv:2: exercise_title is empty");
}

}  // namespace
}  // namespace hipfit::io
