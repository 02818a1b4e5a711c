// export, import and backup through the real binary: a journal with every kind of entry survives export →
// import into an empty database → export byte for byte (JSON and CSV); an import is one undo step; bad
// files are refused naming where and what, writing nothing; a backup taken while another process holds
// the database open is a sound copy.
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// The first column of the first row of `sql` on the database at `path`.
std::string query(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    std::string result = "<error>";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

class PortabilityBinary : public HipfitBinary {
  protected:
    ProcessResult on(const std::string& db, std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db});
        return hipfit(args);
    }

    // A profile and every kind of entry, logged out of date order so that id order differs from it.
    void log_every_kind() const {
        const std::vector<std::vector<std::string>> commands = {
            metric_profile(),
            {"log", "weight", "72.4kg", "--date", "2026-11-10", "--time", "07:30"},
            {"log",        "measure",      "--waist", "80cm",          "--hip",  "104cm",  "--thigh",
             "58cm",       "--thigh-left", "57.5cm",  "--thigh-right", "58.5cm", "--neck", "33cm",
             "--body-fat", "31",           "--date",  "2026-11-03",    "--time", "08:00"},
            {"log", "food", "650", "--protein", "35", "--note", "Lentil soup, \"spicy\"\r\nwith bread",
             "--date", "2026-11-12", "--time", "12:15"},
            {"log", "water", "500ml", "--date", "2026-11-12", "--time", "10:00"},
            {"log", "sleep", "7h30m", "--date", "2026-11-11", "--time", "06:45"},
            {"log", "steps", "8000", "--date", "2026-11-11", "--time", "21:00"},
            {"log", "alcohol", "1.5", "--date", "2026-11-09", "--time", "20:00"},
            {"log", "cigarettes", "2", "--date", "2026-11-09", "--time", "20:30"},
            {"log", "stress", "20", "--note", "yoga", "--date", "2026-11-13", "--time", "07:00"},
            {"log", "standup", "6", "--date", "2026-11-13", "--time", "17:00"},
            {"log", "workout", "--exercise", "glute-bridge:12,12,10@8", "--exercise", "walking:30min/2.5km",
             "--exercise", "wall-sit:30s,45s", "--exercise", "sprint-intervals:10x30s/60s@9", "--exercise",
             "dumbbell-squat:10x8kg@7", "--warm-up-skipped", "--date", "2026-11-08", "--time", "18:00"},
            {"log", "weight", "71.9kg", "--date", "2026-11-01", "--time", "07:30"},
        };
        for (const auto& command : commands) {
            const ProcessResult result = hipfit(command);
            ASSERT_EQ(result.exit_code, 0) << command[0] << " " << command[1] << ": " << result.err;
        }
    }

    // Exports the database at `db` to a file and returns its content.
    std::string export_file(const std::string& db, const std::string& format, const std::string& name) const {
        const ProcessResult result = on(db, {"export", "--format", format, "--out", dir_.file(name)});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return read_file_or_missing(dir_.file(name));
    }
};

