// The export formats: many generated entries of every kind survive JSON and CSV exactly; the output is
// deterministic and in id order; the CSV is RFC 4180; broken files are refused naming where and what.
#include <gtest/gtest.h>

#include <random>

#include <nlohmann/json.hpp>

#include "core/journal/journal_limits.hpp"
#include "io/catalog_json.hpp"
#include "io/entry_json.hpp"
#include "io/export_format.hpp"
#include "tests/support/profile_checks.hpp"

namespace hipfit::io {
namespace {

using hipfit::testing::expect_same_profile;

using namespace hipfit::core;
using nlohmann::json;

const Catalog& catalog() {
    return builtin_catalog();
}

Date day(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

// ---- generated entries

class Generator {
  public:
    // `csv_sets`: set numbers of at most six significant digits, as the CSV's exercises column keeps them.
    explicit Generator(unsigned seed, bool csv_sets) : rng_(seed), csv_sets_(csv_sets) {}

    Entry entry(std::int64_t id) {
        Entry e;
        e.id = id;
        e.kind = kEntryKindNames[whole(0, kEntryKindNames.size() - 1)].first;
        e.date = std::chrono::sys_days(day(2020, 1, 1)) + std::chrono::days(whole(0, 2500));
        e.time = TimeOfDay{static_cast<int>(whole(0, 23)), static_cast<int>(whole(0, 59))};
        e.note = pick<std::string>({"", "plain", "comma, here", "a \"quoted\" word", "two\nlines",
                                    "crlf\r\nend", " spaced ", "ünïcödé ✓", "\"", ",", "trailing\n", "=1+2"});
        if (e.kind == EntryKind::measure) {
            measurements(e.measurements);
        } else if (e.kind == EntryKind::workout) {
            for (std::size_t i = whole(1, 6); i > 0; --i) e.sets.push_back(set());
            if (coin())
                e.energy_kcal = number(0, 900);
            e.warm_up_skipped = coin();
        } else {
            e.value = number(value_range(e.kind).min, value_range(e.kind).max);
        }
        if (e.kind == EntryKind::food && coin())
            e.protein_g = number(0, 400);
        return e;
    }

  private:
    std::size_t whole(std::size_t lo, std::size_t hi) { return std::uniform_int_distribution(lo, hi)(rng_); }
    bool coin() { return whole(0, 1) == 1; }
    double number(double lo, double hi) { return std::uniform_real_distribution(lo, hi)(rng_); }
    // A set's number: any double for JSON; a short decimal for CSV.
    double set_number(double lo, double hi, double per_unit) {
        const double n = number(lo, hi);
        return csv_sets_ ? std::round(n * per_unit) / per_unit : n;
    }
    template <class T>
    T pick(const std::vector<T>& items) {
        return items[whole(0, items.size() - 1)];
    }

    void measurements(Measurements& m) {
        while (m.empty()) {
            if (coin())
                m.waist = Centimetres(number(40, 200));
            if (coin())
                m.hip = Centimetres(number(50, 200));
            if (coin())
                m.thigh = Centimetres(number(25, 120));
            if (coin())
                m.thigh_left = Centimetres(number(25, 120));
            if (coin())
                m.thigh_right = Centimetres(number(25, 120));
            if (coin())
                m.neck = Centimetres(number(20, 70));
            if (coin())
                m.body_fat_percent = number(2, 70);
        }
    }

    WorkoutSet set() {
        WorkoutSet s;
        s.exercise_id = catalog().exercises()[whole(0, catalog().exercises().size() - 1)].id;
        switch (whole(0, 3)) {
            case 0:
                s.reps = static_cast<int>(whole(1, 200));
                if (coin())
                    s.load = Kilograms(set_number(0, 500, 4));
                break;
            case 1:
                s.hold_seconds = static_cast<int>(whole(1, 600));
                break;
            case 2:
                s.minutes = set_number(1, 600, 2);
                if (coin())
                    s.distance_km = set_number(0.01, 300, 100);
                break;
            default:
                s.rounds = static_cast<int>(whole(1, 100));
                s.work_seconds = static_cast<int>(whole(1, 600));
                s.rest_seconds = static_cast<int>(whole(1, 600));
        }
        if (coin())
            s.rpe = static_cast<int>(whole(1, 10));
        return s;
    }

    std::mt19937 rng_;
    bool csv_sets_;
};

std::vector<Entry> generated(unsigned seed, bool csv_sets, std::size_t count = 600) {
    Generator generator(seed, csv_sets);
    std::vector<Entry> entries;
    for (std::size_t i = 1; i <= count; ++i) entries.push_back(generator.entry(static_cast<std::int64_t>(i)));
    return entries;
}

bool same(const Entry& a, const Entry& b) {
    const Measurements& m = a.measurements;
    const Measurements& n = b.measurements;
    return a.id == b.id && a.kind == b.kind && a.date == b.date && a.time == b.time && a.value == b.value &&
           a.protein_g == b.protein_g && a.note == b.note && m.waist == n.waist && m.hip == n.hip &&
           m.thigh == n.thigh && m.thigh_left == n.thigh_left && m.thigh_right == n.thigh_right &&
           m.neck == n.neck && m.body_fat_percent == n.body_fat_percent && a.sets == b.sets &&
           a.energy_kcal == b.energy_kcal && a.warm_up_skipped == b.warm_up_skipped;
}

void expect_same_entries(const std::vector<Entry>& expected, const std::vector<Entry>& actual) {
    ASSERT_EQ(expected.size(), actual.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_TRUE(same(expected[i], actual[i]))
            << "entry " << i + 1 << "\nwrote " << to_json(expected[i]).dump() << "\nread  "
            << to_json(actual[i]).dump();
    }
}

WorkoutSet reps_set(const std::string& id, int reps, std::optional<Kilograms> load = std::nullopt,
                    std::optional<int> rpe = std::nullopt) {
    WorkoutSet s;
    s.exercise_id = id;
    s.reps = reps;
    s.load = load;
    s.rpe = rpe;
    return s;
}

Profile full_profile() {
    Profile p;
    p.sex = Sex::male;
    p.age = AgeRecord{day(1988, 3, 9), 0, day(2026, 11, 2)};
    p.height = Centimetres(181.3);
    p.weight = Kilograms(88.123456789);
    p.waist = Centimetres(94.1);
    p.hip = Centimetres(101.7);
    p.neck = Centimetres(39.5);
    p.thigh = Centimetres(58.25);
    p.activity = Activity::very_active;
    p.pal_override = 1.85;
    p.goal = Goal::gain_lean;
    p.deficit = Kilocalories(400);
    p.surplus = Kilocalories(250.5);
    p.units = UnitSystem::imperial;
    p.equipment = {Equipment::band, Equipment::dumbbells, Equipment::foam_roller};
    p.days = {Weekday::tue, Weekday::thu, Weekday::sat, Weekday::sun};
    p.minutes_per_session = 60;
    p.preferred_time = TimeOfDay{6, 45};
    p.level = Level::advanced;
    p.low_impact = true;
    p.program_start = day(2026, 11, 3);
    return p;
}

ExportData read(const std::string& text, const std::string& file = "f") {
    return read_export(text, file, catalog());
}

// The message of the InvalidInput that reading `text` throws.
std::string refusal(const std::string& text, const std::string& file = "f.txt") {
    try {
        read(text, file);
    } catch (const InvalidInput& error) {
        return error.what();
    }
    return "<accepted>";
}

// ---- round trips

TEST(ExportFormat, JsonKeepsManyGeneratedEntriesAndTheProfileExactly) {
    for (const unsigned seed : {1U, 2U, 3U}) {
        const ExportData written{full_profile(), generated(seed, false), {}, {}, {}, {}, {}, {}};
        const ExportData read_back = read(export_json(written));
        expect_same_entries(written.entries, read_back.entries);
        ASSERT_TRUE(read_back.profile.has_value());
        expect_same_profile(*written.profile, *read_back.profile);
        EXPECT_EQ(export_json(read_back), export_json(written));
    }
}

TEST(ExportFormat, CsvKeepsManyGeneratedEntriesExactly) {
    for (const unsigned seed : {4U, 5U, 6U}) {
        const std::vector<Entry> written = generated(seed, true);
        const ExportData read_back = read(export_csv(written));
        expect_same_entries(written, read_back.entries);
        EXPECT_FALSE(read_back.profile.has_value());
        EXPECT_EQ(export_csv(read_back.entries), export_csv(written));
    }
}

TEST(ExportFormat, ReadingNamesWhereEachEntryCameFrom) {
    std::vector<Entry> entries = generated(7, true, 3);
    entries[0].note = "two\nlines";  // the second record starts on line 4
    entries[1].note = "one";
    const ExportData csv = read(export_csv(entries), "j.csv");
    EXPECT_EQ(csv.origins, (std::vector<std::string>{"j.csv:2", "j.csv:4", "j.csv:5"}));
    const ExportData json_data = read(export_json({std::nullopt, entries, {}, {}, {}, {}, {}, {}}), "j.json");
    EXPECT_EQ(json_data.origins,
              (std::vector<std::string>{"j.json: entry 1", "j.json: entry 2", "j.json: entry 3"}));
}

TEST(ExportFormat, ProfileWithoutOptionalFieldsRoundTrips) {
    Profile p = full_profile();
    p.age = AgeRecord{std::nullopt, 41, day(2025, 6, 30)};
    p.thigh.reset();
    p.pal_override.reset();
    const json encoded = profile_to_json(p);
    EXPECT_FALSE(encoded.contains("born"));
    EXPECT_FALSE(encoded.contains("thigh_cm"));
    EXPECT_FALSE(encoded.contains("pal"));
    EXPECT_EQ(encoded.at("age_years"), 41);
    EXPECT_EQ(encoded.at("equipment"), json({"band", "dumbbells", "foam-roller"}));
    EXPECT_EQ(encoded.at("days"), json({"tue", "thu", "sat", "sun"}));
    expect_same_profile(p, profile_from_json(encoded, "profile"));
}

TEST(ExportFormat, EntriesAreWrittenInIdOrder) {
    std::vector<Entry> entries = generated(8, true, 3);
    entries[0].id = 9;
    entries[1].id = 2;
    entries[2].id = 5;
    const json document = json::parse(export_json({std::nullopt, entries, {}, {}, {}, {}, {}, {}}));
    std::vector<std::int64_t> ids;
    for (const json& e : document.at("entries")) ids.push_back(e.at("id"));
    EXPECT_EQ(ids, (std::vector<std::int64_t>{2, 5, 9}));
    std::vector<std::int64_t> csv_ids;
    for (const Entry& e : read(export_csv(entries)).entries) csv_ids.push_back(e.id);
    EXPECT_EQ(csv_ids, (std::vector<std::int64_t>{2, 5, 9}));
}

// ---- the exact shapes

TEST(ExportFormat, JsonStartsWithFormatAndVersionAndHasNoTimestamp) {
    const std::string text = export_json({});
    EXPECT_EQ(text,
              "{\n  \"format\": \"hipfit-export\",\n  \"version\": 3,\n  \"profile\": null,\n"
              "  \"entries\": [],\n  \"checkins\": [],\n  \"own_exercises\": []\n}\n");
}

TEST(ExportFormat, CsvIsRfc4180WithCrlfAndQuotedFields) {
    Entry food;
    food.id = 3;
    food.kind = EntryKind::food;
    food.date = day(2026, 11, 12);
    food.time = TimeOfDay{12, 15};
    food.value = 650;
    food.protein_g = 0.00001;
    food.note = "Soup, \"spicy\"\nwith bread";
    Entry workout;
    workout.id = 4;
    workout.kind = EntryKind::workout;
    workout.date = day(2026, 11, 8);
    workout.time = TimeOfDay{18, 0};
    workout.sets = {reps_set("glute-bridge", 12), reps_set("glute-bridge", 10, Kilograms(8), 8)};
    workout.energy_kcal = 146.73066666666668;
    Entry measure;
    measure.id = 5;
    measure.kind = EntryKind::measure;
    measure.date = day(2026, 11, 3);
    measure.time = TimeOfDay{8, 0};
    measure.measurements.thigh_left = Centimetres(57.5);
    EXPECT_EQ(export_csv({measure, food, workout}),
              std::string(kCsvHeader) + "\r\n" +
                  "3,food,2026-11-12,12:15,650,kcal,1e-05,\"Soup, \"\"spicy\"\"\nwith bread\",,,,,,,,,,\r\n"
                  "4,workout,2026-11-08,18:00,,,,,,,,,,,,146.73066666666668,false,"
                  "\"glute-bridge:12,10x8kg@8\"\r\n"
                  "5,measure,2026-11-03,08:00,,,,,,,,57.5,,,,,,\r\n");
    expect_same_entries({food, workout, measure}, read(export_csv({food, workout, measure})).entries);
}

TEST(ExportFormat, CsvAsASpreadsheetSavesItIsStillRead) {
    const std::string record = "7,water,2026-11-12,10:00,500,ml,,,,,,,,,,,,";
    const ExportData data = read("\xEF\xBB\xBF" + std::string(kCsvHeader) + "\n" + record + "\n\n");
    ASSERT_EQ(data.entries.size(), 1U);
    EXPECT_EQ(data.entries[0].id, 7);
    EXPECT_EQ(data.entries[0].kind, EntryKind::water);
    EXPECT_EQ(data.entries[0].value, 500.0);
    EXPECT_EQ(read(std::string(kCsvHeader) + "\r\n" + ",steps,2026-11-12,10:00,8000,steps,,,,,,,,,,,,")
                  .entries[0]
                  .id,
              0);  // no id: the database gives one
}

// A load logged in pounds (17.5 lb = 7.937866475 kg) is written by core::format_workout_spec with six
// significant digits and reads back as 7.93787 kg. Enable when format_workout_spec writes exact numbers.
TEST(ExportFormat, CsvKeepsALoadLoggedInPoundsExactly) {
    Entry workout;
    workout.id = 1;
    workout.kind = EntryKind::workout;
    workout.date = day(2026, 11, 8);
    workout.sets = {reps_set("dumbbell-squat", 10, to_kilograms(Pounds(17.5)))};
    expect_same_entries({workout}, read(export_csv({workout})).entries);
}

// ---- refusals

const std::string kHeader = std::string(kCsvHeader) + "\r\n";

TEST(ExportFormat, BrokenCsvIsRefusedNamingTheLineAndField) {
    const std::string weight = "1,weight,2026-11-01,07:30,72.4,kg,,,,,,,,,,,,\r\n";
    const std::string note = "2,food,2026-11-01,12:00,500,kcal,,\"a\nb\",,,,,,,,,,\r\n";
    EXPECT_EQ(refusal(kHeader + note + "3,weight,2026-11-01,07:30,72.4,kg\r\n"),
              "f.txt:4: expected 18 fields, found 6");
    EXPECT_EQ(refusal(kHeader + "1,food,2026-11-01,12:00,500,kcal,,\"open,,,,,,,,,,\r\n"),
              "f.txt:2: a quoted field is not closed");
    EXPECT_EQ(refusal(kHeader + weight + "2,food,2026-11-01,12:00,500,kcal,,a\"b,,,,,,,,,,\r\n"),
              "f.txt:3: a quote inside a field (quote the whole field and double its quotes)");
    EXPECT_EQ(refusal(kHeader + "1,yoga,2026-11-01,07:30,5,min,,,,,,,,,,,,\r\n"),
              "f.txt:2, field kind: 'yoga' is not one of "
              "weight|measure|food|water|sleep|steps|alcohol|cigarettes|stress|standup|workout");
    EXPECT_EQ(refusal(kHeader + "1,weight,2026-11-01,07:30,72.4,lb,,,,,,,,,,,,\r\n"),
              "f.txt:2, field unit: expected 'kg' for a weight entry");
    EXPECT_EQ(refusal(kHeader + "1,weight,2026-11-01,07:30,inf,kg,,,,,,,,,,,,\r\n"),
              "f.txt:2, field value: 'inf' is not a number");
    EXPECT_EQ(refusal(kHeader + "1,weight,2026-11-01,07:30,,kg,,,,,,,,,,,,\r\n"),
              "f.txt:2, field value: missing");
    EXPECT_EQ(refusal(kHeader + "0,weight,2026-11-01,07:30,70,kg,,,,,,,,,,,,\r\n"),
              "f.txt:2, field id: '0' is not an entry id (a whole number from 1)");
    EXPECT_EQ(refusal(kHeader + "1,measure,2026-11-01,07:30,70,,,,80,,,,,,,,,\r\n"),
              "f.txt:2, field value: does not apply to measure entries");
    EXPECT_EQ(refusal(kHeader + "1,weight,2026-11-01,07:30,70,kg,,,,,,,,,,,,squat:10\r\n"),
              "f.txt:2, field exercises: does not apply to weight entries");
    EXPECT_EQ(refusal(kHeader + "1,workout,2026-11-01,07:30,,,,,,,,,,,,,yes,squat:10\r\n"),
              "f.txt:2, field warm_up_skipped: 'yes' is not true or false");
    EXPECT_EQ(refusal(kHeader + "1,workout,2026-11-01,07:30,,,,,,,,,,,,,false,moonwalk:10\r\n"),
              "f.txt:2, field exercises: no exercise 'moonwalk'; 'hipfit exercises' lists them");
    EXPECT_EQ(refusal(kHeader + "1,weight,2026-02-30,07:30,70,kg,,,,,,,,,,,,\r\n"),
              "f.txt:2, field date: '2026-02-30' is not a date in the form YYYY-MM-DD (e.g. 1990-04-23)");
}

TEST(ExportFormat, AFileThatIsNeitherFormatIsRefused) {
    const std::string expected = "f.txt:1: not a hipfit export: neither JSON nor CSV with the header '" +
                                 std::string(kCsvHeader) + "'";
    EXPECT_EQ(refusal(""), expected);
    EXPECT_EQ(refusal("id,kind,date\r\n1,weight,2026-11-01\r\n"), expected);
}

std::string json_export(const std::string& entries,
                        const std::string& head = R"("format":"hipfit-export","version":1)") {
    return "{" + head + R"(,"profile":null,"entries":[)" + entries + "]}";
}

TEST(ExportFormat, BrokenJsonIsRefusedNamingTheEntryAndField) {
    const std::string weight = R"({"kind":"weight","date":"2026-11-01","time":"07:30","value":70})";
    EXPECT_EQ(refusal(json_export(weight, R"("format":"hipfit-export","version":4)")),
              "f.txt, field version: version 4 is not supported; this hipfit reads versions 1–3");
    EXPECT_EQ(refusal(json_export(weight, R"("format":"hipfit-export","version":"2")")),
              "f.txt, field version: version \"2\" is not supported; this hipfit reads versions 1–3");
    EXPECT_EQ(refusal(json_export(weight, R"("format":"other","version":1)")),
              "f.txt, field format: not a hipfit export (expected \"hipfit-export\")");
    EXPECT_EQ(refusal(R"({"format":"hipfit-export","version":1})"),
              "f.txt, field entries: expected an array");
    EXPECT_NE(refusal("{\"format\":").find("f.txt: not valid JSON (line 1, column 11)"), std::string::npos);
    EXPECT_EQ(
        refusal(json_export(weight + R"(,{"kind":"weight","date":"2026-11-01","time":"07:30","value":"x"})")),
        "f.txt: entry 2, field value: expected a number");
    EXPECT_EQ(
        refusal(json_export(
            R"({"kind":"workout","date":"2026-11-01","time":"07:30","sets":[{"exercise":"squat","reps":5},)"
            R"({"exercise":"moonwalk","reps":5}]})")),
        "f.txt: entry 1, set 2, field exercise: no exercise 'moonwalk'; 'hipfit exercises' lists them");
}

TEST(ExportFormat, BrokenProfileIsRefusedNamingTheField) {
    json profile = profile_to_json(full_profile());
    const auto refusal_with = [&](const char* key, const json& value) {
        json changed = profile;
        if (value.is_null()) {
            changed.erase(key);
        } else {
            changed[key] = value;
        }
        return refusal(json{
            {"format", "hipfit-export"}, {"version", 1}, {"profile", changed}, {"entries", json::array()}}
                           .dump());
    };
    EXPECT_EQ(refusal_with("height_cm", nullptr), "f.txt: profile, field height_cm: missing");
    EXPECT_EQ(refusal_with("height_cm", "tall"), "f.txt: profile, field height_cm: expected a number");
    EXPECT_EQ(refusal_with("minutes_per_session", 45.5),
              "f.txt: profile, field minutes_per_session: expected a whole number");
    EXPECT_EQ(refusal_with("equipment", json({"band", "kettlebell"})),
              "f.txt: profile, field equipment: 'kettlebell' is not one of "
              "none|band|dumbbells|barbell|step|ankle-weights|foam-roller");
    EXPECT_EQ(refusal_with("sex", "other"), "f.txt: profile, field sex: 'other' is not one of female|male");
    EXPECT_EQ(refusal_with("low_impact", 1), "f.txt: profile, field low_impact: expected true or false");
}

TEST(ExportFormat, LocatedErrorsDropTheFieldPrefixOfTheMessage) {
    const InvalidInput original("--date", "--date: 2030-01-01 is in the future");
    EXPECT_STREQ(located_error(original, "f: entry 2", "date").what(),
                 "f: entry 2, field date: 2030-01-01 is in the future");
    EXPECT_EQ(located_error(original, "f: entry 2", "date").field(), "date");
    EXPECT_STREQ(located_error(original, "f:3, set 1", "").what(), "f:3, set 1: 2030-01-01 is in the future");
}

}  // namespace
}  // namespace hipfit::io
