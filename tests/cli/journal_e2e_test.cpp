// The journal through the built binary: log, history, edit, delete and undo,
// and every bad input refused with exit status 2, a message naming what is
// wrong, and the database byte-for-byte unchanged.
#include <fstream>
#include <regex>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class Journal : public HipfitBinary {
  protected:
    // Runs a command that must succeed and returns the id it printed ("… (id
    // N).").
    std::int64_t logged(const std::vector<std::string>& args) const {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        EXPECT_EQ(result.err, "");
        std::smatch match;
        if (!std::regex_search(result.out, match, std::regex(R"(\(id (\d+)\)\.\n$)"))) {
            ADD_FAILURE() << "no id in: " << result.out;
            return -1;
        }
        return std::stoll(match[1]);
    }

    json history(const std::vector<std::string>& extra = {}) const {
        std::vector<std::string> args{"history", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out);
    }

    // The stored entry with this id, or null.
    json entry(std::int64_t id) const {
        for (const json& e : history()) {
            if (e["id"] == id)
                return e;
        }
        return nullptr;
    }

    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(dir_.file(name), std::ios::binary) << text;
        return dir_.file(name);
    }

    // The database as stored: the main file and its write-ahead log, where a commit may still be (the
    // WAL is not always checkpointed when hipfit exits). A missing WAL is the same as an empty one.
    std::string stored_bytes() const {
        const std::string wal = read_file_or_missing(database() + "-wal");
        return read_file_or_missing(database()) + "\n-- wal --\n" + (wal == "<missing>" ? "" : wal);
    }

    std::string run_ok(const std::vector<std::string>& args) const {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.out;
    }
};

TEST_F(Journal, EachKindIsLoggedAndReadBackInCanonicalUnits) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);  // weighs 72 kg
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"weight", "72.4kg"}, R"({"kind": "weight", "value": 72.4})"},
        {{"food", "650kcal", "--protein", "30g", "--note", "pasta \"al dente\" — café 🍝"},
         R"({"kind": "food", "value": 650, "protein_g": 30, "note": "pasta \"al dente\" — café 🍝"})"},
        {{"water", "0.5l"}, R"({"kind": "water", "value": 500})"},
        {{"sleep", "7h30m", "--date", "2026-11-20", "--time", "07:15"},
         R"({"kind": "sleep", "value": 7.5, "date": "2026-11-20", "time": "07:15"})"},
        {{"steps", "8000"}, R"({"kind": "steps", "value": 8000})"},
        {{"alcohol", "1.5"}, R"({"kind": "alcohol", "value": 1.5})"},
        {{"cigarettes", "3"}, R"({"kind": "cigarettes", "value": 3})"},
        {{"cigarettes", "0"}, R"({"kind": "cigarettes", "value": 0})"},  // a smoke-free day
        {{"stress", "15min"}, R"({"kind": "stress", "value": 15})"},
        {{"standup", "8"}, R"({"kind": "standup", "value": 8})"},
        {{"measure", "--waist", "80cm", "--hip", "41in", "--thigh", "60cm", "--thigh-left", "59.5cm",
          "--thigh-right", "0.61m", "--neck", "33cm", "--body-fat", "30%"},
         R"({"kind": "measure", "waist_cm": 80, "hip_cm": 104.14, "thigh_cm": 60, "thigh_left_cm": 59.5,
             "thigh_right_cm": 61, "neck_cm": 33, "body_fat_percent": 30})"},
        // At the profile's 72 kg (no weight logged by the 19th): 22 glute bridges × 3 s = 66 s at
        // MET 3.0 → 3.0 × 72 × 66 / 3600 = 3.96 kcal; 30 min walking at MET 3.8 → 3.8 × 72 × 0.5 = 136.8.
        {{"workout", "--exercise", "glute-bridge:12,10@8", "--exercise", "walking:30min/2.5km",
          "--warm-up-skipped", "--date", "2026-11-19"},
         R"({"kind": "workout", "date": "2026-11-19", "warm_up_skipped": true, "energy_kcal": 140.76,
             "sets": [{"exercise": "glute-bridge", "reps": 12}, {"exercise": "glute-bridge", "reps": 10, "rpe": 8},
                      {"exercise": "walking", "minutes": 30, "distance_km": 2.5}]})"},
    };
    for (const auto& [args, expected] : cases) {
        std::vector<std::string> command{"log"};
        command.insert(command.end(), args.begin(), args.end());
        const std::int64_t id = logged(command);
        json stored = entry(id);
        ASSERT_FALSE(stored.is_null()) << args.front();
        json want = {{"id", id}, {"date", kToday}, {"time", "12:00"}};
        want.update(json::parse(expected));
        if (stored.contains("energy_kcal")) {
            EXPECT_NEAR(stored["energy_kcal"].get<double>(), 140.76, 1e-9);
            stored["energy_kcal"] = 140.76;
        }
        if (stored.contains("hip_cm")) {
            EXPECT_NEAR(stored["hip_cm"].get<double>(), 104.14, 1e-9);  // 41 × 2.54
            stored["hip_cm"] = 104.14;
        }
        EXPECT_EQ(stored, want) << stored.dump();
    }
    EXPECT_EQ(history().size(), cases.size());
    EXPECT_EQ(history({"--kind", "water"}).size(), 1u);
    EXPECT_EQ(history({"--since", "2026-11-20", "--until", "2026-11-20"}).at(0)["kind"], "sleep");
}

