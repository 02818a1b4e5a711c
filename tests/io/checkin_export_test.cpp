// Check-ins in the JSON export (format version 2): many generated check-ins survive exactly and in date
// order; the same data gives the same bytes; version 1 files without check-ins are still read; every
// malformed or implausible check-in field is refused naming the check-in and the field.
#include <gtest/gtest.h>

#include <random>

#include <nlohmann/json.hpp>

#include "app/import_checks.hpp"
#include "core/checkin/checkin_limits.hpp"
#include "io/catalog_json.hpp"
#include "io/checkin_json.hpp"
#include "io/export_format.hpp"

namespace hipfit::io {
namespace {

using namespace hipfit::core;
using nlohmann::json;

const Date kToday{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)};

Date days_before_today(int days) {
    return std::chrono::sys_days(kToday) - std::chrono::days(days);
}

// Check-ins a week apart up to today, every optional field and odd text among them.
std::vector<CheckinRecord> generated_checkins(unsigned seed, std::size_t count) {
    std::mt19937 rng(seed);
    const auto number = [&](Range range) {
        return std::uniform_real_distribution(range.min, range.max)(rng);
    };
    const std::vector<std::string> texts{
        "You burn about 2,310 kcal a day.", "a \"quoted\" word", "two\nlines", "ünïcödé ✓", "", "tab\there"};
    std::vector<CheckinRecord> checkins;
    for (std::size_t i = 0; i < count; ++i) {
        CheckinRecord c;
        c.date = days_before_today(static_cast<int>(7 * i));
        c.target = Kilocalories(number(kCheckinTargetRangeKcal));
        c.previous_target = Kilocalories(number(kCheckinTargetRangeKcal));
        if (rng() % 3 != 0) {
            c.expenditure = Kilocalories(number(kCheckinExpenditureRangeKcal));
            c.expenditure_sd = Kilocalories(number(kCheckinExpenditureSdRangeKcal));
        }
        for (std::size_t r = rng() % 4; r > 0; --r) c.reasons.push_back(texts[rng() % texts.size()]);
        checkins.push_back(std::move(c));
    }
    return checkins;
}

ExportData with_checkins(std::vector<CheckinRecord> checkins) {
    ExportData data;
    data.checkins = std::move(checkins);
    return data;
}

ExportData read(const std::string& text) {
    return read_export(text, "f.json", builtin_catalog());
}

std::vector<Date> dates_of(const std::vector<CheckinRecord>& checkins) {
    std::vector<Date> dates;
    for (const CheckinRecord& c : checkins) dates.push_back(c.date);
    return dates;
}

// ---- round trips and shape

TEST(CheckinExport, ManyGeneratedCheckinsSurviveExactlyInDateOrder) {
    for (const unsigned seed : {1U, 2U, 3U}) {
        std::vector<CheckinRecord> written = generated_checkins(seed, 200);  // newest first
        const std::string text = export_json(with_checkins(written));
        const ExportData read_back = read(text);
        std::reverse(written.begin(), written.end());
        EXPECT_EQ(read_back.checkins, written) << "seed " << seed;
        EXPECT_EQ(export_json(read_back), text) << "seed " << seed;
        EXPECT_TRUE(std::is_sorted(read_back.checkins.begin(), read_back.checkins.end(),
                                   [](const auto& a, const auto& b) { return a.date < b.date; }));
    }
}

TEST(CheckinExport, TheSameCheckinsInAnyOrderGiveTheSameBytes) {
    std::vector<CheckinRecord> checkins = generated_checkins(4, 30);
    const std::string first = export_json(with_checkins(checkins));
    std::shuffle(checkins.begin(), checkins.end(), std::mt19937(5));
    EXPECT_EQ(export_json(with_checkins(checkins)), first);
}

TEST(CheckinExport, ACheckinIsWrittenWithEveryKeyAndNullForNoEstimate) {
    CheckinRecord estimated{Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(14)},
                            Kilocalories(1850),
                            Kilocalories(1900.5),
                            Kilocalories(2310.25),
                            Kilocalories(95.5),
                            {"You burn about 2,310 kcal a day."}};
    CheckinRecord unavailable{Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(7)},
                              Kilocalories(1900.5),
                              Kilocalories(1900.5),
                              std::nullopt,
                              std::nullopt,
                              {}};
    const std::string text = export_json(with_checkins({estimated, unavailable}));
    EXPECT_NE(text.find(R"(  "entries": [],
  "checkins": [
    {
      "date": "2026-11-07",
      "expenditure_kcal": null,
      "expenditure_sd_kcal": null,
      "previous_target_kcal": 1900.5,
      "reasons": [],
      "target_kcal": 1900.5
    },
    {
      "date": "2026-11-14",
      "expenditure_kcal": 2310.25,
      "expenditure_sd_kcal": 95.5,
      "previous_target_kcal": 1900.5,
      "reasons": [
        "You burn about 2,310 kcal a day."
      ],
      "target_kcal": 1850.0
    }
  ],
  "own_exercises": []
}
)"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("\"version\": 3,"), std::string::npos);
}

TEST(CheckinExport, AVersion1ExportWithoutCheckinsIsStillRead) {
    const std::string weight = R"({"kind":"weight","date":"2026-11-01","time":"07:30","value":70})";
    const ExportData old =
        read(R"({"format":"hipfit-export","version":1,"profile":null,"entries":[)" + weight + "]}");
    ASSERT_EQ(old.entries.size(), 1U);
    EXPECT_TRUE(old.checkins.empty());
    EXPECT_TRUE(read(R"({"format":"hipfit-export","version":2,"entries":[]})").checkins.empty());
}

