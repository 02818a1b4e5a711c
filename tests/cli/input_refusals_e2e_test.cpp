// Input the binary once accepted although it was wrong, and messages that misled or echoed raw bytes, now:
// each refused with exit status 2, the exact message on stderr naming the field (and the file and record
// for files), nothing on stdout, and the database byte for byte unchanged.
#include <fstream>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class InputRefusals : public HipfitBinary {
  protected:
    void SetUp() override {
        ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
        ASSERT_EQ(hipfit({"log", "weight", "72kg", "--date", "2026-11-20"}).exit_code, 0);
    }

    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(dir_.file(name), std::ios::binary) << text;
        return dir_.file(name);
    }

    // Runs `args`, expecting a refusal with exactly `message` and nothing changed.
    void expect_refused(const std::vector<std::string>& args, const std::string& message) const {
        const std::string before = stored_bytes();
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 2) << result.err;
        EXPECT_EQ(result.err, "hipfit: error: " + message + "\n");
        EXPECT_EQ(result.out, "");
        EXPECT_TRUE(stored_bytes() == before) << "the database changed";
    }

    // An export with these entries, as `hipfit import` reads it.
    std::string export_file(const std::vector<json>& entries, const std::string& name = "in.json") const {
        return write(name, json{{"format", "hipfit-export"},
                                {"version", 2},
                                {"profile", nullptr},
                                {"entries", json(entries)},
                                {"checkins", json::array()}}
                               .dump());
    }
};

const json kWeight = {{"kind", "weight"}, {"date", "2026-11-01"}, {"time", "07:30"}, {"value", 72.4}};

json workout_of(const json& sets) {
    return {{"kind", "workout"}, {"date", "2026-11-01"}, {"time", "18:00"}, {"sets", sets}};
}

json bridges(std::size_t count) {
    json sets = json::array();
    for (std::size_t i = 0; i < count; ++i) sets.push_back({{"exercise", "glute-bridge"}, {"reps", 12}});
    return sets;
}

// ---- accepted but wrong

TEST_F(InputRefusals, InchesAfterFeetAreUnderTwelveAndPoundsAfterStonesUnderFourteen) {
    expect_refused(
        {"init", "--height", "5ft13in"},
        "--height: '5ft13in' is not a length: the inches after the feet must be under 12 (e.g. 5ft11in)");
    expect_refused(
        {"init", "--weight", "11st20lb"},
        "--weight: '11st20lb' is not a mass: the pounds after the stones must be under 14 (e.g. 11st13lb)");
    expect_refused(
        {"log", "weight", "11st14lb"},
        "weight: '11st14lb' is not a mass: the pounds after the stones must be under 14 (e.g. 11st13lb)");
    expect_refused(
        {"log", "measure", "--waist", "2ft12in"},
        "--waist: '2ft12in' is not a length: the inches after the feet must be under 12 (e.g. 5ft11in)");
    // 5 ft 11 in = 71 in = 180.34 cm is fine.
    EXPECT_EQ(hipfit({"assess", "--height", "5ft11in"}).exit_code, 0);
}

TEST_F(InputRefusals, AFlagAndItsOppositeTogetherAreAUsageError) {
    for (const char* command : {"init", "assess"}) {
        expect_refused({command, "--low-impact", "--no-low-impact"},
                       "--low-impact: give either --low-impact or --no-low-impact, not both");
        expect_refused({command, "--no-low-impact", "--low-impact"},
                       "--low-impact: give either --low-impact or --no-low-impact, not both");
    }
    // The other pairs of flags that exclude each other.
    expect_refused({"stats", "--week", "--month"}, "give at most one of --week, --month and --since");
    expect_refused({"report", "--week", "--month"}, "give --week or --month, not both");
    expect_refused({"report", "--json", "--html", dir_.file("r.html")}, "give --html or --json, not both");
    expect_refused({"plan", "--json", "--markdown"}, "give at most one of --json, --markdown and --ics");
    expect_refused({"workout", "--json", "--input", dir_.file("answers.txt")},
                   "--input plays the workout and --json only prints it: give one");
    // One of them, even twice, is fine.
    EXPECT_EQ(hipfit({"init", "--low-impact", "--low-impact"}).exit_code, 0);
    EXPECT_EQ(hipfit({"assess", "--json"}).exit_code, 0);
}