// Counted kinds read as a count, singular for one, without the kind's word before it ("Logged cigarettes
// 0 cigarettes" and "1 drinks" were printed before).
TEST_F(Journal, CountedKindsReadAsACountInTheirOwnWords) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"log", "alcohol", "1"}, "Logged 1 standard drink on "},
        {{"log", "alcohol", "2"}, "Logged 2 standard drinks on "},
        {{"log", "cigarettes", "0"}, "Logged 0 cigarettes on "},
        {{"log", "cigarettes", "1"}, "Logged 1 cigarette on "},
        {{"log", "steps", "8000"}, "Logged 8000 steps on "},
        {{"log", "standup", "1", "--note", "stairs"}, "Logged 1 standing break — stairs on "},
    };
    for (const auto& [args, start] : cases) {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        EXPECT_EQ(result.out.rfind(start, 0), 0U) << result.out;
    }
    const ProcessResult listed = hipfit({"history"});
    EXPECT_NE(listed.out.find("1 standard drink\n"), std::string::npos) << listed.out;
    EXPECT_EQ(listed.out.find("cigarettes 0"), std::string::npos) << listed.out;
}

TEST_F(Journal, ImperialNumbersAreReadInThePersonsUnits) {
    std::vector<std::string> init = metric_profile();
    init.insert(init.end(), {"--units", "imperial"});
    ASSERT_EQ(hipfit(init).exit_code, 0);
    const std::vector<std::pair<std::vector<std::string>, double>> cases = {
        {{"log", "weight", "158.7lb"}, 71.985109119},  // 158.7 × 0.45359237
        {{"log", "weight", "158.7"}, 71.985109119},    // a bare number is pounds
        {{"log", "weight", "72kg"}, 72.0},
        {{"log", "water", "16"}, 473.176473},  // 16 US fl oz × 29.5735295625 ml
        {{"log", "water", "500ml"}, 500.0},
    };
    for (const auto& [args, value] : cases) {
        EXPECT_NEAR(entry(logged(args))["value"].get<double>(), value, 1e-9) << args[2];
    }
    EXPECT_NEAR(entry(logged({"log", "measure", "--waist", "31.5"}))["waist_cm"].get<double>(), 80.01, 1e-9);
}

