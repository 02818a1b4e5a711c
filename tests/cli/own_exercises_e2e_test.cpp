// A person's own exercises through the binary (docs/exercises.md, "Your own exercises"): 'exercises add',
// '--mine' and 'remove'; logged, shown and given a history like the catalog's; exported and imported
// with the journal (an import's own exercises undone with it); bad input exits 2 and writes nothing.
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class OwnExercisesCli : public HipfitBinary {
  protected:
    void SetUp() override { ASSERT_EQ(hipfit(metric_profile()).exit_code, 0); }

    std::string ok(const std::vector<std::string>& args) const {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.out;
    }

    // Body weight only, so that anyone's plan may take it in place of the squat.
    void add_hip_thrust_without_equipment() const {
        ok({"exercises", "add", "Hip thrust", "--kind", "strength", "--muscles", "gluteus-maximus", "--also",
            "hamstrings"});
    }

    void add_hip_thrust() const {
        ok({"exercises", "add", "Hip thrust", "--kind", "strength", "--muscles", "gluteus-maximus", "--also",
            "hamstrings,core", "--equipment", "barbell", "--met", "5"});
    }
};

TEST_F(OwnExercisesCli, AnAddedExerciseIsListedShownAndLogged) {
    EXPECT_EQ(ok({"exercises", "add", "Hip thrust", "--kind", "strength", "--muscles", "gluteus-maximus",
                  "--also", "hamstrings,core", "--equipment", "barbell", "--met", "5"}),
              "Added Hip thrust (own-hip-thrust), strength, 5 MET. 'hipfit log workout --exercise "
              "own-hip-thrust:SETS' logs it.\n");
    const std::string mine = ok({"exercises", "--mine"});
    EXPECT_NE(mine.find("own-hip-thrust"), std::string::npos) << mine;
    EXPECT_NE(mine.find("1 exercise of your own."), std::string::npos) << mine;
    EXPECT_NE(ok({"exercises"}).find("own-hip-thrust"), std::string::npos);
    const json shown = json::parse(ok({"exercise", "own-hip-thrust", "--json"}));
    EXPECT_EQ(shown["own"], true);
    EXPECT_EQ(shown["met"], 5.0);
    EXPECT_EQ(shown["secondary_muscles"], json::array({"hamstrings", "core"}));

    ok({"log", "workout", "--date", "2026-11-20", "--time", "18:00", "--exercise",
        "own-hip-thrust:10x40kg,8x40kg"});
    EXPECT_NE(ok({"history"}).find("Hip thrust"), std::string::npos);
    const json history = json::parse(ok({"history", "--exercise", "own-hip-thrust", "--json"}));
    EXPECT_EQ(history["name"], "Hip thrust");
    ASSERT_EQ(history["sessions"].size(), 1U);
    EXPECT_EQ(history["sessions"][0]["sets"].size(), 2U);
}

TEST_F(OwnExercisesCli, WithoutOneOfTheirOwnMineSaysHowToAddOne) {
    EXPECT_EQ(ok({"exercises", "--mine"}),
              "0 exercises of your own. 'hipfit exercise ID' shows one.\n"
              "'hipfit exercises add NAME --kind KIND --muscles MUSCLE,…' adds one.\n");
}

TEST_F(OwnExercisesCli, BadInputExits2NamingTheOptionAndWritesNothing) {
    add_hip_thrust();
    const std::string before = stored_bytes();
    const std::vector<std::vector<std::string>> bad{
        {"exercises", "add", "Row", "--kind", "juggling", "--muscles", "core"},
        {"exercises", "add", "Row", "--kind", "strength", "--muscles", "biceps"},
        {"exercises", "add", "Row", "--kind", "strength", "--muscles", "core", "--met", "25"},
        {"exercises", "add", "Row", "--kind", "strength", "--muscles", "core", "--also", "core"},
        {"exercises", "add", "HIP THRUST", "--kind", "strength", "--muscles", "core"},
        {"exercises", "add", "", "--kind", "strength", "--muscles", "core"},
        {"exercises", "remove", "own-nothing"},
        {"exercises", "remove", "glute-bridge"},
    };
    for (const auto& args : bad) {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 2) << args[2] << ": " << result.out;
        EXPECT_NE(result.err.find("error"), std::string::npos) << result.err;
    }
    EXPECT_EQ(stored_bytes(), before);
}

