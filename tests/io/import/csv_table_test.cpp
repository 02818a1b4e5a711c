#include <gtest/gtest.h>

#include "io/import/csv_table.hpp"
#include "io/import/zip_archive.hpp"
#include "tests/io/import/record_test_support.hpp"

namespace hipfit::io {
namespace {

using test::refusal;

TEST(CsvTable, DropsTheByteOrderMarkAndReadsMixedLineEnds) {
    const CsvTable t = read_csv_table(
        "\xEF\xBB\xBF"
        "a,b\r\n1,2\n3,4\r5,6\r\n\r\n",
        "f.csv");
    EXPECT_EQ(t.header, (std::vector<std::string>{"a", "b"}));
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(t.rows[0].line, 2u);
    EXPECT_EQ(t.rows[1].line, 3u);
    EXPECT_EQ(t.rows[2].line, 4u);
    EXPECT_EQ(t.rows[2].at(1), "6");
    EXPECT_EQ(t.rows[2].at(7), "");
}

TEST(CsvTable, KeepsLineNumbersAcrossQuotedLineEnds) {
    const CsvTable t = read_csv_table("name,note\nx,\"one\r\ntwo\nthree\"\ny,\"say \"\"hi\"\"\"\n", "f.csv");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].at(1), "one\r\ntwo\nthree");
    EXPECT_EQ(t.rows[1].line, 5u);
    EXPECT_EQ(t.where(t.rows[1]), "f.csv:5");
    EXPECT_EQ(t.rows[1].at(1), "say \"hi\"");
}

TEST(CsvTable, FindsTheDelimiterFromTheHeader) {
    EXPECT_EQ(read_csv_table("a;b;c\n1,5;2;3\n", "f").delimiter, ';');
    EXPECT_EQ(read_csv_table("a\tb\n1\t2\n", "f").delimiter, '\t');
    EXPECT_EQ(read_csv_table("\"a;x\",b\n1,2\n", "f").delimiter, ',');  // not inside quotes
    EXPECT_EQ(read_csv_table("a;b\n1,5;2\n", "f").rows[0].at(0), "1,5");
}

TEST(CsvTable, FindsAndRequiresColumnsCaseAside) {
    const CsvTable t = read_csv_table(" Date , Weight (kg)\n", "f.csv");
    EXPECT_EQ(t.column("date"), 0u);
    EXPECT_EQ(t.column("WEIGHT (KG)"), 1u);
    EXPECT_EQ(refusal([&] { static_cast<void>(t.require("Steps")); }),
              "f.csv:1: there is no column 'Steps'; its columns are 'Date', 'Weight (kg)'");
    EXPECT_TRUE(has_columns(t.header, {"date", "weight (kg)"}));
    EXPECT_FALSE(has_columns(t.header, {"date", "steps"}));
}

TEST(CsvTable, RefusesBinaryAndForeignTextNamingTheLine) {
    EXPECT_EQ(refusal([] { read_csv_table(std::string("a,b\n1,2\n3,\0\n", 11), "f.csv"); }),
              "f.csv:3: holds binary data (a zero byte): this is not a CSV file");
    EXPECT_TRUE(refusal([] {
                    read_csv_table(
                        "a,b\n1,2\nM\xFC"
                        "ller,3\n",
                        "f.csv");
                }).starts_with("f.csv:3: is not UTF-8"));
    EXPECT_TRUE(refusal([] {
                    read_csv_table("a,b\n1,\"open\n2,3\n", "f.csv");
                }).starts_with("f.csv:2: a quoted field is never closed"));
    EXPECT_TRUE(refusal([] {
                    read_csv_table("a,b\n1,\"x\"y\n", "f.csv");
                }).starts_with("f.csv:2: text after a closing quote"));
    EXPECT_EQ(refusal([] { read_csv_table("\xEF\xBB\xBF\r\n\n", "f.csv"); }), "f.csv: is empty");
}

TEST(CsvTable, RefusesARecordPastTheLimit) {
    const std::string long_line = "a,b\n1," + std::string(kMaxCsvRecordBytes + 10, 'x') + "\n";
    EXPECT_TRUE(
        refusal([&] { read_csv_table(long_line, "f.csv"); }).starts_with("f.csv:2: a record longer than"));
    const std::string long_field = "a,b\n1,\"" + std::string(kMaxCsvRecordBytes + 10, 'x') + "\"\n";
    EXPECT_TRUE(refusal([&] { read_csv_table(long_field, "f.csv"); }).starts_with("f.csv:2: a"));
}

TEST(CsvTable, ReadsAHeaderForDetection) {
    EXPECT_EQ(csv_header_of("\xEF\xBB\xBF\"dateTime\", \"weight\"\r\n1,2"),
              (std::vector<std::string>{"dateTime", "weight"}));
    EXPECT_TRUE(csv_header_of(std::string("PK\x03\x04\0\0", 6)).empty());
    EXPECT_EQ(split_csv_line("\"a;\"\"b\"\"\";c", ';'), (std::vector<std::string>{"a;\"b\"", "c"}));
}

TEST(ZipArchiveReading, ListsFindsAndReadsMembersAndRefusesABomb) {
    const ImportInput zip(test::fixture("myfitnesspal", "File-Export-2026-07-17-to-2026-07-18.zip"),
                          "export.zip");
    ASSERT_TRUE(zip.is_zip());
    const ZipArchive archive(zip);
    EXPECT_EQ(archive.members().size(), 4u);
    const ZipMember* nutrition = archive.find("Nutrition-Summary-2026-07-17-to-2026-07-18.csv");
    ASSERT_NE(nutrition, nullptr);
    EXPECT_FALSE(nutrition->name.starts_with("__MACOSX/"));
    EXPECT_TRUE(archive.read(*nutrition)
                    .starts_with("\xEF\xBB\xBF"
                                 "Date,Meal,Time,Calories"));
    EXPECT_EQ(archive.find("missing.csv"), nullptr);

    const ImportInput bomb_input(test::fixture("csv", "zip-bomb.zip"), "bomb.zip");
    const ZipArchive bomb(bomb_input);
    ASSERT_EQ(bomb.members().size(), 1u);
    EXPECT_TRUE(refusal([&] {
                    static_cast<void>(bomb.read(bomb.members()[0]));
                }).starts_with("bomb.zip: zeros.csv would expand"));
    const std::string_view not_zip = "PK\x03\x04 and nothing else";
    const ImportInput fake(not_zip, "fake.zip");
    EXPECT_TRUE(
        refusal([&] { const ZipArchive unreadable(fake); }).starts_with("fake.zip: is not a zip archive"));
}

}  // namespace
}  // namespace hipfit::io