TEST_F(PortabilityBinary, JsonExportImportExportIsByteIdentical) {
    log_every_kind();
    const std::string first = export_file(database(), "json", "first.json");
    const ProcessResult imported = on(dir_.file("fresh.db"), {"import", dir_.file("first.json")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(imported.out,
              fmt::format("Imported 12 entries and the profile from {}.\n", dir_.file("first.json")));
    EXPECT_EQ(export_file(dir_.file("fresh.db"), "json", "second.json"), first);

    const json document = json::parse(first);
    EXPECT_EQ(document.at("format"), "hipfit-export");
    EXPECT_EQ(document.at("version"), 3);
    EXPECT_EQ(document.at("profile").at("waist_cm"), 80.0);
    EXPECT_EQ(document.at("profile").at("program_start"), kToday);
    std::set<std::string> kinds;
    for (const json& e : document.at("entries")) kinds.insert(e.at("kind").get<std::string>());
    EXPECT_EQ(kinds.size(), 11U);
    EXPECT_EQ(document.at("entries")[2].at("note"), "Lentil soup, \"spicy\"\r\nwith bread");
    EXPECT_EQ(document.at("entries")[10].at("sets").size(), 8U);
}

// Whatever 'log' accepts must come back: pounds and miles to the last bit, and sets from a --file as given.
TEST_F(PortabilityBinary, JsonKeepsEverythingLogAcceptsExactly) {
    // A set must have one shape: a set of no shape, or of two, is refused (it could not be read back).
    write_text(dir_.file("mixed.json"), R"([{"exercise":"squat","reps":10,"hold_seconds":30}])");
    EXPECT_EQ(hipfit({"log", "workout", "--file", dir_.file("mixed.json")}).exit_code, 2);
    write_text(dir_.file("sets.json"),
               R"([{"exercise":"squat","reps":10},{"exercise":"wall-sit","hold_seconds":30}])");
    ASSERT_EQ(hipfit({"log", "workout", "--file", dir_.file("sets.json"), "--date", "2026-11-02"}).exit_code,
              0);
    ASSERT_EQ(hipfit({"log", "workout", "--exercise", "dumbbell-squat:10x17.5lb", "--exercise",
                      "walking:30min/3.1mi", "--date", "2026-11-03"})
                  .exit_code,
              0);
    const std::string first = export_file(database(), "json", "first.json");
    const ProcessResult imported = on(dir_.file("fresh.db"), {"import", dir_.file("first.json")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(export_file(dir_.file("fresh.db"), "json", "second.json"), first);
    const json sets = json::parse(first).at("entries")[1].at("sets");
    EXPECT_DOUBLE_EQ(sets[0].at("load_kg").get<double>(), 17.5 * 0.45359237);
    EXPECT_DOUBLE_EQ(sets[1].at("distance_km").get<double>(), 3.1 * 1.609344);
}

TEST_F(PortabilityBinary, CsvExportImportExportIsByteIdentical) {
    log_every_kind();
    const std::string first = export_file(database(), "csv", "first.csv");
    const ProcessResult imported = on(dir_.file("fresh.db"), {"import", dir_.file("first.csv")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(imported.out, fmt::format("Imported 12 entries from {}.\n", dir_.file("first.csv")));
    EXPECT_EQ(export_file(dir_.file("fresh.db"), "csv", "second.csv"), first);
    EXPECT_EQ(
        first.substr(0, first.find("\r\n")),
        "id,kind,date,time,value,unit,protein_g,note,waist_cm,hip_cm,thigh_cm,thigh_left_cm,thigh_right_cm,"
        "neck_cm,body_fat_percent,energy_kcal,warm_up_skipped,exercises");
    EXPECT_NE(first.find("\r\n1,weight,2026-11-10,07:30,72.4,kg,,,,,,,,,,,,\r\n"), std::string::npos)
        << first;
    EXPECT_NE(first.find(",\"Lentil soup, \"\"spicy\"\"\r\nwith bread\","), std::string::npos) << first;
    EXPECT_NE(first.find(",true,\"glute-bridge:12,12,10@8;walking:30min/2.5km;wall-sit:30s,45s;"
                         "sprint-intervals:10x30s/60s@9;dumbbell-squat:10x8kg@7\"\r\n"),
              std::string::npos)
        << first;
}

TEST_F(PortabilityBinary, CsvCarriesEveryFieldOfEveryEntry) {
    log_every_kind();
    const json original = json::parse(export_file(database(), "json", "original.json"));
    export_file(database(), "csv", "entries.csv");
    ASSERT_EQ(on(dir_.file("fresh.db"), {"import", dir_.file("entries.csv")}).exit_code, 0);
    const json from_csv = json::parse(export_file(dir_.file("fresh.db"), "json", "from_csv.json"));
    EXPECT_EQ(from_csv.at("entries"), original.at("entries"));
    EXPECT_TRUE(from_csv.at("profile").is_null());
}

TEST_F(PortabilityBinary, ExportIsInIdOrderAndTheSameOnAnyDay) {
    log_every_kind();
    const ProcessResult today = hipfit({"export"});
    ASSERT_EQ(today.exit_code, 0) << today.err;
    std::vector<std::int64_t> ids;
    const json document = json::parse(today.out);
    for (const json& e : document.at("entries")) ids.push_back(e.at("id"));
    EXPECT_EQ(ids, (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    const ProcessResult later = hipfit_with_environment(
        {"export"}, {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", "2027-03-01"}, {"HOME", dir_.path()}});
    EXPECT_EQ(later.out, today.out);
    EXPECT_EQ(export_file(database(), "json", "out.json"), today.out);
}

TEST_F(PortabilityBinary, ExportWithoutADatabaseIsEmptyAndCreatesNothing) {
    const ProcessResult result = hipfit({"export"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out,
              "{\n  \"format\": \"hipfit-export\",\n  \"version\": 3,\n  \"profile\": null,\n  \"entries\": "
              "[],\n  \"checkins\": [],\n  \"own_exercises\": []\n}\n");
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(PortabilityBinary, AnImportIsOneUndoStep) {
    log_every_kind();
    export_file(database(), "json", "all.json");
    const std::string fresh = dir_.file("fresh.db");
    ASSERT_EQ(on(fresh, {"log", "water", "250ml", "--date", "2026-11-20"}).exit_code, 0);
    ASSERT_EQ(on(fresh, {"import", dir_.file("all.json")}).exit_code, 0);
    EXPECT_EQ(json::parse(on(fresh, {"history", "--json"}).out).size(), 13U);
    const ProcessResult undo = on(fresh, {"undo"});
    EXPECT_EQ(undo.exit_code, 0) << undo.err;
    EXPECT_NE(undo.out.find("an import of 12 entries"), std::string::npos) << undo.out;
    const json left = json::parse(on(fresh, {"history", "--json"}).out);
    ASSERT_EQ(left.size(), 1U);
    EXPECT_EQ(left[0].at("value"), 250.0);
}

// Issue 13, point 9: an entry equal to a stored one (kind, date, time and values) is not added again, and
// the import says how many it skipped — importing the same export twice no longer doubles the journal.
TEST_F(PortabilityBinary, ImportingTheSameExportTwiceAddsNothingTheSecondTime) {
    log_every_kind();
    const std::string first = export_file(database(), "json", "first.json");
    export_file(database(), "csv", "first.csv");
    const ProcessResult again = hipfit({"import", dir_.file("first.json")});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(again.out, fmt::format("Imported 0 entries from {0}.\n"
                                     "12 entries were already there: they were not added again.\n"
                                     "The profile in {0} was not imported: one is stored already ('hipfit "
                                     "init' changes it).\n",
                                     dir_.file("first.json")));
    const ProcessResult csv = hipfit({"import", dir_.file("first.csv")});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_EQ(csv.out, fmt::format("Imported 0 entries from {}.\n"
                                   "12 entries were already there: they were not added again.\n",
                                   dir_.file("first.csv")));
    EXPECT_EQ(export_file(database(), "json", "second.json"), first);
}

// Each stored entry matches one entry of the file: of the file's glass of water, the one stored is that
// one; an entry that differs in one value (the time) is added; --json counts both.
TEST_F(PortabilityBinary, AnImportSkipsOnlyWhatIsStoredAndSaysSoAsJson) {
    log_every_kind();
    export_file(database(), "json", "all.json");
    const std::string fresh = dir_.file("fresh.db");
    ASSERT_EQ(on(fresh, {"log", "water", "500ml", "--date", "2026-11-12", "--time", "10:00"}).exit_code, 0);
    ASSERT_EQ(on(fresh, {"log", "water", "500ml", "--date", "2026-11-12", "--time", "10:01"}).exit_code, 0);
    const ProcessResult imported = on(fresh, {"import", dir_.file("all.json"), "--json"});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(json::parse(imported.out), json({{"imported", 11},
                                               {"from", "hipfit"},
                                               {"format", "hipfit export"},
                                               {"dry_run", false},
                                               {"already_there", 1},
                                               {"profile_imported", true},
                                               {"checkins_imported", 0},
                                               {"checkins_kept", json::array()},
                                               {"own_exercises_imported", 0}}))
        << imported.out;
    EXPECT_EQ(json::parse(on(fresh, {"history", "--json"}).out).size(), 13U);

    // A file holding the same entry twice adds the second when the journal has only one of them.
    json twice = json::parse(read_file_or_missing(dir_.file("all.json")));
    json water;
    for (const json& entry : twice.at("entries")) {
        if (entry.at("kind") == "water")
            water = entry;
    }
    water["id"] = 9000;
    twice["entries"].push_back(water);
    write_text(dir_.file("twice.json"), twice.dump());
    const ProcessResult second = on(fresh, {"import", dir_.file("twice.json"), "--json"});
    ASSERT_EQ(second.exit_code, 0) << second.err;
    EXPECT_EQ(json::parse(second.out).at("imported"), 1) << second.out;
    EXPECT_EQ(json::parse(second.out).at("already_there"), 12) << second.out;
    EXPECT_EQ(json::parse(on(fresh, {"history", "--json"}).out).size(), 14U);
}

TEST_F(PortabilityBinary, AStoredProfileIsKeptAndTheImportSaysSo) {
    log_every_kind();
    export_file(database(), "json", "all.json");
    const std::string other = dir_.file("other.db");
    ASSERT_EQ(on(other, {"init", "--sex", "male", "--age", "50", "--height", "180cm", "--weight", "90kg",
                         "--waist", "95cm", "--hip", "100cm", "--neck", "40cm"})
                  .exit_code,
              0);
    const ProcessResult result = on(other, {"import", dir_.file("all.json")});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Imported 12 entries from"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("was not imported: one is stored already"), std::string::npos) << result.out;
    EXPECT_EQ(json::parse(export_file(other, "json", "other.json")).at("profile").at("sex"), "male");
}

TEST_F(PortabilityBinary, AnUnknownFormatOrAnUnwritableOutExits2) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const ProcessResult xml = hipfit({"export", "--format", "xml", "--out", dir_.file("x.xml")});
    EXPECT_EQ(xml.exit_code, 2);
    EXPECT_NE(xml.err.find("--format: 'xml' is not one of json|csv"), std::string::npos) << xml.err;
    EXPECT_EQ(read_file_or_missing(dir_.file("x.xml")), "<missing>");
    const ProcessResult nowhere = hipfit({"export", "--out", dir_.file("missing/folder/x.json")});
    EXPECT_EQ(nowhere.exit_code, 2);
    EXPECT_NE(nowhere.err.find("--out"), std::string::npos) << nowhere.err;
}

// ---- bad files

struct BadFile {
    std::string name;
    std::string content;
    std::vector<std::string> mentions;  // where and what the message must name
    int exit_code = 2;
};

void PrintTo(const BadFile& bad, std::ostream* out) {
    *out << bad.name << ": " << bad.content.substr(0, 80);
}

const std::string kHeader =
    "id,kind,date,time,value,unit,protein_g,note,waist_cm,hip_cm,thigh_cm,thigh_left_cm,thigh_right_cm,neck_"
    "cm,"
    "body_fat_percent,energy_kcal,warm_up_skipped,exercises\r\n";
const std::string kWeight = "1,weight,2026-11-01,07:30,72.4,kg,,,,,,,,,,,,\r\n";

std::string json_file(const std::string& entries, const std::string& version = "1") {
    return R"({"format":"hipfit-export","version":)" + version + R"(,"profile":null,"entries":[)" + entries +
           "]}";
}

std::string json_entry(const std::string& fields) {
    return R"({"kind":"weight","date":"2026-11-01","time":"07:30",)" + fields + "}";
}

const std::vector<BadFile> kBadFiles = {
    {"broken.json",
     R"({"format":"hipfit-export","version":1,"entries":[)",
     {"broken.json: not valid JSON", "line 1"}},
    {"version.json", json_file("", "4"), {"version.json, field version: version 4 is not supported"}},
    {"format.json", R"({"format":"spreadsheet","version":1,"entries":[]})", {"format.json, field format"}},
    {"range.json",
     json_file(json_entry(R"("value":70)") + "," + json_entry(R"("value":500)")),
     {"range.json: entry 2, field value: 500 kg is outside the accepted range 30–300 kg"}},
    {"kind.json",
     json_file(R"({"kind":"yoga","date":"2026-11-01","time":"07:30","value":5})"),
     {"kind.json: entry 1, field kind", "'yoga'"}},
    {"exercise.json",
     json_file(
         R"({"kind":"workout","date":"2026-11-01","time":"07:30","sets":[{"exercise":"moonwalk","reps":5}]})"),
     {"exercise.json: entry 1, set 1, field exercise: no exercise 'moonwalk'"}},
    {"reps.json",
     json_file(
         R"({"kind":"workout","date":"2026-11-01","time":"07:30","sets":[{"exercise":"squat","reps":500}]})"),
     {"reps.json: entry 1, set 1: 500 reps is outside the accepted range 1–200 reps"}},
    {"type.json",
     json_file(json_entry(R"("value":"heavy")")),
     {"type.json: entry 1, field value: expected a number"}},
    {"future.json",
     json_file(R"({"kind":"weight","date":"2026-12-01","time":"07:30","value":70})"),
     {"future.json: entry 1, field date: 2026-12-01 is in the future"}},
    {"misplaced.json",
     json_file(json_entry(R"("value":70,"protein_g":20)")),
     {"misplaced.json: entry 1, field protein_g: applies to food entries only"}},
    {"checkin.json",
     R"({"format":"hipfit-export","version":2,"entries":[],"checkins":[{"date":"2026-11-14","target_kcal":500,)"
     R"("previous_target_kcal":1800,"expenditure_kcal":null,"expenditure_sd_kcal":null,"reasons":[]}]})",
     {"checkin.json: checkin 1, field target_kcal: 500 kcal is outside the accepted range 1200–12000 kcal"}},
    {"line.csv",
     kHeader + kWeight + "2,weight,2026-11-01,07:30,72.4\r\n",
     {"line.csv:3: expected 18 fields, found 5"}},
    {"quote.csv",
     kHeader + kWeight + "2,food,2026-11-01,12:00,500,kcal,,\"open,,,,,,,,,,\r\n",
     {"quote.csv:3: a quoted field is not closed"}},
    {"range.csv",
     kHeader + kWeight + "2,weight,2026-11-01,07:30,720,kg,,,,,,,,,,,,\r\n",
     {"range.csv:3, field value: 720 kg is outside the accepted range 30–300 kg"}},
    {"exercise.csv",
     kHeader + "1,workout,2026-11-01,07:30,,,,,,,,,,,,,false,moonwalk:10\r\n",
     {"exercise.csv:2, field exercises: no exercise 'moonwalk'"}},
    {"kind.csv",
     kHeader + "1,yoga,2026-11-01,07:30,20,min,,,,,,,,,,,,\r\n",
     {"kind.csv:2, field kind: 'yoga'"}},
    {"number.csv",
     kHeader + "1,food,2026-11-01,12:00,500,kcal,lots,,,,,,,,,,,\r\n",
     {"number.csv:2, field protein_g: 'lots' is not a number"}},
    {"body.csv",
     kHeader + "1,measure,2026-11-01,08:00,,,,,,,,,,,90,,,\r\n",
     {"body.csv:2, field body_fat_percent: 90% is outside the accepted range 2–70%"}},
    {"header.csv", "id;kind;date\r\n", {"header.csv: hipfit does not recognise this file"}},
    {"empty.csv", "", {"empty.csv: is empty: there is nothing to import"}},
};

class BadImportTest : public PortabilityBinary, public ::testing::WithParamInterface<BadFile> {};

TEST_P(BadImportTest, IsRefusedNamingWhereAndTheDatabaseIsUnchanged) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    ASSERT_EQ(hipfit({"log", "weight", "72kg", "--date", "2026-11-20"}).exit_code, 0);
    const std::string before = read_file_or_missing(database());
    const BadFile& bad = GetParam();
    write_text(dir_.file(bad.name), bad.content);
    const ProcessResult result = hipfit({"import", dir_.file(bad.name)});
    EXPECT_EQ(result.exit_code, bad.exit_code) << result.err;
    for (const std::string& mention : bad.mentions)
        EXPECT_NE(result.err.find(mention), std::string::npos)
            << "missing '" << mention << "' in " << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(read_file_or_missing(database()), before);
}

TEST_P(BadImportTest, OnAFreshMachineCreatesNoDatabase) {
    const BadFile& bad = GetParam();
    write_text(dir_.file(bad.name), bad.content);
    EXPECT_EQ(hipfit({"import", dir_.file(bad.name)}).exit_code, bad.exit_code);
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

INSTANTIATE_TEST_SUITE_P(EveryKind, BadImportTest, ::testing::ValuesIn(kBadFiles));

TEST_F(PortabilityBinary, AMinorsProfileIsRefusedAsInit) {
    log_every_kind();
    json document = json::parse(export_file(database(), "json", "all.json"));
    document["profile"]["age_years"] = 16;
    write_text(dir_.file("minor.json"), document.dump());
    const ProcessResult result = on(dir_.file("fresh.db"), {"import", dir_.file("minor.json")});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("minor.json: profile: hipfit is for adults"), std::string::npos) << result.err;
    EXPECT_EQ(read_file_or_missing(dir_.file("fresh.db")), "<missing>");
}

TEST_F(PortabilityBinary, AMissingFileExits2) {
    const ProcessResult result = hipfit({"import", dir_.file("nothing.json")});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("there is no file " + dir_.file("nothing.json")), std::string::npos)
        << result.err;
}

// ---- backup

TEST_F(PortabilityBinary, BackupWhileAnotherProcessHoldsAReadTransaction) {
    log_every_kind();
    sqlite3* reader = nullptr;
    ASSERT_EQ(sqlite3_open(database().c_str(), &reader), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM entries;", nullptr, nullptr, nullptr),
              SQLITE_OK);
    const ProcessResult result = hipfit({"backup", dir_.file("copy.db")});
    sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(reader);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, fmt::format("Backed up {} to {}.\n", database(), dir_.file("copy.db")));
    EXPECT_EQ(query(dir_.file("copy.db"), "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(query(dir_.file("copy.db"), "SELECT count(*) FROM entries"), "12");
    EXPECT_EQ(export_file(dir_.file("copy.db"), "json", "copy.json"),
              export_file(database(), "json", "db.json"));
    EXPECT_EQ(read_file_or_missing(dir_.file("copy.db.hipfit-tmp")), "<missing>");
}

TEST_F(PortabilityBinary, BackupDuringAnUncommittedWriteCopiesTheCommittedState) {
    log_every_kind();
    sqlite3* writer = nullptr;
    ASSERT_EQ(sqlite3_open(database().c_str(), &writer), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(writer,
                           "BEGIN IMMEDIATE; INSERT INTO entries (kind, date, time, value) "
                           "VALUES ('weight', '2026-11-20', '08:00', 70);",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    const ProcessResult result = hipfit({"backup", dir_.file("copy.db")});
    sqlite3_exec(writer, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(writer);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(query(dir_.file("copy.db"), "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(query(dir_.file("copy.db"), "SELECT count(*) FROM entries"), "12");
    EXPECT_EQ(query(database(), "SELECT count(*) FROM entries"), "13");
}

TEST_F(PortabilityBinary, BackupRefusesToOverwriteUnlessForced) {
    log_every_kind();
    write_text(dir_.file("copy.db"), "precious");
    const ProcessResult refused = hipfit({"backup", dir_.file("copy.db")});
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("exists already; give --force"), std::string::npos) << refused.err;
    EXPECT_EQ(read_file_or_missing(dir_.file("copy.db")), "precious");
    const ProcessResult forced = hipfit({"backup", "--force", dir_.file("copy.db")});
    ASSERT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(query(dir_.file("copy.db"), "SELECT count(*) FROM entries"), "12");
}

TEST_F(PortabilityBinary, BackupRefusesTheDatabaseItselfAMissingFolderAndNoDatabase) {
    const ProcessResult none = hipfit({"backup", dir_.file("copy.db")});
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_NE(none.err.find("no database at " + database()), std::string::npos) << none.err;
    EXPECT_EQ(read_file_or_missing(dir_.file("copy.db")), "<missing>");

    log_every_kind();
    const std::string before = read_file_or_missing(database());
    const ProcessResult itself = hipfit({"backup", "--force", database()});
    EXPECT_EQ(itself.exit_code, 2);
    EXPECT_NE(itself.err.find("is the database itself"), std::string::npos) << itself.err;
    EXPECT_EQ(read_file_or_missing(database()), before);
    const ProcessResult folder = hipfit({"backup", dir_.file("missing/copy.db")});
    EXPECT_EQ(folder.exit_code, 2);
    EXPECT_NE(folder.err.find("there is no folder"), std::string::npos) << folder.err;
    EXPECT_FALSE(std::filesystem::exists(dir_.file("missing")));
}

}  // namespace
}  // namespace hipfit::testing