TEST_F(OwnExercisesCli, OneThatLoggedSetsUseIsKeptUntilTheyAreDeleted) {
    add_hip_thrust();
    ok({"log", "workout", "--date", "2026-11-20", "--time", "18:00", "--exercise", "own-hip-thrust:10x40kg"});
    const ProcessResult refused = hipfit({"exercises", "remove", "own-hip-thrust"});
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("1 logged set of 'own-hip-thrust' would become unreadable"), std::string::npos)
        << refused.err;
    ok({"delete", "1"});
    EXPECT_EQ(ok({"exercises", "remove", "own-hip-thrust"}), "Removed Hip thrust (own-hip-thrust).\n");
    EXPECT_EQ(hipfit({"exercise", "own-hip-thrust"}).exit_code, 2);
}

TEST_F(OwnExercisesCli, TheyTravelWithTheExportAndAnImportIsUndoneWithThem) {
    add_hip_thrust();
    ok({"log", "workout", "--date", "2026-11-20", "--time", "18:00", "--exercise", "own-hip-thrust:10x40kg"});
    const std::string file = dir_.file("all.json");
    ok({"export", "--out", file});
    const json document = json::parse(read_file_or_missing(file));
    ASSERT_EQ(document["own_exercises"].size(), 1U);
    EXPECT_EQ(document["own_exercises"][0]["id"], "own-hip-thrust");

    const std::string fresh = dir_.file("fresh.db");
    auto on_fresh = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", fresh});
        return hipfit(args);
    };
    const ProcessResult imported = on_fresh({"import", file, "--json"});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(json::parse(imported.out)["own_exercises_imported"], 1);
    EXPECT_EQ(on_fresh({"export"}).out, read_file_or_missing(file))
        << "export, import, export: the same bytes";
    ASSERT_EQ(on_fresh({"undo"}).exit_code, 0);
    EXPECT_EQ(on_fresh({"exercise", "own-hip-thrust"}).exit_code, 2) << "undone with the import";
}

TEST_F(OwnExercisesCli, OneIsSwappedIntoThePlanAndShownWhereverThePlanIs) {
    add_hip_thrust_without_equipment();
    const std::string alternatives = ok({"plan", "--alternatives", "squat"});
    EXPECT_NE(alternatives.find("own-hip-thrust               Hip thrust"), std::string::npos)
        << alternatives;
    EXPECT_EQ(ok({"plan", "--swap", "squat=own-hip-thrust"}),
              "Hip thrust replaces Squat in your plan; 'hipfit plan --unswap squat' undoes it.\n");
    EXPECT_NE(ok({"plan", "--weeks", "1"}).find("Hip thrust (instead of Squat) — 2 × 8, rest 60 s"),
              std::string::npos);
    // Friday 2026-11-27 held the squat: its session, its guided workout and the calendar have the thrust.
    const ProcessResult friday =
        run_process(HIPFIT_BINARY, {"today"},
                    {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", "2026-11-27"}, {"HOME", dir_.path()}});
    EXPECT_NE(friday.out.find("Hip thrust (instead of Squat) — 2 × 8, rest 60 s"), std::string::npos)
        << friday.out;
    const json script = json::parse(ok({"workout", "--json", "--date", "2026-11-27"}));
    bool played = false;
    for (const json& step : script["steps"])
        played = played || (step.value("exercise", "") == "own-hip-thrust" && step["name"] == "Hip thrust");
    EXPECT_TRUE(played) << script.dump(2);
    const std::string calendar = dir_.file("plan.ics");
    ok({"plan", "--ics", calendar});
    EXPECT_NE(read_file_or_missing(calendar).find("Hip thrust"), std::string::npos);
    // While the plan has it in place of the squat it stays: the swap is undone first.
    const ProcessResult kept = hipfit({"exercises", "remove", "own-hip-thrust"});
    EXPECT_EQ(kept.exit_code, 2);
    EXPECT_NE(
        kept.err.find("'own-hip-thrust' replaces 'squat' in your plan; undo that swap first ('hipfit plan "
                      "--unswap squat')"),
        std::string::npos)
        << kept.err;
    EXPECT_EQ(ok({"plan", "--unswap", "own-hip-thrust"}), "Your plan has Squat again.\n");
    EXPECT_EQ(ok({"exercises", "remove", "own-hip-thrust"}), "Removed Hip thrust (own-hip-thrust).\n");
}

}  // namespace
}  // namespace hipfit::testing
