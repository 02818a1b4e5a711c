// hipfit forecast through the real binary: Hall's model for a person given by flags (bw's golden man,
// docs/sources.md#bw) and for a stored profile's plan, plans of several changes, goal weights in either
// unit, and every bad input refused with exit 2 (3 for safety) before anything is written.
#include <algorithm>
#include <cmath>
#include <regex>

#include "core/checkin/checkin.hpp"
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

constexpr double kTight = 1e-9;

// bw's golden case (docs/sources.md#bw): adult_weight(90, 1.80, 40, "male", EIchange = −500 for 365 days).
const std::vector<std::string> kGoldenMan = {"--sex", "male",     "--age", "40",    "--height",
                                             "180cm", "--weight", "90kg",  "--pal", "1.5"};
constexpr double kGoldenIntake = 2748.45;  // RMR0 · PAL = (9.99·90 + 625·1.8 − 4.92·40 + 5) · 1.5
// bw's Body_Weight on day 364, from its own solver: RK4 with one step a day and operator splitting.
// hipfit integrates all five states together at four steps a day; the two differ by bw's integration
// error, 0.0021 kg on day 364 (docs/forecast.md, measured; the core test holds it to 0.01 kg). This test
// checks the binary's wiring, not the integrator: 0.05 kg is half the 0.1 kg the text shows, so the
// person would read the same number, while a wrong plan (±10 kcal/day moves day 364 by ~0.3 kg) or a
// day off by one (~0.04 kg a day here, with the loss still 0.04 kg/day) is still caught.
constexpr double kGoldenDay364Kg = 76.260804299583214;
constexpr double kGoldenTolerance = 0.05;

class ForecastBinary : public HipfitBinary {
  protected:
    json forecast_json(const std::vector<std::string>& flags) const {
        std::vector<std::string> args{"forecast", "--json"};
        args.insert(args.end(), flags.begin(), flags.end());
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out);
    }

    static std::vector<std::string> golden_man_with(const std::vector<std::string>& extra) {
        std::vector<std::string> flags = kGoldenMan;
        flags.insert(flags.end(), extra.begin(), extra.end());
        return flags;
    }

    static double weight(const json& forecast, int day) {
        return forecast["days"][static_cast<std::size_t>(day)]["weight_kg"].get<double>();
    }
};

