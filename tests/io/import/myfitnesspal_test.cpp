#include <gtest/gtest.h>

#include "tests/io/import/record_test_support.hpp"

namespace hipfit::io {
namespace {

using test::find_source;
using test::read_fixture;
using test::read_text;
using test::refusal;

constexpr auto kApp = SourceApp::myfitnesspal;
const std::string kNutrition = "Nutrition-Summary-2026-07-17-to-2026-07-18.csv";
const std::string kMeasurement = "Measurement-Summary-2026-07-17-to-2026-07-18.csv";
const std::string kExercise = "Exercise-Summary-2026-07-17-to-2026-07-18.csv";
const std::string kZip = "File-Export-2026-07-17-to-2026-07-18.zip";

ImportOptions with_units(UnitSystem units) {
    ImportOptions options;
    options.units = units;
    return options;
}

TEST(MyFitnessPalImport, ReadsNutritionAsAFoodEntryPerMeal) {
    const ImportedHistory h = read_fixture(kApp, "myfitnesspal", kNutrition);
    EXPECT_EQ(h.format, "MyFitnessPal (nutrition)");
    ASSERT_EQ(h.entries.size(), 4u);
    const ImportedEntry* breakfast = find_source(h, "myfitnesspal:2026-07-17 08:05|Breakfast");
    ASSERT_NE(breakfast, nullptr);
    EXPECT_EQ(breakfast->entry.kind, core::EntryKind::food);
    EXPECT_DOUBLE_EQ(breakfast->entry.value, 420);
    EXPECT_DOUBLE_EQ(*breakfast->entry.protein_g, 24.5);
    EXPECT_EQ(breakfast->entry.note, "Breakfast");
    EXPECT_EQ(breakfast->origin, kNutrition + ":2");
    const ImportedEntry* lunch = find_source(h, "myfitnesspal:2026-07-17|Lunch");
    ASSERT_NE(lunch, nullptr);
    EXPECT_EQ(lunch->entry.note, "Lunch: leftovers\nfrom Sunday");
    EXPECT_EQ(lunch->entry.time, (core::TimeOfDay{0, 0}));
    const ImportedEntry* snack = find_source(h, "myfitnesspal:2026-07-17 15:30|Snacks");
    ASSERT_NE(snack, nullptr);
    EXPECT_DOUBLE_EQ(snack->entry.value, 150);    // float dust gone
    EXPECT_EQ(snack->origin, kNutrition + ":5");  // after the note's line end
    EXPECT_FALSE(find_source(h, "myfitnesspal:2026-07-18 07:50|Breakfast")->entry.protein_g);
}

TEST(MyFitnessPalImport, MeasurementsNeedTheAccountsUnits) {
    const std::string message = refusal([] { read_fixture(kApp, "myfitnesspal", kMeasurement); });
    EXPECT_EQ(message,
              kMeasurement +
                  ": MyFitnessPal's measurements carry no unit; say which units your account uses: metric "
                  "or imperial");
    const ImportedHistory h =
        read_fixture(kApp, "myfitnesspal", kMeasurement, with_units(UnitSystem::imperial));
    EXPECT_EQ(h.format, "MyFitnessPal (measurements)");
    ASSERT_EQ(h.entries.size(), 3u);
    EXPECT_DOUBLE_EQ(find_source(h, "myfitnesspal:2026-07-17|weight")->entry.value, 80.013694);
    const ImportedEntry* measure = find_source(h, "myfitnesspal:2026-07-18|measure");
    ASSERT_NE(measure, nullptr);
    EXPECT_DOUBLE_EQ(measure->entry.measurements.hip->value(), 100.33);
    EXPECT_DOUBLE_EQ(measure->entry.measurements.neck->value(), 38.1);
    EXPECT_DOUBLE_EQ(measure->entry.measurements.waist->value(), 85.09);

    const ImportedHistory metric = read_fixture(kApp, "myfitnesspal", "Measurement-Summary-body-fat.csv",
                                                with_units(UnitSystem::metric));
    ASSERT_EQ(metric.entries.size(), 2u);
    EXPECT_DOUBLE_EQ(find_source(metric, "myfitnesspal:2026-07-18|weight")->entry.value, 80.2);
    EXPECT_DOUBLE_EQ(
        *find_source(metric, "myfitnesspal:2026-07-18|measure")->entry.measurements.body_fat_percent, 18.5);
}

TEST(MyFitnessPalImport, ReadsADaysExerciseAsOneWorkout) {
    const ImportedHistory h = read_fixture(kApp, "myfitnesspal", kExercise);
    EXPECT_EQ(h.format, "MyFitnessPal (exercise)");
    ASSERT_EQ(h.entries.size(), 2u);
    const ImportedEntry* day = find_source(h, "myfitnesspal:2026-07-17|exercise");
    ASSERT_NE(day, nullptr);
    EXPECT_EQ(day->entry.kind, core::EntryKind::workout);
    ASSERT_EQ(day->entry.sets.size(), 6u);  // a walk, 3 bench sets, 2 push-up sets
    EXPECT_EQ(day->exercise_names[0], "Walking, 15 min per mile (4 mph)");
    EXPECT_DOUBLE_EQ(*day->entry.sets[0].minutes, 45);
    EXPECT_EQ(day->exercise_names[1], "Bench Press");
    EXPECT_EQ(*day->entry.sets[3].reps, 8);
    EXPECT_DOUBLE_EQ(day->entry.sets[3].load->value(), 60);
    EXPECT_EQ(day->exercise_names[5], "Push-ups");
    EXPECT_FALSE(day->entry.sets[5].load);
    EXPECT_DOUBLE_EQ(*day->entry.energy_kcal, 210);
    EXPECT_EQ(day->origin, kExercise + ":2");
    const ImportedEntry* run = find_source(h, "myfitnesspal:2026-07-18|exercise");
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->exercise_names, std::vector<std::string>{"Running (jogging), 6 mph"});
    EXPECT_DOUBLE_EQ(*run->entry.energy_kcal, 410);
    EXPECT_EQ(h.left_out.at("exercise rows without minutes or sets"), 1u);