TEST_F(InputRefusals, AWorkoutOfThousandsOfSetsIsRefused) {
    std::string lines;
    for (int i = 0; i < 40000; ++i) lines += "glute-bridge:12\n";
    const std::string text = write("loop.txt", lines);
    expect_refused({"log", "workout", "--file", text},
                   "--file " + text + ": 40000 sets; a workout entry holds at most 200");
    const std::string sets = write("loop.json", bridges(200000).dump());
    expect_refused({"log", "workout", "--file", sets},
                   "--file " + sets + ": 200000 sets; a workout entry holds at most 200");
    std::string spec = "glute-bridge:12";
    for (int i = 1; i < 51; ++i) spec += ",12";
    expect_refused(
        {"log", "workout", "--exercise", spec},
        "--exercise: more than 50 sets of glute-bridge; a workout entry holds at most 50 of one exercise");
    expect_refused(
        {"log", "workout", "--exercise", "walking:600min,600min,600min"},
        "--exercise: the sets take 30 h 0 min; a workout entry is at most 24 h (log a longer event "
        "as one entry a day)");
    // The same limits for an import, naming the file, the entry and the field.
    const std::string many = export_file({kWeight, workout_of(bridges(201))});
    expect_refused({"import", many},
                   many + ": entry 2, field sets: 201 sets; a workout entry holds at most 200");
    const std::string long_day = export_file({workout_of({{{"exercise", "walking"}, {"minutes", 600}},
                                                          {{"exercise", "walking"}, {"minutes", 600}},
                                                          {{"exercise", "walking"}, {"minutes", 241}}})});
    expect_refused({"import", long_day},
                   long_day +
                       ": entry 1, field sets: the sets take 24 h 1 min; a workout entry is at most 24 h "
                       "(log a longer event as one entry a day)");
    json energetic = workout_of(bridges(3));
    energetic["energy_kcal"] = 434400;
    const std::string energy = export_file({energetic});
    expect_refused(
        {"import", energy},
        energy + ": entry 1, field energy_kcal: 434400 kcal is outside the accepted range 0–144000 kcal");
}

TEST_F(InputRefusals, UnknownKeysAreRefusedInWorkoutFilesAndImports) {
    const std::string sets = write(
        "sets.json",
        R"([{"exercise": "glute-bridge", "reps": 12}, {"exercise": "squat", "reps": 10, "weight": 5}])");
    expect_refused({"log", "workout", "--file", sets},
                   "--file " + sets + ", set 2, field weight: is not a field of a set");
    json typo = kWeight;
    typo["protien_g"] = 30;
    const std::string entry = export_file({typo});
    expect_refused({"import", entry}, entry + ": entry 1, field protien_g: is not a field of an entry");
    json set_typo = workout_of(bridges(1));
    set_typo["sets"][0]["load"] = 20;
    const std::string set = export_file({kWeight, set_typo});
    expect_refused({"import", set}, set + ": entry 2, set 1, field load: is not a field of a set");
    const std::string document =
        write("doc.json", R"({"format": "hipfit-export", "version": 2, "entries": [], "checkin": []})");
    expect_refused({"import", document}, document + ", field checkin: is not a field of a hipfit export");
}

TEST_F(InputRefusals, ControlCharactersInANoteAreRefusedNamingTheField) {
    expect_refused(
        {"log", "food", "500", "--note", "soup\x01"},
        "--note: a control character (\\x01) at character 5; the text may hold tabs and line breaks, "
        "not other control characters");
    expect_refused(
        {"log", "water", "500ml", "--note", "\x1b]0;owned\x07"},
        "--note: a control character (\\x1b) at character 1; the text may hold tabs and line breaks, "
        "not other control characters");
    expect_refused(
        {"edit", "1", "--note", "a\rb"},
        "--note: a control character (\\x0d) at character 2; the text may hold tabs and line breaks, "
        "not other control characters");
    // A NUL cannot be typed as an argument; a file carries it.
    json food = {{"kind", "food"},
                 {"date", "2026-11-01"},
                 {"time", "12:00"},
                 {"value", 500},
                 {"note", std::string("soup\0bread", 10)}};
    const std::string file = export_file({kWeight, food});
    expect_refused(
        {"import", file},
        file +
            ": entry 2, field note: a control character (\\x00) at character 5; the text may hold tabs "
            "and line breaks, not other control characters");
    const std::string csv = write("in.csv",
                                  "id,kind,date,time,value,unit,protein_g,note,waist_cm,hip_cm,thigh_cm,"
                                  "thigh_left_cm,thigh_right_cm,neck_cm,body_fat_percent,energy_kcal,"
                                  "warm_up_skipped,exercises\r\n"
                                  "1,food,2026-11-01,12:00,500,kcal,,\x1b[2Jsoup,,,,,,,,,,\r\n");
    expect_refused(
        {"import", csv},
        csv +
            ":2, field note: a control character (\\x1b) at character 1; the text may hold tabs and "
            "line breaks, not other control characters");
    // Tabs and line breaks stay allowed.
    EXPECT_EQ(hipfit({"log", "food", "500", "--note", "soup\twith\r\nbread\n"}).exit_code, 0);
}

