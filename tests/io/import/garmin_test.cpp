#include <gtest/gtest.h>

#include "tests/io/import/record_test_support.hpp"

namespace hipfit::io {
namespace {

using test::find_source;
using test::read_fixture;
using test::read_text;
using test::refusal;

constexpr auto kApp = SourceApp::garmin;
constexpr std::string_view kHeader =
    "Time,Weight,Change,BMI,Body Fat,Skeletal Muscle Mass,Bone Mass,Body Water,\n";

TEST(GarminImport, ReadsWeighingsUnderTheirDateLines) {
    const ImportedHistory h = read_fixture(kApp, "garmin", "weight.csv");
    EXPECT_EQ(h.format, "Garmin Connect (weight)");
    ASSERT_EQ(h.entries.size(), 4u);  // 3 weights, 1 body fat
    const ImportedEntry* morning = find_source(h, "garmin:2026-07-18 08:28");
    ASSERT_NE(morning, nullptr);
    EXPECT_DOUBLE_EQ(morning->entry.value, 80.0);
    EXPECT_EQ(morning->origin, "weight.csv:3");
    EXPECT_DOUBLE_EQ(*find_source(h, "garmin:2026-07-18 08:28|body fat")->entry.measurements.body_fat_percent,
                     18.0);
    const ImportedEntry* evening = find_source(h, "garmin:2026-07-18 21:05");
    ASSERT_NE(evening, nullptr);
    EXPECT_EQ(evening->entry.time, (core::TimeOfDay{21, 5}));
    const ImportedEntry* midnight = find_source(h, "garmin:2026-07-17 00:10");
    ASSERT_NE(midnight, nullptr);
    EXPECT_EQ(midnight->entry.date,
              core::Date(std::chrono::year(2026), std::chrono::July, std::chrono::day(17)));
    EXPECT_EQ(h.left_out.at("skeletal muscle mass readings"), 1u);
    EXPECT_EQ(h.left_out.at("bone mass readings"), 1u);
    EXPECT_EQ(h.left_out.at("body water readings"), 1u);
}

TEST(GarminImport, ConvertsPounds) {
    const ImportedHistory h = read_fixture(kApp, "garmin", "weight-lbs.csv");
    ASSERT_EQ(h.entries.size(), 1u);
    EXPECT_DOUBLE_EQ(h.entries[0].entry.value, 80.013694);
    EXPECT_EQ(h.entries[0].entry.source, "garmin:2026-01-03 07:01");
}

TEST(GarminImport, RefusesAWeighingWithoutADateAndStrangeLines) {
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, std::string(kHeader) + "8:28 AM,80.0 kg,,,,,,,\n");
                }).starts_with("test.csv:2: a weighing before any date line"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, std::string(kHeader) + "\" Jul 18, 2026\",\nbreakfast,80.0 kg\n");
                }).starts_with("test.csv:3: 'breakfast' is neither a date"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, std::string(kHeader) + "\" Jul 18, 2026\",\n8:28 AM,12.6 st\n");
                }).starts_with("test.csv:3: Weight: 'st' is not a unit"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Time,Heart rate\n");
                }).starts_with("test.csv:1: there is no column 'Weight'"));
}

TEST(GarminImport, IsDetectedAndClaimsNoOtherAppsFile) {
    for (const char* file : {"weight.csv", "weight-lbs.csv"})
        EXPECT_EQ(test::detect_fixture("garmin", file), kApp) << file;
    test::expect_claims_no_other_fixture(recognises_garmin, "garmin");
}

}  // namespace
}  // namespace hipfit::io