    const ImportedHistory lb = read_fixture(kApp, "myfitnesspal", "Exercise-Summary-pounds.csv");
    ASSERT_EQ(lb.entries.size(), 1u);
    ASSERT_EQ(lb.entries[0].entry.sets.size(), 2u);
    EXPECT_DOUBLE_EQ(lb.entries[0].entry.sets[1].load->value(), 102.058283);  // 225 lb
}

TEST(MyFitnessPalImport, ReadsTheExportZip) {
    EXPECT_TRUE(refusal([] {
                    read_fixture(kApp, "myfitnesspal", kZip);
                }).starts_with(kZip + "/" + kMeasurement + ": MyFitnessPal's measurements carry no unit"));
    const ImportedHistory h = read_fixture(kApp, "myfitnesspal", kZip, with_units(UnitSystem::imperial));
    EXPECT_EQ(h.format, "MyFitnessPal (export zip: nutrition, measurements, exercise)");
    EXPECT_EQ(h.entries.size(), 9u);  // 4 meals, 2 weights, 1 measure, 2 workouts
    EXPECT_EQ(find_source(h, "myfitnesspal:2026-07-17 08:05|Breakfast")->origin,
              kZip + "/" + kNutrition + ":2");
    // A zip without measurements needs no units.
    EXPECT_EQ(read_fixture(kApp, "myfitnesspal", "nutrition-only.zip").entries.size(), 4u);
}

TEST(MyFitnessPalImport, RefusesWhatIsNotItsExport) {
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,Meal,Calories,Protein (g)\n07/18/2026,Lunch,500,30\n");
                }).starts_with("test.csv:2: Date: '07/18/2026'"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Day,Food\n2026-07-18,Soup\n");
                }).starts_with("test.csv:1: this is not a MyFitnessPal summary"));
    EXPECT_TRUE(refusal([] {
                    read_fixture(kApp, "csv", "zip-bomb.zip");
                }).starts_with("zip-bomb.zip: this zip holds no MyFitnessPal summary"));
}

TEST(MyFitnessPalImport, IsDetectedAndClaimsNoOtherAppsFile) {
    for (const std::string& file :
         {kNutrition, kMeasurement, kExercise, kZip, std::string("nutrition-only.zip"),
          std::string("Measurement-Summary-body-fat.csv"), std::string("Exercise-Summary-pounds.csv")})
        EXPECT_EQ(test::detect_fixture("myfitnesspal", file), kApp) << file;
    test::expect_claims_no_other_fixture(recognises_myfitnesspal, "myfitnesspal");
}

}  // namespace
}  // namespace hipfit::io