TEST_F(InputRefusals, ANumberTooLargeForADoubleInAFileIsBadInput) {
    json weight = kWeight;
    weight["value"] = 1;
    std::string text = json{{"format", "hipfit-export"}, {"version", 2}, {"entries", {weight}}}.dump();
    text.replace(text.find("\"value\":1"), 9, "\"value\":1e400");
    const std::string file = write("huge.json", text);
    expect_refused({"import", file}, file + ": not accepted: a number is too large");
    const std::string sets =
        write("huge-sets.json", R"([{"exercise": "glute-bridge", "reps": 12, "rpe": 1e400}])");
    expect_refused({"log", "workout", "--file", sets},
                   "--file: " + sets + ": not accepted: a number is too large");
}

// ---- messages

TEST_F(InputRefusals, ARecordAndFieldAreNamedOnce) {
    json dated = kWeight;
    dated["date"] = 20261101;
    const std::string file = export_file({dated});
    expect_refused({"import", file}, file + ": entry 1, field date: expected a string");
    const std::string sets = write("untimed.json", R"([{"exercise": "glute-bridge", "reps": "12"}])");
    expect_refused({"log", "workout", "--file", sets},
                   "--file " + sets + ", set 1, field reps: expected a whole number");
}

TEST_F(InputRefusals, AWorkoutDayBeyondThePlannersCalendarNamesTheDate) {
    expect_refused({"workout", "--date", "9999-12-31"},
                   "--date: 9999-12-31 is outside 1900-01-01 to 9000-01-01");
    expect_refused({"workout", "--json", "--date", "9999-12-31"},
                   "--date: 9999-12-31 is outside 1900-01-01 to 9000-01-01");
}

TEST_F(InputRefusals, BytesOutsidePrintableAsciiAreShownAsHex) {
    expect_refused({"log", "weight", "7\x1b[2J"},
                   "weight: '7\\x1b[2J' is not a mass such as 72kg, 158.7lb or 11st4lb");
    expect_refused({"init", "--sex", "f\x07"}, "--sex: 'f\\x07' is not one of female|male");
    expect_refused({"log", "sleep", "7h", "--date", "2026-11-2\x1b"},
                   "--date: '2026-11-2\\x1b' is not a date in the form YYYY-MM-DD (e.g. 1990-04-23)");
    expect_refused({"delete", "1\x1b"}, "ID: '1\\x1b' is not an entry id");
    expect_refused({"log", "workout", "--file", dir_.file("no\x1b[2Jfile.txt")},
                   "--file: cannot read " + dir_.path() + "/no\\x1b[2Jfile.txt");
    expect_refused({"import", dir_.file("none\x01.json")},
                   "FILE: there is no file " + dir_.path() + "/none\\x01.json");
    expect_refused({"init", "--bogus\x1b"},
                   "unexpected argument '--bogus\\x1b'; see 'hipfit init --help' for the options");
    // Raw bytes of a binary file read as a workout file.
    const std::string binary = write("binary.txt", std::string("\x00\x01\xff\x1b[2J\n", 8));
    expect_refused({"log", "workout", "--file", binary},
                   binary +
                       ":1: '\\x00\\x01\\xff\\x1b[2J' is not an exercise with its sets, e.g. "
                       "glute-bridge:12,12,10@8");
    // An unknown command is not an InvalidInput, but echoes the word the same way.
    const ProcessResult result = hipfit({"\x1b[31mlog"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err.find('\x1b'), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("unknown command '\\x1b[31mlog'."), std::string::npos) << result.err;
}

}  // namespace
}  // namespace hipfit::testing