TEST_F(ForecastBinary, GoldenManStartsFromScienceBaselineAndFollowsBw) {
    const json f = forecast_json(golden_man_with({"--intake-change", "-500"}));
    EXPECT_EQ(f["start_date"], kToday);
    EXPECT_EQ(f["plan"], json({{"from_profile", false},
                               {"target_in_force_kcal", nullptr},
                               {"intake_changes", {{{"from_day", 0}, {"kcal", -500.0}}}}}));
    EXPECT_FALSE(f["person"]["body_fat_measured"].get<bool>());
    EXPECT_EQ(f["person"]["body_fat_source"], "bmi");
    // docs/sources.md#bw: EI = 2748.45 kcal/d, F0 = 23.1185 kg, L0 = 42.0155 kg (given to 4 decimals).
    const json& baseline = f["baseline"];
    EXPECT_NEAR(baseline["intake_kcal"].get<double>(), kGoldenIntake, kTight);
    EXPECT_NEAR(baseline["resting_kcal"].get<double>(), 1832.3, kTight);
    EXPECT_NEAR(baseline["fat_mass_kg"].get<double>(), 23.1185, 5e-5);
    EXPECT_NEAR(baseline["lean_tissue_kg"].get<double>(), 42.0155, 5e-5);
    // The same by hand: Jackson's %BF from BMI and age; L0 = BW − (ECF0 + F0 + 3.7·G0), Silva's ECF0.
    const double fat = 90 * (0.14 * 40 + 37.31 * std::log(90 / (1.8 * 1.8)) - 103.94) / 100;
    const double ecf = 0.025 * 40 + 9.57 * 1.8 + 0.191 * 90 - 12.4;
    EXPECT_NEAR(baseline["fat_mass_kg"].get<double>(), fat, kTight);
    EXPECT_NEAR(baseline["lean_tissue_kg"].get<double>(), 90 - (ecf + fat + 3.7 * 0.5), kTight);
    // Fat and fat-free mass add up to the weight; the model's lean tissue leaves out water and glycogen.
    EXPECT_NEAR(baseline["fat_free_mass_kg"].get<double>(), 90 - fat, kTight);
    EXPECT_NEAR(f["person"]["body_fat_percent"].get<double>(), 100 * fat / 90, kTight);

    const json& days = f["days"];
    ASSERT_EQ(days.size(), 366U);  // days 0..365
    EXPECT_DOUBLE_EQ(weight(f, 0), 90.0);
    EXPECT_NEAR(weight(f, 364), kGoldenDay364Kg, kGoldenTolerance);
    for (int d = 0; d <= 365; ++d) {
        const json& day = days[static_cast<std::size_t>(d)];
        ASSERT_EQ(day["day"], d);
        EXPECT_NEAR(day["intake_kcal"].get<double>(), kGoldenIntake - 500, kTight) << "day " << d;
        // The 3,500-kcal rule: W0 − 500 kcal · d / 7,700 kcal per kg.
        EXPECT_NEAR(day["rule_weight_kg"].get<double>(), 90.0 - 500.0 * d / 7700.0, kTight) << "day " << d;
        const double w = day["weight_kg"].get<double>();
        // Eating 10 % less than logged weighs less; 10 % more weighs more; day 0 is where all start.
        if (d == 0) {
            EXPECT_DOUBLE_EQ(day["weight_low_kg"].get<double>(), w);
            EXPECT_DOUBLE_EQ(day["weight_high_kg"].get<double>(), w);
        } else {
            EXPECT_LT(day["weight_low_kg"].get<double>(), w) << "day " << d;
            EXPECT_GT(day["weight_high_kg"].get<double>(), w) << "day " << d;
            EXPECT_LT(w, weight(f, d - 1)) << "day " << d;
        }
    }
    EXPECT_EQ(days[365]["date"], "2027-11-21");
    EXPECT_NEAR(days[365]["rule_weight_kg"].get<double>(), 90.0 - 500.0 * 365 / 7700, kTight);
    EXPECT_TRUE(f["goal"].is_null());
    // Flags alone: nothing is stored, and no database is made.
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(ForecastBinary, TextShowsTheBaselinePlanAndWhyNotTheRule) {
    const ProcessResult result = hipfit({"forecast", "--sex", "male", "--age", "40", "--height", "180cm",
                                         "--weight", "90kg", "--pal", "1.5", "--intake-change", "-500"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string& out = result.out;
    EXPECT_EQ(out.rfind("Forecast from 2026-11-21 for 365 days (Hall et al., Lancet 2011", 0), 0U) << out;
    EXPECT_NE(out.find("Now: 2,748 kcal a day holds 90.0 kg (fat 23.1 kg, estimated from your BMI; fat-free "
                       "66.9 kg).\n"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("Plan: -500 kcal a day from day 0.\n"), std::string::npos) << out;
    // 90 − 500 · 365 / 7,700 = 66.3 kg; the model 76.2 kg on day 365.
    EXPECT_NE(out.find("By day 365 the model forecasts 76.2 kg (-13.8 kg); the 3,500-kcal rule promises "
                       "66.3 kg (-23.7 kg)."),
              std::string::npos)
        << out;
}

TEST_F(ForecastBinary, DaysSetsTheHorizon) {
    const json f = forecast_json(golden_man_with({"--intake-change", "-500", "--days", "3"}));
    ASSERT_EQ(f["days"].size(), 4U);
    EXPECT_EQ(f["days"][3]["day"], 3);
    EXPECT_EQ(f["days"][3]["date"], "2026-11-24");
    EXPECT_NEAR(f["days"][3]["rule_weight_kg"].get<double>(), 90.0 - 1500.0 / 7700, kTight);
}

// --step thins the JSON's days to every Nth and the last, each as without it; only with --json, 1 to 365.
TEST_F(ForecastBinary, AStepKeepsEveryNthDayAndTheLast) {
    const json every = forecast_json(golden_man_with({"--intake-change", "-500", "--days", "30"}));
    const json weekly =
        forecast_json(golden_man_with({"--intake-change", "-500", "--days", "30", "--step", "7"}));
    EXPECT_EQ(weekly["step"], 7);
    ASSERT_EQ(weekly["days"].size(), 6U);  // days 0, 7, 14, 21, 28 and 30
    for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(weekly["days"][i], every["days"][7 * i]);
    EXPECT_EQ(weekly["days"][5], every["days"][30]);
    for (const std::vector<std::string>& flags : {std::vector<std::string>{"forecast", "--step", "7"},
                                                  {"forecast", "--json", "--step", "0"},
                                                  {"forecast", "--json", "--step", "366"},
                                                  {"forecast", "--json", "--step", "a week"}}) {
        std::vector<std::string> args = flags;
        args.insert(args.end(), kGoldenMan.begin(), kGoldenMan.end());
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 2) << result.err;
        EXPECT_NE(result.err.find("--step"), std::string::npos) << result.err;
        EXPECT_EQ(result.out, "");
    }
}

TEST_F(ForecastBinary, ABackToBaselineChangeStopsTheLossAndTheWeightRecovers) {
    const json f = forecast_json(golden_man_with({"--intake-change", "-300@0,0@180"}));
    EXPECT_EQ(f["plan"]["intake_changes"],
              json({{{"from_day", 0}, {"kcal", -300.0}}, {{"from_day", 180}, {"kcal", 0.0}}}));
    ASSERT_EQ(f["days"].size(), 366U);
    for (int d = 1; d <= 365; ++d) {
        const json& day = f["days"][static_cast<std::size_t>(d)];
        const double intake = day["intake_kcal"].get<double>();
        EXPECT_NEAR(intake, d < 180 ? kGoldenIntake - 300 : kGoldenIntake, kTight) << "day " << d;
        // Losing while below baseline; once back at it, the weight climbs back towards where it was.
        if (d <= 180)
            EXPECT_LT(weight(f, d), weight(f, d - 1)) << "day " << d;
        else
            EXPECT_GT(weight(f, d), weight(f, d - 1)) << "day " << d;
    }
    // The model's slow half-time (about a year, Hall et al. 2011; docs/sources.md#hall-2011): half a year
    // later it is not back yet.
    EXPECT_LT(weight(f, 365), 90.0);
    EXPECT_GT(weight(f, 365), weight(f, 180));
    // The rule stops where the change stops: 300 kcal for 180 days.
    EXPECT_NEAR(f["days"][365]["rule_weight_kg"].get<double>(), 90.0 - 300.0 * 180 / 7700, kTight);
}

TEST_F(ForecastBinary, AGoalWeightGivesTheDayReachedAndWhatHoldsIt) {
    const json f = forecast_json(golden_man_with({"--intake-change", "-500", "--goal-weight", "80kg"}));
    const json& goal = f["goal"];
    EXPECT_DOUBLE_EQ(goal["weight_kg"].get<double>(), 80.0);
    ASSERT_TRUE(goal["day_reached"].is_number_integer()) << goal;
    const int reached = goal["day_reached"].get<int>();
    // The first day at or under the goal.
    EXPECT_LE(weight(f, reached), 80.0);
    EXPECT_GT(weight(f, reached - 1), 80.0);
    EXPECT_EQ(goal["date_reached"], f["days"][static_cast<std::size_t>(reached)]["date"]);
    // Holding a lighter body takes less than the start's intake, and more than the diet's.
    const double holds = goal["maintenance_intake_kcal"].get<double>();
    EXPECT_LT(holds, kGoldenIntake);
    EXPECT_GT(holds, kGoldenIntake - 500);

    const ProcessResult text =
        hipfit({"forecast", "--sex", "male", "--age", "40", "--height", "180cm", "--weight", "90kg", "--pal",
                "1.5", "--intake-change", "-500", "--goal-weight", "80kg"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(
        text.out.find(fmt::format("Goal 80.0 kg: reached on day {} ({}); about {} kcal a day holds it "
                                  "there.",
                                  reached, goal["date_reached"].get<std::string>(), core::kcal_text(holds))),
        std::string::npos)
        << text.out;
}

TEST_F(ForecastBinary, AGoalWeightInPoundsIsConverted) {
    const json kg = forecast_json(golden_man_with({"--intake-change", "-500", "--goal-weight", "80kg"}));
    const json lb = forecast_json(golden_man_with({"--intake-change", "-500", "--goal-weight", "176lb"}));
    EXPECT_NEAR(lb["goal"]["weight_kg"].get<double>(), 176 * 0.45359237, kTight);  // 79.83 kg
    // A little lighter than 80 kg: reached no sooner, and held on a little less.
    EXPECT_GE(lb["goal"]["day_reached"].get<int>(), kg["goal"]["day_reached"].get<int>());
    EXPECT_LT(lb["goal"]["maintenance_intake_kcal"].get<double>(),
              kg["goal"]["maintenance_intake_kcal"].get<double>());
}

TEST_F(ForecastBinary, ABareGoalIsInAnImperialProfilesPounds) {
    std::vector<std::string> init = metric_profile();
    init.insert(init.end(), {"--units", "imperial"});
    ASSERT_EQ(hipfit(init).exit_code, 0);
    const json f = forecast_json({"--goal-weight", "150"});
    EXPECT_NEAR(f["goal"]["weight_kg"].get<double>(), 150 * 0.45359237, kTight);
    const ProcessResult text = hipfit({"forecast", "--goal-weight", "150"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("Goal 150.0 lb: reached on day "), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("holds 158.7 lb"), std::string::npos) << text.out;  // 72 kg
}

TEST_F(ForecastBinary, AnUnderweightGoalIsRefusedForSafety) {
    const ProcessResult result = hipfit({"forecast", "--sex", "male", "--age", "40", "--height", "180cm",
                                         "--weight", "90kg", "--pal", "1.5", "--goal-weight", "55kg"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.out, "");
    // 55 / 1.8² = 17.0; the least healthy goal is 18.5 · 1.8² = 59.9 kg.
    EXPECT_NE(result.err.find("A goal of 55.0 kg at your height is a BMI of 17.0, under the WHO's healthy "
                              "minimum of 18.5"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("Choose a goal of at least 59.9 kg."), std::string::npos) << result.err;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(ForecastBinary, AStoredProfileForecastsItsOwnPlan) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const json assessment = assess_json();
    const json f = forecast_json({});
    EXPECT_TRUE(f["plan"]["from_profile"].get<bool>());
    // The plan: eat the target in force (the formula's, the default 250 kcal deficit), from day 0. The
    // change is taken against the model's baseline, so the planned intake is the target itself.
    const double target = assessment["target_kcal"].get<double>();
    EXPECT_EQ(std::round(target - assessment["tdee_kcal"].get<double>()), -250.0);
    EXPECT_DOUBLE_EQ(f["plan"]["target_in_force_kcal"].get<double>(), target);
    const double balance = target - f["baseline"]["intake_kcal"].get<double>();
    EXPECT_EQ(f["plan"]["intake_changes"], json({{{"from_day", 0}, {"kcal", balance}}}));
    const json& person = f["person"];
    EXPECT_EQ(person["sex"], "female");
    EXPECT_DOUBLE_EQ(person["age_years"].get<double>(), 34.0);
    EXPECT_DOUBLE_EQ(person["weight_kg"].get<double>(), 72.0);
    EXPECT_DOUBLE_EQ(person["height_cm"].get<double>(), 165.0);
    // The model burns what the formula says: its PAL is set so that its holding intake is the TDEE.
    const double resting = 9.99 * 72 + 625 * 1.65 - 4.92 * 34 - 161;
    const double tdee = assessment["tdee_kcal"].get<double>();
    EXPECT_NEAR(person["pal"].get<double>(), tdee / resting, kTight);
    EXPECT_FALSE(person["body_fat_measured"].get<bool>());
    // The tape-measure estimate the assessment shows, not the model's from BMI.
    EXPECT_EQ(person["body_fat_source"], "tape");
    EXPECT_DOUBLE_EQ(person["body_fat_percent"].get<double>(), assessment["body_fat_percent"].get<double>());
    EXPECT_NEAR(f["baseline"]["fat_mass_kg"].get<double>(), assessment["fat_mass_kg"].get<double>(), kTight);
    EXPECT_NEAR(f["baseline"]["fat_free_mass_kg"].get<double>(), assessment["lean_mass_kg"].get<double>(),
                kTight);
    // Mifflin–St Jeor with the model's unrounded coefficients: 9.99·72 + 625·1.65 − 4.92·34 − 161.
    EXPECT_NEAR(f["baseline"]["resting_kcal"].get<double>(), resting, kTight);
    EXPECT_NEAR(f["baseline"]["intake_kcal"].get<double>(), tdee, kTight);
    EXPECT_NEAR(balance, -250.0, 0.5) << "the default deficit";
    EXPECT_NEAR(f["days"][1]["intake_kcal"].get<double>(), target, kTight);
    EXPECT_EQ(f["days"].size(), 366U);

    // A flag overrides the profile for this run only; the plan is still the profile's.
    const json lighter = forecast_json({"--weight", "70kg"});
    EXPECT_DOUBLE_EQ(lighter["person"]["weight_kg"].get<double>(), 70.0);
    EXPECT_DOUBLE_EQ(lighter["person"]["age_years"].get<double>(), 34.0);
    EXPECT_TRUE(lighter["plan"]["from_profile"].get<bool>());
    EXPECT_DOUBLE_EQ(forecast_json({})["person"]["weight_kg"].get<double>(), 72.0);
}

TEST_F(ForecastBinary, ALoggedBodyFatIsUsedForTheFatMass) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    ASSERT_EQ(hipfit({"log", "measure", "--body-fat", "30", "--date", "2026-11-20"}).exit_code, 0);
    const json f = forecast_json({});
    EXPECT_TRUE(f["person"]["body_fat_measured"].get<bool>());
    EXPECT_EQ(f["person"]["body_fat_source"], "logged");
    EXPECT_DOUBLE_EQ(f["person"]["body_fat_percent"].get<double>(), 30.0);
    EXPECT_NEAR(f["baseline"]["fat_mass_kg"].get<double>(), 72 * 0.30, kTight);
    // The latest weight and the latest body fat go together: 70 kg × 30 %.
    ASSERT_EQ(hipfit({"log", "weight", "70kg"}).exit_code, 0);
    EXPECT_NEAR(forecast_json({})["baseline"]["fat_mass_kg"].get<double>(), 70 * 0.30, kTight);
    const ProcessResult text = hipfit({"forecast"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("holds 70.0 kg (fat 21.0 kg, as you logged it; fat-free 49.0 kg)"),
              std::string::npos)
        << text.out;
}

struct BadForecast {
    std::vector<std::string> flags;  // replace the golden man's flag of the same name, or are added
    int exit_code;
    std::string mentions;
};

void PrintTo(const BadForecast& bad, std::ostream* out) {
    for (const std::string& flag : bad.flags) *out << "'" << flag << "' ";
}

// The golden man's flags with `bad`'s in place of the same flags (an empty value drops the flag).
std::vector<std::string> with_bad_flags(const std::vector<std::string>& bad) {
    std::vector<std::string> args{"forecast"};
    for (std::size_t i = 0; i + 1 < kGoldenMan.size(); i += 2) {
        if (std::find(bad.begin(), bad.end(), kGoldenMan[i]) == bad.end())
            args.insert(args.end(), {kGoldenMan[i], kGoldenMan[i + 1]});
    }
    for (std::size_t i = 0; i + 1 < bad.size(); i += 2) {
        if (!bad[i + 1].empty())
            args.insert(args.end(), {bad[i], bad[i + 1]});
    }
    return args;
}

class BadForecastTest : public HipfitBinary, public ::testing::WithParamInterface<BadForecast> {};

TEST_P(BadForecastTest, IsRefusedNamingTheFlagAndWritesNothing) {
    const ProcessResult result = hipfit(with_bad_flags(GetParam().flags));
    EXPECT_EQ(result.exit_code, GetParam().exit_code) << result.out << result.err;
    EXPECT_NE(result.err.find(GetParam().mentions), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_P(BadForecastTest, LeavesAStoredJournalAsItWas) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const std::string before = stored_bytes();
    const ProcessResult result = hipfit(with_bad_flags(GetParam().flags));
    EXPECT_EQ(result.exit_code, GetParam().exit_code) << result.out << result.err;
    EXPECT_EQ(stored_bytes(), before);
}

INSTANTIATE_TEST_SUITE_P(
    Forecast, BadForecastTest,
    ::testing::Values(
        BadForecast{{"--intake-change", "abc"}, 2, "--intake-change: 'abc' in 'abc' is not a change"},
        BadForecast{{"--intake-change", "-300@"}, 2, "--intake-change: '-300@' has no day after '@'"},
        BadForecast{{"--intake-change", "0@10,5@5"}, 2, "--intake-change: days must increase"},
        BadForecast{{"--intake-change", "-3000"}, 2, "--intake-change: -3000 kcal/day on day 0"},
        BadForecast{{"--days", "0"}, 2, "--days: a forecast covers 1 to 3650 days, not 0"},
        BadForecast{{"--days", "4000"}, 2, "--days: a forecast covers 1 to 3650 days, not 4000"},
        BadForecast{{"--days", "x"}, 2, "--days: 'x' is not a whole number"},
        BadForecast{{"--goal-weight", "heavy"}, 2, "--goal-weight: 'heavy' is not a mass"},
        BadForecast{{"--goal-weight", "20kg"}, 2, "--goal-weight: 20 kg is outside 30–300 kg"},
        BadForecast{{"--sex", "other"}, 2, "--sex"},
        // Adults only (README: exit 3, a request refused for safety).
        BadForecast{{"--age", "15"}, 3, "hipfit is for adults (18 and over)"}));

// Without a profile every person flag is needed, and the message lists those missing. (With one, each
// flag only overrides it: AStoredProfileForecastsItsOwnPlan.)
TEST_F(ForecastBinary, WithoutAProfileTheMessageListsTheMissingFlags) {
    for (const auto& [flags, message] : std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"--pal", ""}, "no profile yet: give --pal (or run 'hipfit init' first)"},
             {{"--age", "", "--height", "", "--pal", ""},
              "no profile yet: give --age, --height, --pal (or run 'hipfit init' first)"}}) {
        const ProcessResult result = hipfit(with_bad_flags(flags));
        EXPECT_EQ(result.exit_code, 2) << result.out;
        EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
        EXPECT_EQ(result.out, "");
    }
    const ProcessResult none = hipfit({"forecast"});
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_NE(none.err.find("run 'hipfit init' first"), std::string::npos) << none.err;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

// Known bug (reported to the owner): the text table's Intake column prints the planned intake unrounded
// (src/cli/commands/forecast.cpp, print_rows: `day.intake.value()` with "{:>6}"), e.g. "2248.45" for the
// golden man and "2269.4125" for other people, which overflows the column; every other kcal figure
// hipfit prints is whole ("Now: 2,748 kcal a day").
TEST_F(ForecastBinary, TheTableShowsWholeKcal) {
    const ProcessResult result = hipfit(with_bad_flags({"--intake-change", "-500"}));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.find("2248.45"), std::string::npos) << result.out;
    EXPECT_TRUE(std::regex_search(result.out, std::regex("\\n +0  2026-11-21 +2,?248 +90\\.0 kg")))
        << result.out;
}

// Known bug (reported to the owner): the body-weight model's range checks (core/forecast/body_model.cpp,
// check_range) throw InvalidInput with the right field but a message that does not name the flag:
// "hipfit: error: body fat (%) must be between 2 and 70 for the body-weight model, not 90" and likewise
// "the physical activity level must be between 1.2 and 2.5 …" for --pal 3. Exit 2 and nothing written
// already hold; only the message is wrong.
TEST_F(ForecastBinary, AnOutOfRangeBodyFatOrPalNamesTheFlag) {
    for (const auto& [flags, flag] : std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"--body-fat", "90"}, "--body-fat"}, {{"--pal", "3"}, "--pal"}}) {
        const ProcessResult result = hipfit(with_bad_flags(flags));
        EXPECT_EQ(result.exit_code, 2) << result.err;
        EXPECT_NE(result.err.find(flag), std::string::npos) << result.err;
        EXPECT_EQ(result.out, "");
        EXPECT_EQ(read_file_or_missing(database()), "<missing>");
    }
}

// What already holds for them: exit 2, no output, no database.
TEST_F(ForecastBinary, AnOutOfRangeBodyFatOrPalIsRefusedWritingNothing) {
    for (const std::vector<std::string>& flags :
         {std::vector<std::string>{"--body-fat", "90"}, std::vector<std::string>{"--pal", "3"}}) {
        const ProcessResult result = hipfit(with_bad_flags(flags));
        EXPECT_EQ(result.exit_code, 2) << result.err;
        EXPECT_NE(result.err.find("for the body-weight model"), std::string::npos) << result.err;
        EXPECT_EQ(result.out, "");
    }
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

}  // namespace
}  // namespace hipfit::testing