TEST(CheckinExport, ReadingNamesWhereEachCheckinCameFrom) {
    const ExportData data = read(export_json(with_checkins(generated_checkins(6, 3))));
    EXPECT_EQ(data.checkin_origins,
              (std::vector<std::string>{"f.json: checkin 1", "f.json: checkin 2", "f.json: checkin 3"}));
    EXPECT_EQ(dates_of(data.checkins),
              (std::vector<Date>{days_before_today(14), days_before_today(7), kToday}));
}

// ---- refusals

// An export holding one check-in: a valid one with `key` set to `value` (or removed, for `nullptr`
// given as `remove`).
std::string with_field(const char* key, const json& value, bool remove = false) {
    json checkin = checkin_to_json(generated_checkins(7, 1).front());
    checkin["expenditure_kcal"] = 2300.0;
    checkin["expenditure_sd_kcal"] = 80.0;
    if (remove) {
        checkin.erase(key);
    } else {
        checkin[key] = value;
    }
    return json{{"format", "hipfit-export"},
                {"version", 2},
                {"profile", nullptr},
                {"entries", json::array()},
                {"checkins", {checkin}}}
        .dump();
}

// The message of the InvalidInput that reading and checking `text` throws, and its field.
std::pair<std::string, std::string> refusal(const std::string& text) {
    try {
        (void)app::read_checked_export(text, "f.json", kToday, {});
    } catch (const InvalidInput& error) {
        return {error.what(), error.field()};
    }
    return {"<accepted>", ""};
}

TEST(CheckinExport, AValidCheckinIsAccepted) {
    EXPECT_EQ(refusal(with_field("target_kcal", 1200.0)).first, "<accepted>");
    EXPECT_EQ(refusal(with_field("target_kcal", 12000)).first, "<accepted>");
    EXPECT_EQ(refusal(with_field("expenditure_sd_kcal", nullptr)).first, "<accepted>");
    EXPECT_EQ(refusal(with_field("date", "2026-11-21")).first, "<accepted>");
}

TEST(CheckinExport, EachMalformedFieldIsRefusedNamingTheCheckinAndTheField) {
    using Refusal = std::pair<std::string, std::string>;
    const std::string at = "f.json: checkin 1, field ";
    const std::pair<std::string, Refusal> cases[] = {
        {with_field("target_kcal", "1850"), {at + "target_kcal: expected a number", "target_kcal"}},
        {with_field("target_kcal", nullptr, true), {at + "target_kcal: missing", "target_kcal"}},
        {with_field("target_kcal", nullptr), {at + "target_kcal: missing", "target_kcal"}},
        {with_field("target_kcal", 800),
         {at + "target_kcal: 800 kcal is outside the accepted range 1200–12000 kcal", "target_kcal"}},
        {with_field("target_kcal", 18500),
         {at + "target_kcal: 18500 kcal is outside the accepted range 1200–12000 kcal", "target_kcal"}},
        {with_field("previous_target_kcal", true),
         {at + "previous_target_kcal: expected a number", "previous_target_kcal"}},
        {with_field("previous_target_kcal", 0),
         {at + "previous_target_kcal: 0 kcal is outside the accepted range 1200–12000 kcal",
          "previous_target_kcal"}},
        {with_field("expenditure_kcal", "2300"),
         {at + "expenditure_kcal: expected a number", "expenditure_kcal"}},
        {with_field("expenditure_kcal", 23000),
         {at + "expenditure_kcal: 23000 kcal is outside the accepted range 200–20000 kcal",
          "expenditure_kcal"}},
        {with_field("expenditure_kcal", nullptr),
         {at + "expenditure_sd_kcal: given without expenditure_kcal", "expenditure_sd_kcal"}},
        {with_field("expenditure_sd_kcal", -5),
         {at + "expenditure_sd_kcal: -5 kcal is outside the accepted range 0–2000 kcal",
          "expenditure_sd_kcal"}},
        {with_field("date", "2026-02-30"),
         {at + "date: '2026-02-30' is not a date in the form YYYY-MM-DD (e.g. 1990-04-23)", "date"}},
        {with_field("date", 20261114), {at + "date: expected a string", "date"}},
        {with_field("date", "2026-11-22"), {at + "date: 2026-11-22 is in the future", "date"}},
        {with_field("date", "1899-12-31"), {at + "date: 1899-12-31 is before 1900-01-01", "date"}},
        {with_field("reasons", "fine"), {at + "reasons: expected an array of strings", "reasons"}},
        {with_field("reasons", json::array({"fine", 3})),
         {at + "reasons: expected an array of strings", "reasons"}},
        {with_field("reasons", nullptr, true), {at + "reasons: missing", "reasons"}},
    };
    for (const auto& [text, expected] : cases) EXPECT_EQ(refusal(text), expected) << text;
}

TEST(CheckinExport, ACheckinThatIsNotAnObjectOrAListThatIsNotAnArrayIsRefused) {
    const std::string head = R"({"format":"hipfit-export","version":2,"entries":[],"checkins":)";
    EXPECT_EQ(refusal(head + "[1850]}").first, "f.json: checkin 1: expected an object");
    EXPECT_EQ(refusal(head + "{}}").first, "f.json, field checkins: expected an array");
    EXPECT_EQ(refusal(head + "null}").first, "f.json, field checkins: expected an array");
}

TEST(CheckinExport, TwoCheckinsOfOneDayAreRefusedNamingTheSecond) {
    std::vector<CheckinRecord> checkins = generated_checkins(8, 3);
    checkins[0].date = checkins[2].date;  // written in date order: checkins 1 and 2 of the file
    EXPECT_EQ(refusal(export_json(with_checkins(checkins))).first,
              "f.json: checkin 2, field date: " + format_date(checkins[2].date) +
                  " has a check-in already (checkin 1); a day has one at most");
}

}  // namespace
}  // namespace hipfit::io
