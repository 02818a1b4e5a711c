#include <gtest/gtest.h>

#include "io/import/import_values.hpp"
#include "io/import/record_entries.hpp"
#include "tests/io/import/record_test_support.hpp"

namespace hipfit::io {
namespace {

using test::refusal;

core::Date day(int y, unsigned m, unsigned d) {
    return core::Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

TEST(ImportValues, ReadsNumbersWithADecimalPointOrComma) {
    EXPECT_EQ(import_number(" 80.5 ", "f:2", "Weight"), 80.5);
    EXPECT_EQ(import_number("+3", "f:2", "Weight"), 3);
    EXPECT_EQ(import_number("80,5", "f:2", "Weight", true), 80.5);
    EXPECT_FALSE(import_number("  ", "f:2", "Weight"));
    EXPECT_EQ(refusal([] { import_number("80,5", "f:2", "Weight"); }), "f:2: Weight: '80,5' is not a number");
    EXPECT_EQ(refusal([] { import_number("inf", "f:2", "Weight"); }), "f:2: Weight: 'inf' is not a number");
    EXPECT_EQ(import_whole_number("10.0", "f:2", "Reps"), 10);
    EXPECT_EQ(import_whole_number(" 8", "f:2", "Reps"), 8);
    EXPECT_EQ(refusal([] { import_whole_number("7.5", "f:2", "Reps"); }),
              "f:2: Reps: '7.5' is not a whole number");
}

TEST(ImportValues, DropsFloatDust) {
    EXPECT_EQ(import_number("149.99999999999997", "f", "w"), 150.0);
    EXPECT_EQ(without_float_dust(80.39999999999999), 80.4);
    EXPECT_EQ(without_float_dust(-0.0000001), 0.0);
    EXPECT_FALSE(std::signbit(without_float_dust(-0.0000001)));
    EXPECT_EQ(pounds_to_kilograms(225), 102.058283);
    EXPECT_EQ(inches_to_centimetres(33.5), 85.09);
}

TEST(ImportValues, CutsTextToCharactersNotBytes) {
    EXPECT_EQ(cut_to_characters("Squat", 5), "Squat");
    EXPECT_EQ(cut_to_characters("Rumänisches Kreuzheben", 5), "Rumä…");  // ä is two bytes, one character
    EXPECT_EQ(cut_to_characters("🏋️ Beine", 3), "🏋️…");  // U+1F3CB and U+FE0F, then the ellipsis
    EXPECT_EQ(cut_to_characters("", 1), "");
}

TEST(ImportValues, ParsesIsoMomentsInTheirForms) {
    const auto plain = parse_iso_moment("2026-07-18 07:12");
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->date, day(2026, 7, 18));
    EXPECT_EQ(plain->hour, 7);
    EXPECT_EQ(plain->minute, 12);
    EXPECT_FALSE(plain->utc_offset_minutes);
    const auto seconds = parse_iso_moment("2026-07-18T07:12:31.250");
    ASSERT_TRUE(seconds);
    EXPECT_EQ(seconds->second, 31);
    EXPECT_EQ(parse_iso_moment("2026-07-18 07:12:31 +0200")->utc_offset_minutes, 120);
    EXPECT_EQ(parse_iso_moment("2026-07-18T07:12:31-05:30")->utc_offset_minutes, -330);
    EXPECT_EQ(parse_iso_moment("2026-07-18T07:12:31Z")->utc_offset_minutes, 0);
    const auto date_only = parse_iso_moment("2026-07-18");
    ASSERT_TRUE(date_only);
    EXPECT_EQ(date_only->hour, 0);
    for (const char* bad : {"2026-02-30", "18.07.2026", "2026-07-18 25:00", "2026-07-18 07:12 +2",
                            "2026-07-18x", "2026-07-18 07:12 CEST", ""})
        EXPECT_FALSE(parse_iso_moment(bad)) << bad;
}

TEST(ImportValues, PlacesMomentsOnThePersonsDay) {
    const UtcOffsetAt new_york = [](std::int64_t) { return -4 * 60; };
    // 01:30 in Berlin (+0200) is 23:30 UTC the day before, 19:30 in New York.
    const LocalMoment evening = on_local_day(*parse_iso_moment("2026-07-18 01:30:00 +0200"), new_york);
    EXPECT_EQ(evening.date, day(2026, 7, 17));
    EXPECT_EQ(evening.time, (core::TimeOfDay{19, 30}));
    const UtcOffsetAt tokyo = [](std::int64_t) { return 9 * 60; };
    const LocalMoment next = on_local_day(*parse_iso_moment("2026-12-31 20:00:00 +0000"), tokyo);
    EXPECT_EQ(next.date, day(2027, 1, 1));
    EXPECT_EQ(next.time, (core::TimeOfDay{5, 0}));
    // Without an offset a moment is local already: the person's zone is not asked.
    const UtcOffsetAt never = [](std::int64_t) -> int { throw std::logic_error("asked"); };
    const LocalMoment local = on_local_day(*parse_iso_moment("2026-07-18 23:59"), never);
    EXPECT_EQ(local.date, day(2026, 7, 18));
    EXPECT_EQ(local.time, (core::TimeOfDay{23, 59}));
    EXPECT_EQ(utc_seconds(day(1970, 1, 2), 0, 0, 0, 60), 86400 - 3600);
}

TEST(ImportValues, ReadsClocksAndOrderedDates) {
    EXPECT_EQ(parse_clock("9:00 AM"), (core::TimeOfDay{9, 0}));
    EXPECT_EQ(parse_clock("12:10 AM"), (core::TimeOfDay{0, 10}));
    EXPECT_EQ(parse_clock("12:30 pm"), (core::TimeOfDay{12, 30}));
    EXPECT_EQ(parse_clock("05:17"), (core::TimeOfDay{5, 17}));
    EXPECT_EQ(parse_clock("07:12:31.250"), (core::TimeOfDay{7, 12}));
    for (const char* bad : {"", "noon", "13:00 PM", "24:00", "7:5", "7:05:1", ":30"})
        EXPECT_FALSE(parse_clock(bad)) << bad;
    EXPECT_EQ(parse_ordered_date("18.07.2026", DateOrder::dmy), day(2026, 7, 18));
    EXPECT_EQ(parse_ordered_date("7/18/2026", DateOrder::mdy), day(2026, 7, 18));
    EXPECT_EQ(parse_ordered_date("2026-07-18", DateOrder::ymd), day(2026, 7, 18));
    EXPECT_FALSE(parse_ordered_date("18/07/2026", DateOrder::mdy));
    EXPECT_FALSE(parse_ordered_date("18.07.26", DateOrder::dmy));
    EXPECT_FALSE(parse_ordered_date("2026-07-18 07:00", DateOrder::ymd));
}

TEST(ImportValues, RecordEntriesKeepSourcesUnique) {
    ImportedHistory h;
    RecordEntries out(h, SourceApp::garmin);
    out.add(core::EntryKind::weight, day(2026, 7, 18), {7, 0}, "k", "f:2");
    out.add(core::EntryKind::weight, day(2026, 7, 18), {7, 0}, "k", "f:3");
    out.add(core::EntryKind::weight, day(2026, 7, 18), {7, 0}, "k#2", "f:4");
    EXPECT_EQ(h.app, SourceApp::garmin);
    EXPECT_EQ(h.entries[0].entry.source, "garmin:k");
    EXPECT_EQ(h.entries[1].entry.source, "garmin:k#2");
    EXPECT_EQ(h.entries[2].entry.source, "garmin:k#2#2");
}

}  // namespace
}  // namespace hipfit::io
