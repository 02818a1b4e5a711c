#include <gtest/gtest.h>

#include "io/import/column_mapping.hpp"
#include "tests/io/import/record_test_support.hpp"

namespace hipfit::io {
namespace {

using test::find_source;
using test::read_fixture;
using test::read_text;
using test::refusal;

constexpr auto kApp = SourceApp::csv;

ImportOptions mapped(std::string_view mapping, std::optional<UnitSystem> units = std::nullopt) {
    ImportOptions options;
    options.mapping = parse_column_mapping(mapping, "--map");
    options.units = units;
    return options;
}

TEST(ColumnMapping, ReadsTheFlagsAndTheFilesForm) {
    const ColumnMapping flag = parse_column_mapping("date=Date, weight = Weight (kg) ,steps=Steps", "--map");
    EXPECT_EQ(flag.columns.size(), 3u);
    EXPECT_EQ(flag.columns.at("weight"), "Weight (kg)");
    const ColumnMapping file =
        parse_column_mapping(test::fixture_text("csv", "tagebuch.map"), "tagebuch.map");
    EXPECT_EQ(file.columns.size(), 5u);
    EXPECT_EQ(file.columns.at("date_format"), "dmy");
    EXPECT_EQ(file.columns.at("waist"), "Taille");
    // In a file a column name may hold commas.
    EXPECT_EQ(parse_column_mapping("date = Date\r\nfood = Energy, kcal\r\n", "f").columns.at("food"),
              "Energy, kcal");
}

TEST(ColumnMapping, RefusesWhatItCannotMapNamingWhere) {
    EXPECT_TRUE(
        refusal([] {
            parse_column_mapping("date=Date,wieght=Weight", "--map");
        }).starts_with("--map: 'wieght' is not a field hipfit maps; the fields are date, time, weight"));
    EXPECT_EQ(refusal([] { parse_column_mapping("date=Date,weight=A,weight=B", "--map"); }),
              "--map: weight is mapped twice");
    EXPECT_EQ(refusal([] { parse_column_mapping("weight=Weight", "--map"); }),
              "--map: no column is mapped to date; name it, e.g. date=Date");
    EXPECT_EQ(refusal([] { parse_column_mapping("date=Date,weight=", "--map"); }),
              "--map: weight: the column name is empty");
    EXPECT_EQ(refusal([] { parse_column_mapping("date=Date,weight", "--map"); }),
              "--map: 'weight' is not 'field=Column'");
    EXPECT_EQ(refusal([] { parse_column_mapping("date=Date\n\ndate_format=iso\n", "my.map"); }),
              "my.map:3: date_format: 'iso' is none of ymd, dmy and mdy");
}

TEST(MappedCsvImport, ReadsEachRowsMappedFields) {
    const ImportedHistory h = read_fixture(kApp, "csv", "log.csv",
                                           mapped("date=Date,time=Time,weight=Weight (kg),body_fat=Body "
                                                  "fat,waist=Waist,steps=Steps,sleep=Sleep (h),"
                                                  "food=Energy,protein=Protein,water=Water"));
    EXPECT_EQ(h.format, "CSV with a column mapping (metric)");
    ASSERT_EQ(h.entries.size(), 7u);
    const ImportedEntry* weight = find_source(h, "csv:2026-07-18 07:15|weight");
    ASSERT_NE(weight, nullptr);
    EXPECT_DOUBLE_EQ(weight->entry.value, 80.2);
    EXPECT_EQ(weight->origin, "log.csv:2");
    const ImportedEntry* measure = find_source(h, "csv:2026-07-18 07:15|measure");
    ASSERT_NE(measure, nullptr);
    EXPECT_DOUBLE_EQ(*measure->entry.measurements.body_fat_percent, 18.5);
    EXPECT_DOUBLE_EQ(measure->entry.measurements.waist->value(), 84);
    EXPECT_DOUBLE_EQ(find_source(h, "csv:2026-07-18 07:15|sleep")->entry.value, 7.5);
    EXPECT_DOUBLE_EQ(find_source(h, "csv:2026-07-18 20:00|steps")->entry.value, 10234);
    const ImportedEntry* food = find_source(h, "csv:2026-07-18 20:00|food");
    ASSERT_NE(food, nullptr);
    EXPECT_DOUBLE_EQ(food->entry.value, 2150);
    EXPECT_DOUBLE_EQ(*food->entry.protein_g, 140.5);
    EXPECT_DOUBLE_EQ(find_source(h, "csv:2026-07-18 20:00|water")->entry.value, 2000);
    const ImportedEntry* untimed = find_source(h, "csv:2026-07-19|weight");
    ASSERT_NE(untimed, nullptr);
    EXPECT_DOUBLE_EQ(untimed->entry.value, 80);
    EXPECT_EQ(untimed->entry.time, (core::TimeOfDay{0, 0}));
    EXPECT_EQ(h.left_out.at("protein values without calories"), 1u);
}

TEST(MappedCsvImport, ReadsDayFirstDatesWithDecimalCommas) {
    ImportOptions options;
    options.mapping = parse_column_mapping(test::fixture_text("csv", "tagebuch.map"), "tagebuch.map");
    const ImportedHistory h = read_fixture(kApp, "csv", "tagebuch.csv", options);
    ASSERT_EQ(h.entries.size(), 4u);
    EXPECT_DOUBLE_EQ(find_source(h, "csv:2026-07-18|weight")->entry.value, 80.2);
    EXPECT_DOUBLE_EQ(find_source(h, "csv:2026-07-18|measure")->entry.measurements.waist->value(), 84.5);
    EXPECT_DOUBLE_EQ(find_source(h, "csv:2026-07-18|steps")->entry.value, 8000);
    const ImportedEntry* timed = find_source(h, "csv:2026-07-19 07:30|weight");
    ASSERT_NE(timed, nullptr);
    EXPECT_EQ(timed->origin, "tagebuch.csv:3");
}

TEST(MappedCsvImport, ReadsMonthFirstDatesInImperialUnits) {
    const ImportedHistory h =
        read_fixture(kApp, "csv", "us.csv",
                     mapped("date=Day,weight=Weight,waist=Waist,date_format=mdy", UnitSystem::imperial));
    EXPECT_EQ(h.format, "CSV with a column mapping (imperial)");
    ASSERT_EQ(h.entries.size(), 2u);
    EXPECT_DOUBLE_EQ(find_source(h, "csv:2026-07-18|weight")->entry.value, 80.013694);
    EXPECT_DOUBLE_EQ(find_source(h, "csv:2026-07-18|measure")->entry.measurements.waist->value(), 85.09);
}

TEST(MappedCsvImport, PlacesAMomentWithAnOffsetOnThePersonsDay) {
    ImportOptions options = mapped("date=When,weight=kg");
    options.utc_offset_at = [](std::int64_t) { return -5 * 60; };
    const ImportedHistory h = read_text(kApp, "When,kg\n2026-07-18T02:30:00Z,80\n", options);
    ASSERT_EQ(h.entries.size(), 1u);
    EXPECT_EQ(h.entries[0].entry.date,
              core::Date(std::chrono::year(2026), std::chrono::July, std::chrono::day(17)));
    EXPECT_EQ(h.entries[0].entry.time, (core::TimeOfDay{21, 30}));
    EXPECT_EQ(h.entries[0].entry.source, "csv:2026-07-17 21:30|weight");
}

TEST(MappedCsvImport, RefusesMissingColumnsBadDatesAndNoMapping) {
    EXPECT_EQ(
        refusal([] { read_text(kApp, "Date,Weight\n2026-07-18,80\n", mapped("date=Date,weight=Mass")); }),
        "test.csv:1: there is no column 'Mass'; its columns are 'Date', 'Weight'");
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,Weight\n18.07.2026,80\n", mapped("date=Date,weight=Weight"));
                }).starts_with("test.csv:2: Date: '18.07.2026' is not a date"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,Weight\n31/02/2026,80\n",
                              mapped("date=Date,weight=Weight,date_format=dmy"));
                }).starts_with("test.csv:2: Date: '31/02/2026' is not a date (DD.MM.YYYY)"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,Weight\n2026-07-18,heavy\n", mapped("date=Date,weight=Weight"));
                }).starts_with("test.csv:2: Weight: 'heavy' is not a number"));
    EXPECT_TRUE(refusal([] {
                    read_text(kApp, "Date,Weight\n2026-07-18,80\n");
                }).starts_with("test.csv: a CSV of another kind needs a column mapping"));
}

TEST(MappedCsvImport, IsNeverDetected) {
    EXPECT_FALSE(recognises_mapped_csv(sniff(ImportInput(test::fixture("csv", "log.csv"), "log.csv"))));
}

}  // namespace
}  // namespace hipfit::io
