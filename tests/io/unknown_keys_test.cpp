// One rule for the keys of JSON from outside (io/json_keys.hpp): a key hipfit does not know is refused,
// naming the file, the record and the key, in an export's document, profile, entries, sets and check-ins,
// in a workout file's sets, and in what the API sends. Values echoed from a file are shown printable.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/base/errors.hpp"
#include "io/catalog_json.hpp"
#include "io/entry_json.hpp"
#include "io/export_format.hpp"
#include "io/profile_json.hpp"
#include "tests/support/sample_journal.hpp"

namespace hipfit::io {
namespace {

using namespace hipfit::core;
using nlohmann::json;

const json kWeight = {
    {"id", 1}, {"kind", "weight"}, {"date", "2026-11-01"}, {"time", "07:30"}, {"value", 72.4}};
const json kWorkout = {
    {"id", 2},
    {"kind", "workout"},
    {"date", "2026-11-01"},
    {"time", "18:00"},
    {"sets", {{{"exercise", "glute-bridge"}, {"reps", 12}}, {{"exercise", "glute-bridge"}, {"reps", 10}}}},
    {"warm_up_skipped", false}};
const json kCheckin = {{"date", "2026-11-01"},           {"target_kcal", 1800},
                       {"previous_target_kcal", 1900},   {"expenditure_kcal", nullptr},
                       {"expenditure_sd_kcal", nullptr}, {"reasons", {"The first check-in."}}};

json document() {
    const Date october{std::chrono::year(2026), std::chrono::month(10), std::chrono::day(1)};
    Profile profile = testing::beginner_with_a_band(october);
    profile.age.given_on = october;
    return {{"format", "hipfit-export"},
            {"version", 2},
            {"profile", profile_to_json(profile)},
            {"entries", {kWeight, kWorkout}},
            {"checkins", {kCheckin}}};
}

// The message and field of the refusal of `text` read as an export named "f.json"; "accepted" if none.
std::string refusal(const std::string& text, std::string* field = nullptr) {
    try {
        (void)read_export(text, "f.json", builtin_catalog());
    } catch (const InvalidInput& error) {
        if (field != nullptr)
            *field = error.field();
        return error.what();
    }
    return "accepted";
}

TEST(UnknownKeys, AnExportWithOnlyKnownKeysIsRead) {
    EXPECT_EQ(refusal(document().dump()), "accepted");
}

TEST(UnknownKeys, AreRefusedInEveryRecordOfAnExport) {
    std::string field;
    json d = document();
    d["entries"][0]["protien_g"] = 30;
    EXPECT_EQ(refusal(d.dump(), &field), "f.json: entry 1, field protien_g: is not a field of an entry");
    EXPECT_EQ(field, "protien_g");

    d = document();
    d["entries"][1]["sets"][1]["weight_kg"] = 5;
    EXPECT_EQ(refusal(d.dump(), &field), "f.json: entry 2, set 2, field weight_kg: is not a field of a set");
    EXPECT_EQ(field, "weight_kg");

    d = document();
    d["profile"]["nickname"] = "Sam";
    EXPECT_EQ(refusal(d.dump()), "f.json: profile, field nickname: is not a field of a profile");

    d = document();
    d["checkins"][0]["mood"] = "good";
    EXPECT_EQ(refusal(d.dump()), "f.json: checkin 1, field mood: is not a field of a check-in");

    // A misspelt "checkins" would import the file without its check-ins.
    d = document();
    d["checkin"] = d["checkins"];
    d.erase("checkins");
    EXPECT_EQ(refusal(d.dump()), "f.json, field checkin: is not a field of a hipfit export");
}

TEST(UnknownKeys, AKeyIsShownPrintableAndShort) {
    json d = document();
    d["entries"][0][std::string("a\0b\x1b[31m", 8)] = 1;
    EXPECT_EQ(refusal(d.dump()), "f.json: entry 1, field a\\x00b\\x1b[31m: is not a field of an entry");
    d = document();
    d["entries"][0][std::string(1000, 'k')] = 1;
    EXPECT_EQ(refusal(d.dump()),
              "f.json: entry 1, field " + std::string(80, 'k') + "…: is not a field of an entry");
}

TEST(UnknownKeys, AreRefusedByTheEntryCodecItself) {
    // As 'hipfit log workout --file' and the API read a set.
    json entry = kWorkout;
    entry["sets"][0]["colour"] = "red";
    try {
        (void)entry_from_json(entry, "--file w.json");
        ADD_FAILURE() << "accepted";
    } catch (const InvalidInput& error) {
        EXPECT_STREQ(error.what(), "--file w.json, set 1, field colour: is not a field of a set");
        EXPECT_EQ(error.field(), "colour");
    }
    // Every key to_json writes reads back.
    Entry measure;
    measure.kind = EntryKind::measure;
    measure.date = Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(1)};
    measure.measurements = {Centimetres(80),
                            Centimetres(100),
                            Centimetres(55),
                            Centimetres(54),
                            Centimetres(56),
                            Centimetres(33),
                            28.5};
    measure.note = "after a run";
    EXPECT_NO_THROW((void)entry_from_json(to_json(measure), "entry"));
}

// The Reader's own refusal of a date, time or kind was caught and located a second time
// ("entry 1, field date: f.json: entry 1, field date: expected a string").
TEST(LocatedErrors, NameTheRecordAndFieldOnce) {
    json d = document();
    d["entries"][0]["date"] = 20261101;
    EXPECT_EQ(refusal(d.dump()), "f.json: entry 1, field date: expected a string");
    d = document();
    d["entries"][0].erase("time");
    EXPECT_EQ(refusal(d.dump()), "f.json: entry 1, field time: missing");
    d = document();
    d["entries"][0]["kind"] = nullptr;
    EXPECT_EQ(refusal(d.dump()), "f.json: entry 1, field kind: expected a string");
    d = document();
    d["entries"][0]["time"] = "25:00";
    EXPECT_EQ(refusal(d.dump()),
              "f.json: entry 1, field time: '25:00' is not a time in the form HH:MM (00:00 to 23:59)");
    try {
        (void)entry_from_json(json{{"kind", "weight"}, {"date", true}, {"time", "07:00"}, {"value", 70}},
                              "entry");
        ADD_FAILURE() << "accepted";
    } catch (const InvalidInput& error) {
        EXPECT_STREQ(error.what(), "entry, field date: expected a string");
        EXPECT_EQ(error.field(), "date");
    }
}

TEST(PrintableValues, BytesFromAFileAreNeverEchoedRaw) {
    json d = document();
    d["entries"][0]["kind"] = std::string("yoga\0\x1b]0;x\x07", 11);
    EXPECT_EQ(refusal(d.dump()),
              "f.json: entry 1, field kind: 'yoga\\x00\\x1b]0;x\\x07' is not one of "
              "weight|measure|food|water|sleep|steps|alcohol|cigarettes|stress|standup|workout");
    d = document();
    d["entries"][0]["date"] = std::string("2026\0-11-01", 11);
    EXPECT_EQ(refusal(d.dump()),
              "f.json: entry 1, field date: '2026\\x00-11-01' is not a date in the form YYYY-MM-DD (e.g. "
              "1990-04-23)");
    d = document();
    d["entries"][1]["sets"][0]["exercise"] = "glute\u00adbridge";
    EXPECT_EQ(
        refusal(d.dump()),
        "f.json: entry 2, set 1, field exercise: no exercise 'glute\\xc2\\xadbridge'; 'hipfit exercises' "
        "lists them");
    const std::string header = std::string(kCsvHeader) + "\r\n";
    EXPECT_EQ(refusal(header + "1,weight,2026-11-01,07:30,7\x01\xff,kg,,,,,,,,,,,,\r\n"),
              "f.json:2, field value: '7\\x01\\xff' is not a number");
    EXPECT_EQ(refusal(header + "1,workout,2026-11-01,07:30,,,,,,,,,,,,,maybe\x1b,glute-bridge:12\r\n"),
              "f.json:2, field warm_up_skipped: 'maybe\\x1b' is not true or false");
    EXPECT_EQ(refusal(header + "1,workout,2026-11-01,07:30,,,,,,,,,,,,,false,glute-bridge:1\x02\r\n"),
              "f.json:2, field exercises: '1\\x02' is not a whole number (digits only, e.g. 45)");
}

}  // namespace
}  // namespace hipfit::io
