#include <gtest/gtest.h>

#include "tests/io/import/record_test_support.hpp"

namespace hipfit::io {
namespace {

using test::find_source;
using test::read_fixture;
using test::read_text;
using test::refusal;

constexpr auto kApp = SourceApp::withings;

TEST(WithingsImport, ReadsWeightAndDerivesBodyFatFromFatMass) {
    const ImportedHistory h = read_fixture(kApp, "withings", "weight.csv");
    EXPECT_EQ(h.format, "Withings (English, kg)");
    ASSERT_EQ(h.entries.size(), 5u);  // 3 weights, 2 body fats
    const ImportedEntry* weight = find_source(h, "withings:2026-07-18 07:12");
    ASSERT_NE(weight, nullptr);
    EXPECT_EQ(weight->entry.kind, core::EntryKind::weight);
    EXPECT_DOUBLE_EQ(weight->entry.value, 80.0);
    EXPECT_EQ(weight->origin, "weight.csv:2");
    const ImportedEntry* fat = find_source(h, "withings:2026-07-18 07:12|body fat");
    ASSERT_NE(fat, nullptr);
    EXPECT_DOUBLE_EQ(*fat->entry.measurements.body_fat_percent, 18.0);  // 14.4 / 80 × 100
    EXPECT_DOUBLE_EQ(find_source(h, "withings:2026-07-16 06:55")->entry.value, 80.4);
    EXPECT_EQ(find_source(h, "withings:2026-07-17 07:02|body fat"), nullptr);
    EXPECT_EQ(h.left_out.at("bone mass readings"), 1u);
    EXPECT_EQ(h.left_out.at("muscle mass readings"), 1u);
    EXPECT_EQ(h.left_out.at("hydration readings"), 1u);
    EXPECT_EQ(h.left_out.at("comments"), 1u);
}

TEST(WithingsImport, ReadsGermanHeadersAndPounds) {
    const ImportedHistory de = read_fixture(kApp, "withings", "gewicht.csv");
    EXPECT_EQ(de.format, "Withings (German, kg)");
    ASSERT_EQ(de.entries.size(), 2u);
    EXPECT_DOUBLE_EQ(
        *find_source(de, "withings:2026-07-18 07:12|body fat")->entry.measurements.body_fat_percent, 20.0);
    const ImportedHistory lb = read_fixture(kApp, "withings", "weight-lb.csv");
    EXPECT_EQ(lb.format, "Withings (English, lb)");
    EXPECT_DOUBLE_EQ(find_source(lb, "withings:2026-07-18 07:12")->entry.value,
                     80.013694);  // 176.4 × 0.45359237
    EXPECT_DOUBLE_EQ(
        *find_source(lb, "withings:2026-07-18 07:12|body fat")->entry.measurements.body_fat_percent, 20.0);
}

TEST(WithingsImport, RefusesWhatIsNotItsExport) {
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,Weight\n2026-07-18,80\n");
                }).starts_with("test.csv:1: this is not a Withings weight export"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,\"Weight (kg)\",\"Fat mass (kg)\"\n18/07/2026,80,14\n");
                }).starts_with("test.csv:2: Date: '18/07/2026'"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,\"Weight (kg)\",\"Fat mass (kg)\"\n2026-07-18 07:00,8O,14\n");
                }).starts_with("test.csv:2: Weight (kg): '8O' is not a number"));
}

TEST(WithingsImport, IsDetectedAndClaimsNoOtherAppsFile) {
    for (const char* file : {"weight.csv", "gewicht.csv", "weight-lb.csv"})
        EXPECT_EQ(test::detect_fixture("withings", file), kApp) << file;
    test::expect_claims_no_other_fixture(recognises_withings, "withings");
}

}  // namespace
}  // namespace hipfit::io