const json kFileSets = json::parse(R"([
    {"exercise": "glute-bridge", "reps": 12}, {"exercise": "glute-bridge", "reps": 10, "rpe": 8},
    {"exercise": "dumbbell-squat", "reps": 10, "load_kg": 8.0, "rpe": 7}, {"exercise": "wall-sit", "hold_seconds": 45},
    {"exercise": "sprint-intervals", "rounds": 6, "work_seconds": 20, "rest_seconds": 40},
    {"exercise": "walking", "minutes": 30.0, "distance_km": 2.5}])");

TEST_F(Journal, AWorkoutIsReadFromATextFileWithCommentsAndBlankLines) {
    const std::string file = write("legs.txt",
                                   "# Tuesday: legs\n\n"
                                   "glute-bridge:12,10@8   # felt good\r\n"
                                   "   dumbbell-squat:10x8kg@7\n"
                                   "\t\n"
                                   "wall-sit:45s;sprint-intervals:6x20s/40s\n"
                                   "# walking:10min\n"
                                   "walking:30min/2.5km");
    const json stored = entry(logged({"log", "workout", "--file", file}));
    EXPECT_EQ(stored["sets"], kFileSets) << stored.dump();
    EXPECT_EQ(stored["warm_up_skipped"], false);
}

TEST_F(Journal, AWorkoutIsReadFromAJsonFileAfterTheGivenExercises) {
    const std::string file = write("legs.json", "  \n" + kFileSets.dump(2));
    const json stored = entry(logged({"log", "workout", "--exercise", "squat:15", "--file", file}));
    json expected = json::array({{{"exercise", "squat"}, {"reps", 15}}});
    for (const json& s : kFileSets) expected.push_back(s);
    EXPECT_EQ(stored["sets"], expected) << stored.dump();
}

TEST_F(Journal, ABrokenLineInAWorkoutFileIsNamedAndNothingIsWritten) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    logged({"log", "water", "500ml"});
    const std::string before = stored_bytes();
    const std::vector<std::pair<std::string, std::string>> files = {
        {"# legs\nglute-bridge:12\nwall-sit:30x\nwalking:30min\n", ":3"},
        {"glute-bridge:12\n\nbicep-curl:12\n", ":3: no exercise 'bicep-curl'"},
        {"glute-bridge:12\nglute-bridge:201\n", "201 reps is outside"},  // parses, but out of range
        {"[{\"exercise\": \"squat\", \"reps\": \"ten\"}]", "set 1, field reps"},
        {"[{\"exercise\": \"squat\"", "not valid JSON"},
        {"[{\"exercise\": \"squat\", \"reps\": 10}, {\"exercise\": \"moonwalk\", \"reps\": 10}]",
         "set 2: no exercise 'moonwalk'"},
    };
    for (const auto& [text, mentions] : files) {
        const std::string file = write("broken.txt", text);
        const ProcessResult result = hipfit({"log", "workout", "--file", file});
        EXPECT_EQ(result.exit_code, 2) << text;
        const std::string named = mentions.starts_with(":") ? file + mentions : mentions;
        EXPECT_NE(result.err.find(named), std::string::npos) << result.err;
        EXPECT_EQ(result.out, "");
        EXPECT_EQ(stored_bytes(), before) << text;
    }
    EXPECT_EQ(history().size(), 1u);
}

TEST_F(Journal, EditChangesOnlyWhatIsGiven) {
    const std::int64_t food = logged({"log", "food", "650", "--protein", "30", "--note", "lunch", "--date",
                                      "2026-11-20", "--time", "13:00"});
    const std::int64_t measure = logged({"log", "measure", "--waist", "80cm", "--hip", "104cm"});
    const json other = entry(measure);
    json expected = entry(food);
    run_ok({"edit", std::to_string(food), "--protein", "35"});
    expected["protein_g"] = 35.0;
    EXPECT_EQ(entry(food), expected);
    run_ok({"edit", std::to_string(food), "700kcal", "--note", "late lunch"});
    expected["value"] = 700.0;
    expected["note"] = "late lunch";
    EXPECT_EQ(entry(food), expected);
    run_ok({"edit", std::to_string(food), "--date", "2026-11-21", "--time", "12:30"});
    expected["date"] = "2026-11-21";
    expected["time"] = "12:30";
    EXPECT_EQ(entry(food), expected);
    EXPECT_EQ(entry(measure), other);
    run_ok({"edit", std::to_string(measure), "--waist", "79cm"});
    json measured = other;
    measured["waist_cm"] = 79.0;
    EXPECT_EQ(entry(measure), measured);
}

