#include <gtest/gtest.h>

#include "tests/io/import/record_test_support.hpp"

namespace hipfit::io {
namespace {

using test::find_source;
using test::read_fixture;
using test::read_text;
using test::refusal;

constexpr auto kApp = SourceApp::cronometer;

TEST(CronometerImport, ReadsServingsWithTheirFoodAndAmount) {
    const ImportedHistory h = read_fixture(kApp, "cronometer", "servings.csv");
    EXPECT_EQ(h.format, "Cronometer (servings)");
    ASSERT_EQ(h.entries.size(), 4u);
    const ImportedEntry* oats =
        find_source(h, "cronometer:2026-07-18 09:00|Breakfast|Oats, Rolled, Dry (50.00 g)");
    ASSERT_NE(oats, nullptr);
    EXPECT_EQ(oats->entry.kind, core::EntryKind::food);
    EXPECT_DOUBLE_EQ(oats->entry.value, 189.5);
    EXPECT_DOUBLE_EQ(*oats->entry.protein_g, 6.75);
    EXPECT_EQ(oats->entry.note, "Oats, Rolled, Dry (50.00 g)");
    EXPECT_EQ(oats->entry.time, (core::TimeOfDay{9, 0}));
    EXPECT_EQ(oats->origin, "servings.csv:2");
    // The same food twice in one meal: two entries, two sources.
    EXPECT_NE(find_source(h, "cronometer:2026-07-18 09:00|Breakfast|Milk, 2% (1.00 cup)"), nullptr);
    EXPECT_NE(find_source(h, "cronometer:2026-07-18 09:00|Breakfast|Milk, 2% (1.00 cup)#2"), nullptr);
    const ImportedEntry* soup =
        find_source(h, "cronometer:2026-07-18|Lunch|Lentil Soup, \"homemade\" (400.00 g)");
    ASSERT_NE(soup, nullptr);
    EXPECT_EQ(soup->entry.time, (core::TimeOfDay{0, 0}));
    EXPECT_FALSE(soup->entry.protein_g);
    EXPECT_EQ(h.left_out.at("servings without energy (kcal)"), 1u);

    const ImportedHistory no_time = read_fixture(kApp, "cronometer", "servings-no-time.csv");
    ASSERT_EQ(no_time.entries.size(), 1u);
    EXPECT_EQ(no_time.entries[0].entry.source, "cronometer:2026-07-17|Dinner|Apple (1.00 medium)");
}

TEST(CronometerImport, ReadsDailyTotalsAndSaysWhichAreNotCompleted) {
    const ImportedHistory h = read_fixture(kApp, "cronometer", "dailysummary.csv");
    EXPECT_EQ(h.format, "Cronometer (daily summary; 1 day not marked completed)");
    ASSERT_EQ(h.entries.size(), 2u);
    const ImportedEntry* day = find_source(h, "cronometer:2026-07-17|daily total");
    ASSERT_NE(day, nullptr);
    EXPECT_DOUBLE_EQ(day->entry.value, 2105.3);
    EXPECT_DOUBLE_EQ(*day->entry.protein_g, 132.6);
    EXPECT_EQ(day->entry.note, "Cronometer daily total");
    EXPECT_EQ(h.left_out.at("days without energy (kcal)"), 1u);
}

TEST(CronometerImport, ReadsBiometricsAndLeavesOutOtherMetricsByName) {
    const ImportedHistory h = read_fixture(kApp, "cronometer", "biometrics.csv");
    EXPECT_EQ(h.format, "Cronometer (biometrics)");
    ASSERT_EQ(h.entries.size(), 6u);
    EXPECT_DOUBLE_EQ(find_source(h, "cronometer:2026-07-18 07:10|Weight")->entry.value, 80.2);
    EXPECT_DOUBLE_EQ(find_source(h, "cronometer:2026-07-17 07:05|Weight")->entry.value,
                     80.285849);  // 177 lbs
    EXPECT_DOUBLE_EQ(
        *find_source(h, "cronometer:2026-07-18 07:10|Body Fat")->entry.measurements.body_fat_percent, 18.5);
    EXPECT_DOUBLE_EQ(find_source(h, "cronometer:2026-07-18 07:12|Waist")->entry.measurements.waist->value(),
                     85.09);
    EXPECT_DOUBLE_EQ(find_source(h, "cronometer:2026-07-18 07:12|Neck")->entry.measurements.neck->value(),
                     38);
    const ImportedEntry* sleep = find_source(h, "cronometer:2026-07-18|Sleep (Garmin)");
    ASSERT_NE(sleep, nullptr);
    EXPECT_EQ(sleep->entry.kind, core::EntryKind::sleep);
    EXPECT_DOUBLE_EQ(sleep->entry.value, 7.25);
    EXPECT_EQ(h.left_out.at("heart rate readings"), 1u);
    EXPECT_EQ(h.left_out.at("blood pressure readings"), 1u);
}

TEST(CronometerImport, ReadsExercisesAsCardioWithoutTheSourceSuffix) {
    const ImportedHistory h = read_fixture(kApp, "cronometer", "exercises.csv");
    EXPECT_EQ(h.format, "Cronometer (exercises)");
    ASSERT_EQ(h.entries.size(), 2u);
    const ImportedEntry* run = find_source(h, "cronometer:2026-07-18 18:30|Evening|Running (Garmin)");
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->entry.kind, core::EntryKind::workout);
    ASSERT_EQ(run->entry.sets.size(), 1u);
    EXPECT_DOUBLE_EQ(*run->entry.sets[0].minutes, 32.5);
    EXPECT_TRUE(run->entry.sets[0].exercise_id.empty());
    EXPECT_DOUBLE_EQ(*run->entry.energy_kcal, 412.3);
    EXPECT_EQ(run->exercise_names, std::vector<std::string>{"Running"});
    const ImportedEntry* walk =
        find_source(h, "cronometer:2026-07-18|Default|Walking, 5 km/h (Apple Health)");
    ASSERT_NE(walk, nullptr);
    EXPECT_EQ(walk->exercise_names, std::vector<std::string>{"Walking, 5 km/h"});
    EXPECT_EQ(h.left_out.at("exercises without minutes"), 1u);
    EXPECT_EQ(read_fixture(kApp, "cronometer", "exercises-no-time.csv").entries.size(), 1u);
}

TEST(CronometerImport, RefusesBadTimesAndNumbersNamingTheLine) {
    EXPECT_TRUE(
        refusal([] {
            read_text(kApp,
                      "Day,Time,Group,Food Name,Amount,Energy (kcal)\n2026-07-18,noonish,Lunch,Soup,1,100\n");
        }).starts_with("test.csv:2: Time: 'noonish'"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp,
                              "Day,Group,Food Name,Amount,Energy (kcal)\n2026-07-18,Lunch,Soup,1,1O0\n");
                }).starts_with("test.csv:2: Energy (kcal): '1O0' is not a number"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Day,Time,Group,Metric,Unit,Amount\n18.07.2026,,x,Weight,kg,80\n");
                }).starts_with("test.csv:2: Day: '18.07.2026'"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Day,Food\n2026-07-18,Soup\n");
                }).starts_with("test.csv:1: this is not a Cronometer export"));
}

TEST(CronometerImport, IsDetectedAndClaimsNoOtherAppsFile) {
    for (const char* file : {"servings.csv", "servings-no-time.csv", "dailysummary.csv", "biometrics.csv",
                             "exercises.csv", "exercises-no-time.csv"})
        EXPECT_EQ(test::detect_fixture("cronometer", file), kApp) << file;
    test::expect_claims_no_other_fixture(recognises_cronometer, "cronometer");
}

}  // namespace
}  // namespace hipfit::io
