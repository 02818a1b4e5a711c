// hipfit stats through the real binary: a week logged with --date, then the figures as JSON and text;
// no database, no profile, and bad flags exit as they should and change nothing.
#include <cmath>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

constexpr double kTight = 1e-9;

// Trend by hand (Hacker's Diet, 10 % a day, gaps compounded):
//   Nov 14: 72.0
//   Nov 16: 72.0 + (1 − 0.9²)(71.0 − 72.0) = 71.81
//   Nov 21: 71.81 + (1 − 0.9⁵)(71.0 − 71.81) = 71.81 − 0.40951 × 0.81 = 71.4782969
constexpr double kTrendEnd = 71.81 - (1 - 0.59049) * 0.81;

class StatsBinary : public HipfitBinary {
  protected:
    // The program starts on Monday Nov 9: sessions Mon/Wed/Fri. Today (the fixture's) is Saturday Nov 21.
    void init_on_monday() const {
        const ProcessResult result = hipfit_with_environment(
            metric_profile(),
            {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", "2026-11-09"}, {"HOME", dir_.path()}});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }

    void log(const std::vector<std::string>& args, const std::string& date) const {
        std::vector<std::string> command{"log"};
        command.insert(command.end(), args.begin(), args.end());
        command.insert(command.end(), {"--date", date});
        const ProcessResult result = hipfit(command);
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }

    void log_a_week() const {
        init_on_monday();
        for (const char* date : {"2026-11-09", "2026-11-11", "2026-11-13", "2026-11-16", "2026-11-18"})
            log({"workout", "--exercise", "glute-bridge:12,12"}, date);
        log({"weight", "72kg"}, "2026-11-14");
        log({"weight", "71kg"}, "2026-11-16");
        log({"weight", "71kg"}, "2026-11-21");
        log({"measure", "--waist", "80cm", "--hip", "104cm"}, "2026-11-15");
        log({"measure", "--waist", "79.5cm"}, "2026-11-21");
        log({"food", "1000", "--protein", "40"}, "2026-11-20");
        log({"food", "800", "--protein", "30"}, "2026-11-20");
        log({"food", "1500", "--protein", "60"}, "2026-11-21");
        log({"sleep", "7.5h"}, "2026-11-19");
        log({"sleep", "6h"}, "2026-11-20");
        log({"sleep", "7h"}, "2026-11-21");
        log({"water", "500ml"}, "2026-11-20");
        log({"water", "1000ml"}, "2026-11-20");
        log({"water", "2000ml"}, "2026-11-21");
        log({"alcohol", "2"}, "2026-11-18");
        log({"steps", "9000"}, "2026-11-21");
    }

    json stats_json(const std::vector<std::string>& extra = {}) const {
        std::vector<std::string> args{"stats", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out);
    }
};

TEST_F(StatsBinary, AWeekAsJson) {
    log_a_week();
    const json s = stats_json();
    EXPECT_EQ(s["period"], json({{"start", "2026-11-15"}, {"end", "2026-11-21"}}));
    const json& w = s["weight"];
    EXPECT_NEAR(w["trend_start_kg"].get<double>(), 72.0, kTight);  // carried in from Nov 14
    EXPECT_NEAR(w["trend_end_kg"].get<double>(), kTrendEnd, kTight);
    EXPECT_NEAR(w["trend_change_kg"].get<double>(), kTrendEnd - 72.0, kTight);
    EXPECT_NEAR(w["weekly_rate_kg"].get<double>(), kTrendEnd - 72.0, kTight);  // Nov 14 → 21: one week
    EXPECT_NEAR(w["latest_kg"].get<double>(), 71.0, kTight);
    EXPECT_EQ(w["readings"], 2);
    EXPECT_EQ(s["measurements"]["waist_cm"], json({{"first", 80.0}, {"last", 79.5}, {"change", -0.5}}));
    EXPECT_EQ(s["measurements"]["hip_cm"], json({{"first", 104.0}, {"last", 104.0}, {"change", 0.0}}));
    EXPECT_TRUE(s["measurements"]["thigh_cm"]["first"].is_null());
    const json& intake = s["intake"];
    EXPECT_NEAR(intake["average_kcal"].get<double>(), 1650.0, kTight);  // (1000 + 800 + 1500) / 2
    EXPECT_EQ(intake["days_logged"], 2);
    EXPECT_NEAR(intake["average_protein_g"].get<double>(), 65.0, kTight);
    const json assessment = assess_json();
    EXPECT_EQ(intake["target_kcal"], assessment["target_kcal"]);
    EXPECT_EQ(intake["protein_target_g"], assessment["protein_g"]);
    EXPECT_EQ(s["workouts"], json({{"done", 2}, {"planned", 3}}));  // Nov 16, 18 of Nov 16, 18, 20
    const json& h = s["habits"];
    EXPECT_NEAR(h["sleep_average_h"].get<double>(), 20.5 / 3, kTight);
    EXPECT_EQ(h["sleep_nights"], 3);
    EXPECT_NEAR(h["water_average_ml"].get<double>(), 1750.0, kTight);
    EXPECT_NEAR(h["water_target_ml"].get<double>(), 1600.0, kTight);
    EXPECT_NEAR(h["alcohol_drinks_per_week"].get<double>(), 2.0, kTight);
    EXPECT_NEAR(h["alcohol_guideline_per_week"].get<double>(), 7.0, kTight);
    EXPECT_NEAR(h["steps_average"].get<double>(), 9000.0, kTight);
    EXPECT_TRUE(h["standup_average"].is_null());
    // Days with entries: Nov 9, 11, 13–16, 18–21. Week 1 (Nov 9–15) met; week 2 under way, 2 of 3.
    EXPECT_EQ(s["streaks"], json({{"current_days", 4}, {"longest_days", 4}, {"weeks_on_plan", 1}}));
    EXPECT_EQ(s["focus"],
              "You did 2 of 3 planned workouts: book the next one — training keeps muscle as fat goes.");
}

TEST_F(StatsBinary, MonthAndSinceChangeThePeriod) {
    log_a_week();
    const json month = stats_json({"--month"});
    EXPECT_EQ(month["period"]["start"], "2026-10-23");
    EXPECT_EQ(month["workouts"], json({{"done", 5}, {"planned", 6}}));
    EXPECT_EQ(month["weight"]["readings"], 3);
    EXPECT_NEAR(month["weight"]["trend_start_kg"].get<double>(), 72.0, kTight);  // the first reading
    EXPECT_NEAR(month["weight"]["weekly_rate_kg"].get<double>(), kTrendEnd - 72.0, kTight);
    EXPECT_NEAR(month["habits"]["alcohol_drinks_per_week"].get<double>(), 2.0 / 30 * 7, kTight);

    const json since = stats_json({"--since", "2026-11-19"});
    EXPECT_EQ(since["period"], json({{"start", "2026-11-19"}, {"end", "2026-11-21"}}));
    EXPECT_EQ(since["workouts"], json({{"done", 0}, {"planned", 1}}));
    EXPECT_EQ(since["weight"]["readings"], 1);
    EXPECT_NEAR(since["weight"]["trend_start_kg"].get<double>(), 71.81, kTight);  // Nov 16's trend
    EXPECT_EQ(since["measurements"]["waist_cm"], json({{"first", 79.5}, {"last", 79.5}, {"change", 0.0}}));
    EXPECT_TRUE(since["measurements"]["hip_cm"]["change"].is_null());
    EXPECT_EQ(since["streaks"], stats_json()["streaks"]);  // streaks do not depend on the period
    EXPECT_EQ(stats_json({"--week"}), stats_json());
}

TEST_F(StatsBinary, TextIsInTheProfilesUnits) {
    log_a_week();
    ASSERT_EQ(hipfit({"init", "--units", "imperial"}).exit_code, 0);
    const ProcessResult result = hipfit({"stats"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string& out = result.out;
    EXPECT_EQ(out.rfind("Stats for 2026-11-15 to 2026-11-21 (7 days)\n", 0), 0U) << out;
    // 72 kg = 158.7 lb; the trend at 71.478 kg = 157.6 lb; the waist 80 cm = 31.5 in.
    EXPECT_NE(out.find("trend 158.7 lb → 157.6 lb (-1.2 lb, -1.2 lb a week); latest 156.5 lb, 2 weigh-ins"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("Waist           31.5 in → 31.3 in (-0.2 in)"), std::string::npos) << out;
    EXPECT_NE(out.find("Workouts        2 of 3 planned"), std::string::npos) << out;
    EXPECT_NE(out.find("Sleep           6.8 h a night over 3 nights (7–9 h)"), std::string::npos) << out;
    EXPECT_NE(out.find("\nWhat matters most now: You did 2 of 3 planned workouts"), std::string::npos) << out;
    // A month, and the report over it, are not headed "this week".
    for (const std::vector<std::string>& month :
         {std::vector<std::string>{"stats", "--month"}, std::vector<std::string>{"report", "--month"}}) {
        const ProcessResult text = hipfit(month);
        ASSERT_EQ(text.exit_code, 0) << month[0] << ": " << text.err;
        EXPECT_NE(text.out.find("\nWhat matters most now: "), std::string::npos) << text.out;
        EXPECT_EQ(text.out.find("most this week"), std::string::npos) << text.out;
    }
}

TEST_F(StatsBinary, FocusPutsSafetyFirst) {
    init_on_monday();
    log({"weight", "72kg"}, "2026-11-14");
    // Trend 72 + (1 − 0.9⁷)(66 − 72) = 68.8698 on Nov 21: −3.1302 kg in a week, 4.5 % of 68.87 kg.
    // The workouts are missed too, but safety comes first.
    log({"weight", "66kg"}, "2026-11-21");
    const json s = stats_json();
    EXPECT_EQ(s["workouts"]["done"], 0);
    EXPECT_EQ(s["focus"].get<std::string>().rfind("Your weight trend is falling 4.5 % a week", 0), 0U)
        << s["focus"];
}

TEST_F(StatsBinary, WithoutADatabaseEverythingIsEmptyAndNothingIsCreated) {
    const json s = stats_json();
    EXPECT_EQ(s["weight"]["readings"], 0);
    EXPECT_TRUE(s["weight"]["trend_end_kg"].is_null());
    EXPECT_TRUE(s["intake"]["target_kcal"].is_null());
    EXPECT_EQ(s["workouts"], json({{"done", 0}, {"planned", 0}}));
    EXPECT_EQ(s["streaks"], json({{"current_days", 0}, {"longest_days", 0}, {"weeks_on_plan", 0}}));
    // The shared view's words are for people (the API gives the same); the command line adds its hint.
    EXPECT_EQ(s["focus"], "Nothing logged yet.");
    const ProcessResult text = hipfit({"stats"});
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_NE(text.out.find("What matters most now: Nothing logged yet. 'hipfit log --help' shows how.\n"),
              std::string::npos)
        << text.out;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(StatsBinary, EntriesWithoutAProfileExit2) {
    ASSERT_EQ(hipfit({"log", "weight", "72kg"}).exit_code, 0);
    const ProcessResult result = hipfit({"stats"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("hipfit init"), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
}

struct BadStats {
    std::vector<std::string> args;
    std::string mentions;
};

void PrintTo(const BadStats& bad, std::ostream* out) {
    for (const std::string& arg : bad.args) *out << "'" << arg << "' ";
}

class BadStatsTest : public HipfitBinary, public ::testing::WithParamInterface<BadStats> {};

TEST_P(BadStatsTest, Exits2AndLeavesTheDatabaseAsItWas) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    ASSERT_EQ(hipfit({"log", "weight", "72kg"}).exit_code, 0);
    const std::string before = read_file_or_missing(database());
    std::vector<std::string> args{"stats"};
    args.insert(args.end(), GetParam().args.begin(), GetParam().args.end());
    const ProcessResult result = hipfit(args);
    EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
    EXPECT_NE(result.err.find(GetParam().mentions), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(read_file_or_missing(database()), before);
}

INSTANTIATE_TEST_SUITE_P(EveryKind, BadStatsTest,
                         ::testing::Values(BadStats{{"--week", "--month"}, "at most one of"},
                                           BadStats{{"--month", "--since", "2026-11-01"}, "at most one of"},
                                           BadStats{{"--week", "--since", "2026-11-01"}, "at most one of"},
                                           BadStats{{"--since", "2026-11-22"}, "after today"},
                                           BadStats{{"--since", "2026-02-30"}, "--since"},
                                           BadStats{{"--since", "yesterday"}, "--since"},
                                           BadStats{{"--since"}, "--since"},
                                           BadStats{{"--weeks"}, "--weeks"}));

}  // namespace
}  // namespace hipfit::testing