TEST_F(Journal, DeleteThenUndoRestoresTheEntryWithItsId) {
    logged({"log", "water", "250ml"});
    const std::int64_t id = logged({"log", "workout", "--exercise", "walking:20min/1.5km;wall-sit:30s@6",
                                    "--note", "park", "--warm-up-skipped"});
    logged({"log", "water", "300ml"});
    const json all = history();
    const json stored = entry(id);
    const std::string out = run_ok({"delete", std::to_string(id)});
    EXPECT_NE(out.find("Deleted entry " + std::to_string(id)), std::string::npos) << out;
    EXPECT_TRUE(entry(id).is_null());
    EXPECT_EQ(history().size(), 2u);
    EXPECT_EQ(run_ok({"undo"}), "Undid deleting entry " + std::to_string(id) + ".\n");
    EXPECT_EQ(entry(id), stored);
    EXPECT_EQ(history(), all);
}

TEST_F(Journal, UndoTwiceWalksBack) {
    const std::int64_t water = logged({"log", "water", "250ml"});
    const json original = history();
    const std::int64_t food = logged({"log", "food", "400"});
    run_ok({"edit", std::to_string(water), "300ml"});
    EXPECT_EQ(run_ok({"undo"}), "Undid editing entry " + std::to_string(water) + ".\n");
    EXPECT_EQ(entry(water)["value"], 250.0);
    EXPECT_FALSE(entry(food).is_null());
    EXPECT_EQ(run_ok({"undo"}), "Undid adding entry " + std::to_string(food) + ".\n");
    EXPECT_EQ(history(), original);
    EXPECT_EQ(run_ok({"undo"}), "Undid adding entry " + std::to_string(water) + ".\n");
    EXPECT_EQ(run_ok({"undo"}), "Nothing to undo.\n");
    EXPECT_EQ(history(), json::array());
}

