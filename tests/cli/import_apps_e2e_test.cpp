// 'hipfit import' of another app's file (docs/import.md), through the real binary: the format recognised
// from the content, a dry run that prints the summary and writes nothing, the import, the same file again
// adding nothing, undo taking it all back, --json, and every kind of bad file refused naming the file and
// line with exit status 2 and nothing written.
#include <fstream>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

const std::string kStrong =
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout "
    "Notes,RPE\n"
    "2026-11-02 18:00:00,Legs,45m,Squat (Barbell),W,20,10,0,0,,,\n"
    "2026-11-02 18:00:00,Legs,45m,Squat (Barbell),1,60,8,0,0,,,\n"
    "2026-11-02 18:00:00,Legs,45m,Squat (Barbell),2,60,8,0,0,,,\n"
    "2026-11-02 18:00:00,Legs,45m,Cable Pull Through,1,20,12,0,0,,,\n"
    "2026-11-02 18:00:00,Legs,45m,Rest Timer,Rest Timer,0,0,0,90,,,\n"
    "2026-11-05 07:30:00,Glutes,30m,Hip Thrust (Barbell),1,80,10,0,0,,,\n";

class ImportApps : public HipfitBinary {
  protected:
    std::string write(const std::string& name, const std::string& bytes) const {
        std::ofstream(dir_.file(name), std::ios::binary) << bytes;
        return dir_.file(name);
    }

    // What each refusal must leave: exit status 2, the message naming the file (and line), nothing stored.
    void expect_refused(const std::vector<std::string>& args, const std::string& needle) const {
        const std::string before = stored_bytes();
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
        EXPECT_NE(result.err.find(needle), std::string::npos) << result.err;
        EXPECT_EQ(stored_bytes(), before) << "a refused import wrote";
    }

    json workouts() const {
        const ProcessResult result = hipfit({"export"});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        json found = json::array();
        const json exported = json::parse(result.out);
        for (const json& e : exported["entries"]) {
            if (e["kind"] == "workout")
                found.push_back(e);
        }
        return found;
    }
};

