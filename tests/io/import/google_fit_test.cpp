#include <gtest/gtest.h>

#include "tests/io/import/record_test_support.hpp"

namespace hipfit::io {
namespace {

using test::find_source;
using test::read_fixture;
using test::read_text;
using test::refusal;

constexpr auto kApp = SourceApp::google_fit;

TEST(GoogleFitImport, ReadsStepsAndAverageWeightPerDay) {
    const ImportedHistory h = read_fixture(kApp, "google_fit", "Daily Summaries.csv");
    EXPECT_EQ(h.format, "Google Fit (Takeout daily summaries)");
    ASSERT_EQ(h.entries.size(), 3u);
    const ImportedEntry* steps = find_source(h, "google-fit:2026-07-17|steps");
    ASSERT_NE(steps, nullptr);
    EXPECT_EQ(steps->entry.kind, core::EntryKind::steps);
    EXPECT_DOUBLE_EQ(steps->entry.value, 9014);
    EXPECT_EQ(steps->origin, "Daily Summaries.csv:3");
    EXPECT_EQ(steps->entry.time, (core::TimeOfDay{0, 0}));
    const ImportedEntry* weight = find_source(h, "google-fit:2026-07-17|weight");
    ASSERT_NE(weight, nullptr);
    EXPECT_DOUBLE_EQ(weight->entry.value, 80.4);
    EXPECT_DOUBLE_EQ(find_source(h, "google-fit:2026-07-16|steps")->entry.value, 6123);
    EXPECT_EQ(h.left_out.at("days of calories spent (energy out, not food eaten)"), 3u);
}

TEST(GoogleFitImport, ReadsAShortFileWithAByteOrderMark) {
    const ImportedHistory h = read_fixture(kApp, "google_fit", "daily-summaries-bom.csv");
    ASSERT_EQ(h.entries.size(), 1u);
    EXPECT_DOUBLE_EQ(h.entries[0].entry.value, 10234);
}

TEST(GoogleFitImport, RefusesBadDaysAndFractionsOfSteps) {
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,Step count\n2026-07-18,100\n07/18/2026,5\n");
                }).starts_with("test.csv:3: Date: '07/18/2026'"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,Step count\n2026-07-18,100.5\n");
                }).starts_with("test.csv:2: Step count: '100.5' is not a whole number"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,Distance (m)\n2026-07-18,100\n");
                }).starts_with("test.csv:1: there is no column 'Step count'"));
}

TEST(GoogleFitImport, IsDetectedAndClaimsNoOtherAppsFile) {
    for (const char* file : {"Daily Summaries.csv", "daily-summaries-bom.csv"})
        EXPECT_EQ(test::detect_fixture("google_fit", file), kApp) << file;
    test::expect_claims_no_other_fixture(recognises_google_fit, "google_fit");
}

}  // namespace
}  // namespace hipfit::io
