// 'hipfit history --exercise ID': one exercise's sessions and bests, as text and as JSON (issue 14, point 7).
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class ExerciseHistoryCli : public HipfitBinary {
  protected:
    void SetUp() override { ASSERT_EQ(hipfit(metric_profile()).exit_code, 0); }

    std::string ok(const std::vector<std::string>& args) const {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.out;
    }

    void log_squats() const {
        ok({"log", "workout", "--date", "2026-11-10", "--time", "18:00", "--exercise",
            "squat:12x10kg,10x10kg@8"});
        ok({"log", "workout", "--date", "2026-11-14", "--time", "07:30", "--exercise",
            "squat:5x100kg,15,20x5kg", "--exercise", "walking:32.5min"});
    }
};

TEST_F(ExerciseHistoryCli, TheSessionsAndTheBestsAsText) {
    log_squats();
    EXPECT_EQ(ok({"history", "--exercise", "squat"}),
              "Squat: 2 sessions\n"
              "\n"
              "Bests\n"
              "  Best set (estimated one-rep max): 5 reps at 100 kg (about 116.7 kg) on 2026-11-14\n"
              "  Most reps: 20 reps at 5 kg on 2026-11-14\n"
              "  Most reps at body weight: 15 reps on 2026-11-14\n"
              "\n"
              "Sessions\n"
              "  2026-11-10 18:00  12 reps at 10 kg · 10 reps at 10 kg, RPE 8\n"
              "  2026-11-14 07:30  5 reps at 100 kg · 15 reps · 20 reps at 5 kg\n");
    EXPECT_EQ(ok({"history", "--exercise", "walking"}),
              "Brisk walking: 1 session\n\nBests\n  Longest bout: 32.5 min on 2026-11-14\n\nSessions\n"
              "  2026-11-14 07:30  32.5 min\n");
}

TEST_F(ExerciseHistoryCli, TheJsonHasTheDocumentedKeys) {
    log_squats();
    const json h = json::parse(ok({"history", "--exercise", "squat", "--json"}));
    EXPECT_EQ(h["exercise"], "squat");
    EXPECT_EQ(h["name"], "Squat");
    EXPECT_EQ(h["units"], "metric");
    EXPECT_EQ(h["nothing_logged"], false);
    EXPECT_TRUE(h["message"].is_null());
    ASSERT_EQ(h["sessions"].size(), 2U);
    const json& first = h["sessions"][0];
    EXPECT_EQ(first["date"], "2026-11-10");
    EXPECT_EQ(first["time"], "18:00");
    EXPECT_EQ(first["sets"].size(), 2U);
    EXPECT_EQ(first["sets"][1]["rpe"], 8);
    EXPECT_DOUBLE_EQ(first["estimated_one_rep_max_kg"].get<double>(), 14.0);  // 10 × (1 + 12/30)
    EXPECT_EQ(first["most_reps"], 12);
    EXPECT_TRUE(first["longest_hold_seconds"].is_null());
    const json& best = h["bests"]["estimated_one_rep_max"];
    EXPECT_EQ(best["date"], "2026-11-14");
    EXPECT_EQ(best["set"]["reps"], 5);
    EXPECT_DOUBLE_EQ(best["set"]["load_kg"].get<double>(), 100.0);
    EXPECT_NEAR(best["estimated_one_rep_max_kg"].get<double>(), 116.667, 0.001);
    EXPECT_EQ(h["bests"]["most_reps"]["set"]["reps"], 20);
    EXPECT_EQ(h["bests"]["most_reps_body_weight"]["set"]["reps"], 15);
    EXPECT_TRUE(h["bests"]["longest_hold"].is_null());
    EXPECT_TRUE(h["bests"]["longest_bout"].is_null());
}

TEST_F(ExerciseHistoryCli, NeverLoggedSaysSoPlainly) {
    EXPECT_EQ(ok({"history", "--exercise", "wall-sit"}),
              "Wall sit has not been logged yet. 'hipfit log workout --help' shows how to log it.\n");
    const json h = json::parse(ok({"history", "--exercise", "wall-sit", "--json"}));
    EXPECT_EQ(h["nothing_logged"], true);
    EXPECT_EQ(h["message"], "Wall sit has not been logged yet.");
    EXPECT_EQ(h["sessions"], json::array());
}

TEST_F(ExerciseHistoryCli, AnUnknownIdExitsTwoNamingIt) {
    const ProcessResult result = hipfit({"history", "--exercise", "squatt"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("there is no exercise 'squatt'"), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    const ProcessResult mixed = hipfit({"history", "--exercise", "squat", "--kind", "workout"});
    EXPECT_EQ(mixed.exit_code, 2);
    EXPECT_NE(mixed.err.find("--exercise"), std::string::npos) << mixed.err;
}

}  // namespace
}  // namespace hipfit::testing