TEST_F(Journal, UndoOnAFreshMachineCreatesNothing) {
    EXPECT_EQ(run_ok({"undo"}), "Nothing to undo.\n");
    EXPECT_EQ(run_ok({"history", "--json"}), "[]\n");
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

struct BadEntry {
    std::vector<std::string> args;
    std::string mentions;  // what the message must name
};

void PrintTo(const BadEntry& bad, std::ostream* out) {
    for (const std::string& arg : bad.args) *out << "'" << arg.substr(0, 40) << "' ";
}

// Entry 1 is water, entry 2 a workout (set up by the test).
const std::vector<BadEntry> kBadEntries = {
    {{"log", "water", "5001ml"}, "water: 5001 ml is outside the accepted range 10–5000 ml"},
    {{"log", "water", "9ml"}, "water"},
    {{"log", "weight", "29kg"}, "weight"},
    {{"log", "sleep", "17h"}, "sleep"},
    {{"log", "steps", "100001"}, "steps"},
    {{"log", "alcohol", "31"}, "alcohol"},
    {{"log", "standup", "0"}, "standup"},
    {{"log", "food", "650", "--protein", "401"}, "--protein"},
    {{"log", "measure", "--waist", "39cm"}, "--waist"},
    {{"log", "measure", "--body-fat", "71%"}, "--body-fat"},
    {{"log", "measure"}, "at least one"},
    {{"log", "workout"}, "--exercise"},
    {{"log", "workout", "--exercise", "glute-bridge:201"}, "--exercise"},
    {{"log", "workout", "--exercise", "glute-bridge:12@11"}, "--exercise"},
    {{"log", "workout", "--exercise", "glute-bridge:12", "--exercise", "bicep-curl:12"}, "'bicep-curl'"},
    {{"log", "workout", "--file", "/nonexistent/legs.txt"}, "--file"},
    {{"log", "water", "500ml", "--date", "2026-11-22"}, "2026-11-22 is in the future"},
    {{"log", "water", "500ml", "--date", "1899-12-31"}, "--date"},
    {{"log", "water", "500ml", "--date", "2026-02-30"}, "--date"},
    {{"log", "water", "500ml", "--time", "24:00"}, "--time"},
    {{"log", "water", "7O"}, "water: '7O'"},
    {{"log", "steps", "1e9"}, "steps"},
    {{"log", "weight", "nan"}, "weight"},
    {{"log", "water", "-1"}, "water"},
    {{"log", "water", ""}, "water"},
    {{"log", "water", "500ml", "--protein", "30"}, "--protein: applies to food entries, not to water"},
    {{"log", "water", "500ml", "--waist", "80cm"}, "--waist"},
    {{"log", "weight", "72kg", "--exercise", "glute-bridge:12"}, "--exercise"},
    {{"log", "measure", "80cm"}, "VALUE"},
    {{"log", "workout", "40", "--exercise", "squat:10"}, "VALUE"},
    {{"log", "nap", "1h"}, "'nap'"},
    {{"log", "water"}, "give the value"},
    {{"log"}, "kind"},
    {{"log", "water", "500ml", "--note", std::string(1001, 'n')}, "--note"},
    {{"log", "water", "500ml", "--bogus"}, "--bogus"},
    {{"edit", "999", "--note", "x"}, "no entry 999"},
    {{"delete", "999"}, "no entry 999"},
    {{"edit", "0"}, "ID"},
    {{"delete", "abc"}, "ID"},
    {{"edit", "1", "--protein", "30"}, "--protein"},
    {{"edit", "1", "5001ml"}, "water"},
    {{"edit", "1", "--date", "2026-11-22"}, "--date"},
    {{"edit", "2", "--exercise", "glute-bridge:0"}, "--exercise"},
    {{"edit", "2", "80"}, "VALUE"},
};

class JournalBadInput : public Journal, public ::testing::WithParamInterface<BadEntry> {};

TEST_P(JournalBadInput, ExitsTwoNamesTheProblemAndLeavesTheDatabaseAsItWas) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    ASSERT_EQ(logged({"log", "water", "500ml"}), 1);
    ASSERT_EQ(logged({"log", "workout", "--exercise", "glute-bridge:12"}), 2);
    const std::string before = stored_bytes();  // every hipfit has exited
    const ProcessResult result = hipfit(GetParam().args);
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_NE(result.err.find(GetParam().mentions), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(stored_bytes(), before);
}

TEST_F(Journal, TheStoredBytesShowEveryWrite) {  // so that the comparisons above can fail
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    logged({"log", "water", "500ml"});
    for (const std::vector<std::string>& write : {std::vector<std::string>{"log", "water", "600ml"},
                                                  {"edit", "1", "--note", "x"},
                                                  {"delete", "2"},
                                                  {"undo"}}) {
        const std::string before = stored_bytes();
        run_ok(write);
        EXPECT_NE(stored_bytes(), before) << write.front();
    }
}

INSTANTIATE_TEST_SUITE_P(EveryKind, JournalBadInput, ::testing::ValuesIn(kBadEntries));

TEST_F(Journal, ABadEntryOnAFreshMachineCreatesNoDatabase) {
    for (const BadEntry& bad : kBadEntries) {
        EXPECT_EQ(hipfit(bad.args).exit_code, 2) << bad.args.at(0);
        EXPECT_EQ(read_file_or_missing(database()), "<missing>") << bad.args.back().substr(0, 40);
    }
}

// The refusal names the flag actually given (it once named --exercise).
TEST_F(Journal, AMisplacedWarmUpFlagIsNamed) {
    const ProcessResult result = hipfit({"log", "water", "500ml", "--warm-up-skipped"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("--warm-up-skipped"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace hipfit::testing