TEST_F(ImportApps, ADryRunPrintsWhatTheFileHoldsAndWritesNothing) {
    const std::string file = write("strong.csv", kStrong);
    const ProcessResult result = hipfit({"import", file, "--dry-run"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Strong"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Would import 2 workouts."), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Squat (Barbell) → Squat, 3 sets"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Hip Thrust (Barbell) → Glute bridge, 1 set"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Cable Pull Through → Cable Pull Through (new, your own), 1 set"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("Would add 1 exercise of your own"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("rest"), std::string::npos) << "the rest timer row is said to be left out\n"
                                                          << result.out;
    EXPECT_NE(result.out.find("Nothing was written (--dry-run)."), std::string::npos) << result.out;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>") << "a dry run made a database";
}

TEST_F(ImportApps, ImportingTwiceAddsNothingTheSecondTimeAndUndoTakesItAllBack) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const std::string file = write("strong.csv", kStrong);
    const ProcessResult first = hipfit({"import", file});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_NE(first.out.find("Imported 2 workouts."), std::string::npos) << first.out;
    EXPECT_NE(first.out.find("'hipfit undo' takes the whole import back."), std::string::npos) << first.out;
    const json stored = workouts();
    ASSERT_EQ(stored.size(), 2u);
    // The warm-up set is kept, marked; the squat's load is exact.
    const json& legs = stored[0];
    ASSERT_EQ(legs["sets"].size(), 4u);
    EXPECT_EQ(legs["sets"][0]["warm_up"], true);
    EXPECT_FALSE(legs["sets"][1].contains("warm_up"));
    EXPECT_EQ(legs["sets"][1]["load_kg"], 60.0);
    EXPECT_TRUE(legs["source"].get<std::string>().starts_with("strong:"));

    const ProcessResult again = hipfit({"import", file, "--json"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    const json summary = json::parse(again.out);
    EXPECT_EQ(summary["imported"], 0);
    EXPECT_EQ(summary["already_there"], 2);
    EXPECT_EQ(summary["from"], "strong");
    EXPECT_EQ(workouts().size(), 2u);

    // The history shows the warm-up as one, and no best comes of it.
    const ProcessResult history = hipfit({"history", "--exercise", "squat"});
    ASSERT_EQ(history.exit_code, 0) << history.err;
    EXPECT_NE(history.out.find("10 reps at 20 kg (warm-up) · 8 reps at 60 kg"), std::string::npos)
        << history.out;
    EXPECT_EQ(history.out.find("Most reps in a set: 10 reps"), std::string::npos) << history.out;

    ASSERT_EQ(hipfit({"undo"}).exit_code, 0);
    EXPECT_EQ(workouts().size(), 0u);
    const ProcessResult mine = hipfit({"exercises", "--mine"});
    EXPECT_EQ(mine.out.find("Cable Pull Through"), std::string::npos)
        << "undo left the import's own exercise\n"
        << mine.out;
}

TEST_F(ImportApps, TheJsonSummaryNamesWhatEachExerciseBecame) {
    const ProcessResult result = hipfit({"import", write("strong.csv", kStrong), "--dry-run", "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json summary = json::parse(result.out);
    EXPECT_EQ(summary["dry_run"], true);
    EXPECT_EQ(summary["imported"], 2);
    EXPECT_EQ(summary["imported_by_kind"]["workout"], 2);
    EXPECT_EQ(summary["own_exercises_imported"], 1);
    bool squat = false;
    for (const json& m : summary["exercises"]) {
        if (m["name"] == "Squat (Barbell)") {
            squat = true;
            EXPECT_EQ(m["exercise"], "squat");
            EXPECT_EQ(m["match"], "catalog");
            EXPECT_EQ(m["sets"], 3);
        }
    }
    EXPECT_TRUE(squat) << result.out;
}

TEST_F(ImportApps, BadFilesAreRefusedNamingTheFileAndLineAndWriteNothing) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    expect_refused({"import", write("photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11))},
                   "photo.jpg: hipfit does not recognise this file");
    expect_refused({"import", write("binary.csv", kStrong + std::string("2026-11-06 07:30:00,G\0,30m", 26)),
                    "--from", "strong"},
                   "binary.csv:8: holds binary data");
    expect_refused(
        {"import",
         write("latin1.csv", kStrong + "2026-11-06 07:30:00,Fu\xDF,30m,Squat (Barbell),1,60,8,0,0,,,\n"),
         "--from", "strong"},
        "latin1.csv:8: is not UTF-8");
    expect_refused(
        {"import", write("open.csv", kStrong + "2026-11-06 07:30:00,\"Legs,30m,Squat,1,60,8,0,0,,,\n"),
         "--from", "strong"},
        "open.csv:8: a quoted field is never closed");
    expect_refused(
        {"import", write("long.csv", kStrong + "2026-11-06 07:30:00," + std::string(2 << 20, 'x') + "\n"),
         "--from", "strong"},
        "long.csv:8: a record longer than");
    expect_refused(
        {"import",
         write("weight.csv", kStrong + "2026-11-06 07:30:00,Legs,30m,Squat (Barbell),1,heavy,8,0,0,,,\n")},
        "weight.csv:8:");
    expect_refused({"import", write("strong2.csv", kStrong), "--from", "nonsense"},
                   "from: 'nonsense' is not one of");
    expect_refused({"import", write("any.csv", "Day,Kilos\n2026-11-01,72.5\n"), "--from", "csv"}, "--map");
    expect_refused({"import", dir_.file("missing.csv")}, "there is no file");
}

TEST_F(ImportApps, HipfitsOwnExportStillImportsAndItsDryRunWritesNothing) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    ASSERT_EQ(hipfit({"log", "weight", "72.4kg", "--date", "2026-11-10"}).exit_code, 0);
    const ProcessResult exported = hipfit({"export", "--out", dir_.file("mine.json")});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    ASSERT_EQ(hipfit({"delete", "1"}).exit_code, 0);
    const std::string before = stored_bytes();
    const ProcessResult dry = hipfit({"import", dir_.file("mine.json"), "--dry-run"});
    ASSERT_EQ(dry.exit_code, 0) << dry.err;
    EXPECT_NE(dry.out.find("Would import 1 entry"), std::string::npos) << dry.out;
    EXPECT_EQ(stored_bytes(), before);
    const ProcessResult real = hipfit({"import", dir_.file("mine.json")});
    ASSERT_EQ(real.exit_code, 0) << real.err;
    EXPECT_NE(real.out.find("Imported 1 entry"), std::string::npos) << real.out;
}

}  // namespace
}  // namespace hipfit::testing
