// hipfit today through the binary: the program's session for the day, the targets, and the sums.
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class Today : public HipfitBinary {
  protected:
    // The profile is created on 2026-11-21 (a Saturday): the program starts that day.
    void SetUp() override {
        std::vector<std::string> args = metric_profile();
        args.insert(args.end(), {"--days", "mon,wed,fri"});
        ASSERT_EQ(hipfit(args).exit_code, 0);
    }

    json today_on(const std::string& day) const {
        const ProcessResult result = run_process(HIPFIT_BINARY, {"today", "--json"},
                                                 {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", day}});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out);
    }
};

TEST_F(Today, ARestDayHasNoSessionButStillTheTargets) {
    const json today = today_on(kToday);  // Saturday
    EXPECT_EQ(today["date"], kToday);
    EXPECT_TRUE(today["session"].is_null());
    const json assessment = assess_json();
    EXPECT_DOUBLE_EQ(today["targets"]["energy_kcal"].get<double>(), assessment["target_kcal"].get<double>());
    EXPECT_DOUBLE_EQ(today["targets"]["protein_g"].get<double>(), assessment["protein_g"].get<double>());
    EXPECT_DOUBLE_EQ(today["targets"]["water_ml"].get<double>(), 1600.0);
    EXPECT_EQ(today["targets"]["sleep_h"], json::array({7.0, 9.0}));
    EXPECT_EQ(today["targets"]["steps"], 8000);
    EXPECT_EQ(today["targets"]["standing_breaks"], 8);
}

TEST_F(Today, ATrainingDayShowsTheSessionThePlanHasForIt) {
    const ProcessResult plan = hipfit({"plan", "--json", "--weeks", "3"});
    ASSERT_EQ(plan.exit_code, 0) << plan.err;
    // Wednesday of the program's second week.
    const json document = json::parse(plan.out);
    json planned;
    for (const json& week : document["weeks"]) {
        for (const json& session : week["sessions"]) {
            if (session["date"] == "2026-12-02")
                planned = session;
        }
    }
    ASSERT_FALSE(planned.is_null());
    EXPECT_EQ(today_on("2026-12-02")["session"], planned);
    EXPECT_TRUE(today_on("2026-12-03")["session"].is_null());  // a Thursday
}

TEST_F(Today, AddsUpWhatWasLoggedThatDayOnly) {
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"log", "food", "650", "--protein", "30"},
             {"log", "food", "400", "--protein", "25.5"},
             {"log", "food", "999", "--date", "2026-11-20"},  // yesterday: not counted
             {"log", "water", "500ml"},
             {"log", "water", "0.25l"},
             {"log", "sleep", "7h30m"},
             {"log", "steps", "4200"},
             {"log", "steps", "3100"},
             {"log", "standup", "3"},
             {"log", "weight", "71.8kg", "--time", "07:00"},
             {"log", "workout", "--exercise", "walking:30min"},
         }) {
        const ProcessResult result = hipfit(args);
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
    const json logged = today_on(kToday)["logged"];
    EXPECT_DOUBLE_EQ(logged["energy_kcal"].get<double>(), 1050.0);
    EXPECT_DOUBLE_EQ(logged["protein_g"].get<double>(), 55.5);
    EXPECT_DOUBLE_EQ(logged["water_ml"].get<double>(), 750.0);
    EXPECT_DOUBLE_EQ(logged["sleep_h"].get<double>(), 7.5);
    EXPECT_DOUBLE_EQ(logged["steps"].get<double>(), 7300.0);
    EXPECT_DOUBLE_EQ(logged["standing_breaks"].get<double>(), 3.0);
    EXPECT_DOUBLE_EQ(logged["weight_kg"].get<double>(), 71.8);
    EXPECT_EQ(logged["workouts"], 1);
    // Walking at its catalog MET × 71.8 kg × 0.5 h (the day's weight is the latest logged).
    const ProcessResult walking = hipfit({"exercise", "walking", "--json"});
    const double met = json::parse(walking.out)["met"].get<double>();
    EXPECT_NEAR(logged["workout_kcal"].get<double>(), met * 71.8 * 0.5, 1e-9);
}

TEST_F(Today, TheTextNamesTheSessionAndTheTargets) {
    const ProcessResult result =
        run_process(HIPFIT_BINARY, {"today"}, {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", "2026-11-23"}});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const char* expected : {"a training day (week 1 of your program)", "Warm-up", "Cool-down", "Energy",
                                 "1703 kcal", "Standing breaks"}) {
        EXPECT_NE(result.out.find(expected), std::string::npos) << expected << "\n" << result.out;
    }
}

TEST(TodayWithoutProfile, SaysToRunInit) {
    TempDir dir;
    const ProcessResult result =
        run_process(HIPFIT_BINARY, {"today"}, {{"HIPFIT_DB", dir.file("h.db")}, {"HIPFIT_TODAY", kToday}});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("hipfit init"), std::string::npos) << result.err;
    EXPECT_EQ(read_file_or_missing(dir.file("h.db")), "<missing>");
}

}  // namespace
}  // namespace hipfit::testing
