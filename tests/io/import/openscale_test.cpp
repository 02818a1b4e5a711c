#include <gtest/gtest.h>

#include "tests/io/import/record_test_support.hpp"

namespace hipfit::io {
namespace {

using test::find_source;
using test::read_fixture;
using test::read_text;
using test::refusal;

constexpr auto kApp = SourceApp::openscale;

TEST(OpenScaleImport, Version2ReadsWeightAndMeasuresAndLeavesOutTheRest) {
    const ImportedHistory h = read_fixture(kApp, "openscale", "openscale-2.csv");
    EXPECT_EQ(h.format, "openScale 2");
    ASSERT_EQ(h.entries.size(), 5u);  // 3 weights, 2 measures
    const ImportedEntry* weight = find_source(h, "openscale:2026-07-18 07:12");
    ASSERT_NE(weight, nullptr);
    EXPECT_EQ(weight->entry.kind, core::EntryKind::weight);
    EXPECT_DOUBLE_EQ(weight->entry.value, 80.05);
    EXPECT_EQ(weight->origin, "openscale-2.csv:2");
    EXPECT_EQ(weight->entry.date,
              core::Date(std::chrono::year(2026), std::chrono::July, std::chrono::day(18)));
    EXPECT_EQ(weight->entry.time, (core::TimeOfDay{7, 12}));
    const ImportedEntry* measure = find_source(h, "openscale:2026-07-18 07:12|measure");
    ASSERT_NE(measure, nullptr);
    EXPECT_EQ(measure->entry.kind, core::EntryKind::measure);
    EXPECT_DOUBLE_EQ(*measure->entry.measurements.body_fat_percent, 18.4);
    EXPECT_DOUBLE_EQ(measure->entry.measurements.waist->value(), 84.0);
    EXPECT_DOUBLE_EQ(measure->entry.measurements.hip->value(), 98.5);
    EXPECT_FALSE(measure->entry.measurements.neck);  // 0.0: not measured
    const ImportedEntry* second = find_source(h, "openscale:2026-07-17 07:05|measure");
    ASSERT_NE(second, nullptr);
    EXPECT_DOUBLE_EQ(second->entry.measurements.neck->value(), 38.0);
    EXPECT_DOUBLE_EQ(second->entry.measurements.thigh->value(), 56.25);
    EXPECT_FALSE(second->entry.measurements.body_fat_percent);
    EXPECT_DOUBLE_EQ(find_source(h, "openscale:2026-07-17 07:05")->entry.value, 80.4);  // float dust gone
    // The quoted comment spans two lines: the next record starts on line 4.
    EXPECT_EQ(find_source(h, "openscale:2026-07-16 06:58")->origin, "openscale-2.csv:4");
    EXPECT_EQ(h.left_out.at("bone mass readings"), 1u);
    EXPECT_EQ(h.left_out.at("muscle readings"), 1u);
    EXPECT_EQ(h.left_out.at("body water readings"), 1u);
    EXPECT_EQ(h.left_out.at("comments"), 2u);
    EXPECT_FALSE(h.left_out.contains("lean body mass readings"));
}

TEST(OpenScaleImport, Version3ReadsTimesWithMillisecondsAndLeavesOutTheRatios) {
    const ImportedHistory h = read_fixture(kApp, "openscale", "openscale-3.csv");
    EXPECT_EQ(h.format, "openScale 3");
    ASSERT_EQ(h.entries.size(), 3u);
    const ImportedEntry* measure = find_source(h, "openscale:2026-07-18 07:12|measure");
    ASSERT_NE(measure, nullptr);
    EXPECT_DOUBLE_EQ(*measure->entry.measurements.body_fat_percent, 18.4);
    EXPECT_DOUBLE_EQ(measure->entry.measurements.hip->value(), 98.5);
    EXPECT_FALSE(measure->entry.measurements.thigh);
    EXPECT_DOUBLE_EQ(find_source(h, "openscale:2026-07-17 06:58")->entry.value, 80.4);
    EXPECT_EQ(h.left_out.at("waist-hip ratios (computed)"), 1u);
    EXPECT_EQ(h.left_out.at("waist-height ratios (computed)"), 1u);
}

TEST(OpenScaleImport, Version1ReadsBothLayouts) {
    const ImportedHistory eight = read_fixture(kApp, "openscale", "openscale-1-8.csv");
    EXPECT_EQ(eight.format, "openScale 1 (no header)");
    ASSERT_EQ(eight.entries.size(), 3u);
    const ImportedEntry* m = find_source(eight, "openscale:2026-07-18 07:12|measure");
    ASSERT_NE(m, nullptr);
    EXPECT_DOUBLE_EQ(m->entry.measurements.waist->value(), 84.0);
    EXPECT_DOUBLE_EQ(m->entry.measurements.hip->value(), 98.5);
    EXPECT_EQ(m->origin, "openscale-1-8.csv:1");
    EXPECT_EQ(eight.left_out.at("body water readings"), 1u);

    const ImportedHistory ten = read_fixture(kApp, "openscale", "openscale-1-10.csv");
    const ImportedEntry* m10 = find_source(ten, "openscale:2026-07-18 07:12|measure");
    ASSERT_NE(m10, nullptr);
    EXPECT_DOUBLE_EQ(m10->entry.measurements.waist->value(), 84.0);
    EXPECT_DOUBLE_EQ(m10->entry.measurements.hip->value(), 98.5);
    EXPECT_DOUBLE_EQ(*m10->entry.measurements.body_fat_percent, 18.4);
}

TEST(OpenScaleImport, TwoReadingsInOneMinuteKeepDistinctSources) {
    const ImportedHistory h =
        read_text(kApp, "DATE,TIME,WEIGHT\n2026-07-18,07:12:01,80.1\n2026-07-18,07:12:40,80.2\n");
    ASSERT_EQ(h.entries.size(), 2u);
    EXPECT_EQ(h.entries[0].entry.source, "openscale:2026-07-18 07:12");
    EXPECT_EQ(h.entries[1].entry.source, "openscale:2026-07-18 07:12#2");
}

TEST(OpenScaleImport, RefusesBadDatesAndNumbersNamingTheLine) {
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "DATE,TIME,WEIGHT\n2026-07-18,07:12,80\n18/07/2026,07:12,80\n");
                }).starts_with("test.csv:3: DATE: '18/07/2026'"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "DATE,TIME,WEIGHT\n2026-07-18,07:12,eighty\n");
                }).starts_with("test.csv:2: WEIGHT: 'eighty' is not a number"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "\"dateTime\",\"weight\"\n\"yesterday\",\"80\"\n");
                }).starts_with("test.csv:1: this is not an openScale export"));
    EXPECT_TRUE(
        refusal([] {
            read_text(kApp, "\"dateTime\",\"fat\",\"muscle\",\"water\",\"weight\"\n\"yesterday\",0,0,0,80\n");
        }).starts_with("test.csv:2: dateTime: 'yesterday'"));
}

TEST(OpenScaleImport, IsDetectedAndClaimsNoOtherAppsFile) {
    for (const char* file : {"openscale-2.csv", "openscale-3.csv", "openscale-1-8.csv", "openscale-1-10.csv"})
        EXPECT_EQ(test::detect_fixture("openscale", file), kApp) << file;
    test::expect_claims_no_other_fixture(recognises_openscale, "openscale");
}

}  // namespace
}  // namespace hipfit::io
