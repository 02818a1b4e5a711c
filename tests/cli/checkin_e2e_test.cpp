// hipfit checkin through the real binary: four weeks of generated weigh-ins and food give an estimate of
// what the person really burns, near the truth the journal was made from; the target moves towards it
// within the guards, is saved once a day, is due again a week later, and is the target every view shows.
// Too little data, --dry-run and no profile save nothing.
#include <sqlite3.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "core/checkin/checkin.hpp"
#include "tests/cli/generated_journal.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

constexpr double kTight = 1e-9;
// The generated person: eats 1,700 kcal a day and burns 2,200, while the formula (Mifflin × light
// activity, for the reference profile at about 70 kg) guesses about 1,925.
constexpr double kIntake = 1700.0;
constexpr double kTrueExpenditure = 2200.0;
constexpr int kFourWeeks = 28;

// How many check-ins the database keeps (the commands show only the latest); -1 when it cannot be read.
int stored_checkins(const std::string& path) {
    sqlite3* db = nullptr;
    int count = -1;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK)
        sqlite3_exec(
            db, "SELECT count(*) FROM checkins",
            [](void* out, int, char** values, char**) {
                *static_cast<int*>(out) = std::atoi(values[0]);
                return 0;
            },
            &count, nullptr);
    sqlite3_close(db);
    return count;
}

class CheckinBinary : public GeneratedJournalBinary {
  protected:
    // The profile made `days` days ago, with a weigh-in and the day's food on each day since.
    void journal_of(int days) const {
        init_days_ago(days);
        import(dieting_journal(days, 72.0, kIntake, kTrueExpenditure));
    }

    json checkin_json(const std::string& date = kToday, const std::vector<std::string>& extra = {}) const {
        std::vector<std::string> args{"checkin", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        return json_of(args, date);
    }
};

TEST_F(CheckinBinary, WithoutAProfileItTellsToRunInit) {
    ASSERT_EQ(hipfit({"log", "weight", "72kg"}).exit_code, 0);
    const std::string before = stored_bytes();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"checkin"}, std::vector<std::string>{"checkin", "--dry-run", "--json"}}) {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_NE(result.err.find("no profile yet: run 'hipfit init' first"), std::string::npos)
            << result.err;
        EXPECT_EQ(result.out, "");
    }
    EXPECT_EQ(stored_bytes(), before);
}

TEST_F(CheckinBinary, ADryRunWithoutADatabaseCreatesNone) {
    const ProcessResult result = hipfit({"checkin", "--dry-run"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("hipfit init"), std::string::npos) << result.err;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

// Known bug (reported to the owner): 'hipfit checkin' opens the journal for writing before it knows there
// is a profile (src/cli/commands/checkin.cpp), so on a fresh machine it creates an empty database, then
// exits 2 with "no profile yet". docs/ARCHITECTURE.md: bad input "never creates a database that did not
// exist".
TEST_F(CheckinBinary, WithoutADatabaseCreatesNone) {
    const ProcessResult result = hipfit({"checkin"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("hipfit init"), std::string::npos) << result.err;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(CheckinBinary, UnderTwoWeeksTheEstimateIsNotAvailableAndNothingIsSaved) {
    journal_of(9);  // weigh-ins spanning 10 days
    const std::string before = stored_bytes();
    const json c = checkin_json();
    EXPECT_TRUE(c["due"].get<bool>());
    EXPECT_FALSE(c["saved"].get<bool>());
    EXPECT_FALSE(c["estimate"]["available"].get<bool>());
    EXPECT_TRUE(c["estimate"]["expenditure_kcal"].is_null());
    EXPECT_EQ(c["estimate"]["why_not"],
              "The estimate of what you burn needs 4 more days of weigh-ins: it uses two weeks of them, and "
              "yours span 10 days so far.");
    EXPECT_EQ(c["estimate"]["weigh_ins"], 10);
    // The target stays the formula's.
    const double formula_target = assess_json()["target_kcal"].get<double>();
    EXPECT_DOUBLE_EQ(c["target_kcal"].get<double>(), formula_target);
    EXPECT_DOUBLE_EQ(c["previous_target_kcal"].get<double>(), formula_target);
    EXPECT_FALSE(c["changed"].get<bool>());
    EXPECT_EQ(c["reasons"].front(), c["estimate"]["why_not"]);

    const ProcessResult text = hipfit({"checkin"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("Estimate: not yet — The estimate of what you burn needs 4 more days"),
              std::string::npos)
        << text.out;
    // Each sentence once: why not, and that the target stays.
    const std::string why = c["estimate"]["why_not"];
    EXPECT_EQ(text.out.find(why), text.out.rfind(why)) << text.out;
    EXPECT_EQ(text.out.find("stays at"), text.out.rfind("stays at")) << text.out;
    EXPECT_NE(text.out.find("Nothing saved: check in again once the journal has enough to go on.\n"),
              std::string::npos)
        << text.out;
    EXPECT_EQ(stored_bytes(), before);
    // Had either run been saved, tomorrow's check-in would name it as the last one and not be due.
    const json tomorrow = checkin_json(day_from_today(1));
    EXPECT_TRUE(tomorrow["last_checkin"].is_null());
    EXPECT_TRUE(tomorrow["due"].get<bool>());
}

TEST_F(CheckinBinary, FourWeeksEstimateTheTruthAndMoveTheTargetWithinTheGuards) {
    journal_of(kFourWeeks);
    const json assessment = assess_json();
    const json c = checkin_json();
    const json& e = c["estimate"];
    ASSERT_TRUE(e["available"].get<bool>()) << e;
    EXPECT_EQ(e["days_used"], 29);
    EXPECT_EQ(e["weigh_ins"], 29);
    EXPECT_EQ(e["intake_days"], 28);  // today's food is not on the scale yet
    EXPECT_DOUBLE_EQ(e["formula_expenditure_kcal"].get<double>(), assessment["tdee_kcal"].get<double>());
    // The truth within two of the estimate's own SDs; the SD well inside the prior's 500 (docs/checkin.md:
    // about 130 after four weeks); and closer to the truth than the formula was. The journal's 7,000 kcal
    // per kg against the filter's Forbes ~7,170 for this woman's fat shifts the truth it can see by about
    // 500 · 170 / 7,000 ≈ 12 kcal, well inside the band.
    const double estimate = e["expenditure_kcal"].get<double>();
    const double sd = e["expenditure_sd_kcal"].get<double>();
    EXPECT_LT(sd, 200.0);
    EXPECT_NEAR(estimate, kTrueExpenditure, 2 * sd);
    EXPECT_LT(std::abs(estimate - kTrueExpenditure),
              std::abs(e["formula_expenditure_kcal"].get<double>() - kTrueExpenditure));

    // From the formula's target the goal's (estimate − 250) is ~275 kcal away: the step limit binds.
    const double previous = c["previous_target_kcal"].get<double>();
    const double target = c["target_kcal"].get<double>();
    EXPECT_DOUBLE_EQ(previous, assessment["target_kcal"].get<double>());
    EXPECT_NEAR(target - previous, 150.0, kTight);
    EXPECT_GE(target, 1200.0);                                // the floor for women
    EXPECT_GE(target, assessment["bmr_kcal"].get<double>());  // nor below resting expenditure
    EXPECT_TRUE(c["changed"].get<bool>());
    EXPECT_TRUE(c["due"].get<bool>());
    EXPECT_TRUE(c["saved"].get<bool>());
    EXPECT_TRUE(c["last_checkin"].is_null());
    EXPECT_EQ(c["next_due"], kToday);
    EXPECT_NE(c["reasons"].dump().find("at most 150 kcal a day a week"), std::string::npos) << c["reasons"];
    EXPECT_EQ(c["reasons"].back(), fmt::format("Your target changes from {} to {} kcal a day.",
                                               core::kcal_text(previous), core::kcal_text(target)));
    EXPECT_EQ(stored_checkins(database()), 1);
}

TEST_F(CheckinBinary, TheTextSaysWhatWasSavedAndWhenTheNextIsDue) {
    journal_of(kFourWeeks);
    const ProcessResult result = hipfit({"checkin"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.rfind("Check-in 2026-11-21\nEstimate: you burn about ", 0), 0U) << result.out;
    EXPECT_NE(result.out.find("from 29 days with 29 weigh-ins and 28 days of food"), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("  - Your target changes from "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Saved. The next check-in is due on 2026-11-28.\n"), std::string::npos)
        << result.out;
}

TEST_F(CheckinBinary, RunAgainTheSameDayItReplacesTheFirst) {
    journal_of(kFourWeeks);
    const json first = checkin_json();
    ASSERT_TRUE(first["saved"].get<bool>());
    // An evening weigh-in makes today's reading, so the second estimate differs from the first.
    ASSERT_EQ(hipfit({"log", "weight", "69kg", "--time", "20:00"}).exit_code, 0);
    const json second = checkin_json();
    EXPECT_TRUE(second["saved"].get<bool>());
    EXPECT_TRUE(second["last_checkin"].is_null());  // not built on the first: it replaces it
    // Built on the formula's target (at today's new weight), as the first was.
    EXPECT_DOUBLE_EQ(second["previous_target_kcal"].get<double>(),
                     assess_json()["target_kcal"].get<double>());
    ASSERT_NE(second["estimate"]["expenditure_kcal"], first["estimate"]["expenditure_kcal"]);
    EXPECT_EQ(stored_checkins(database()), 1);
    // The one kept is the second: its reasons (which give the estimate) are the ones the report shows.
    ASSERT_NE(second["reasons"], first["reasons"]);
    EXPECT_EQ(json_of({"report", "--json"})["checkin"]["reasons"], second["reasons"]);
}

// Once today's is kept, a dry run shows it — not due, saved, the next due in a week — instead of
// offering to change the target again; a real run still decides anew and replaces it.
TEST_F(CheckinBinary, OnceTodaysIsKeptTheDryRunShowsItAndIsNotDue) {
    journal_of(kFourWeeks);
    const json kept = checkin_json();
    ASSERT_TRUE(kept["saved"].get<bool>());
    ASSERT_TRUE(kept["changed"].get<bool>());
    const std::string before = stored_bytes();
    json expected = kept;
    expected["due"] = false;
    expected["next_due"] = day_from_today(7);
    EXPECT_EQ(checkin_json(kToday, {"--dry-run"}), expected);
    const ProcessResult text = hipfit({"checkin", "--dry-run"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    const std::string target = core::kcal_text(kept["target_kcal"].get<double>());
    EXPECT_NE(text.out.find("Checked in today: your target is " + target + " kcal a day.\n"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("The next check-in is due on 2026-11-28."), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find("Target:"), std::string::npos) << text.out;
    EXPECT_EQ(stored_bytes(), before);
    // The real run decides again, from the target before today's, and replaces today's.
    const json again = checkin_json();
    EXPECT_TRUE(again["due"].get<bool>());
    EXPECT_TRUE(again["saved"].get<bool>());
    EXPECT_EQ(again["previous_target_kcal"], kept["previous_target_kcal"]);
    EXPECT_EQ(stored_checkins(database()), 1);
}

TEST_F(CheckinBinary, ADayLaterItIsNotDueUntilAWeekHasPassed) {
    journal_of(kFourWeeks);
    const json saved = checkin_json();
    ASSERT_TRUE(saved["saved"].get<bool>());
    const std::string before = stored_bytes();
    const json tomorrow = checkin_json(day_from_today(1));
    EXPECT_FALSE(tomorrow["due"].get<bool>());
    EXPECT_FALSE(tomorrow["saved"].get<bool>());
    EXPECT_FALSE(tomorrow["changed"].get<bool>());
    EXPECT_EQ(tomorrow["last_checkin"], kToday);
    EXPECT_EQ(tomorrow["next_due"], day_from_today(7));
    EXPECT_DOUBLE_EQ(tomorrow["target_kcal"].get<double>(), saved["target_kcal"].get<double>());
    const ProcessResult text = on(day_from_today(1), {"checkin"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(
        text.out.find("Not due yet: the last check-in was on 2026-11-21; the next is on 2026-11-28. Your "
                      "target stays at " +
                      core::kcal_text(saved["target_kcal"].get<double>()) + " kcal a day.\n"),
        std::string::npos)
        << text.out;
    EXPECT_EQ(stored_bytes(), before);
    EXPECT_TRUE(checkin_json(day_from_today(6), {"--dry-run"})["next_due"] == day_from_today(7));
    // A week on it is due again, and builds on the saved one.
    const json week_later = checkin_json(day_from_today(7), {"--dry-run"});
    EXPECT_TRUE(week_later["due"].get<bool>());
    EXPECT_EQ(week_later["next_due"], day_from_today(7));
    EXPECT_EQ(week_later["last_checkin"], kToday);
    EXPECT_DOUBLE_EQ(week_later["previous_target_kcal"].get<double>(), saved["target_kcal"].get<double>());
}

TEST_F(CheckinBinary, DryRunDecidesTheSameButSavesNothing) {
    journal_of(kFourWeeks);
    const std::string before = stored_bytes();
    const json dry = checkin_json(kToday, {"--dry-run"});
    EXPECT_TRUE(dry["due"].get<bool>());
    EXPECT_FALSE(dry["saved"].get<bool>());
    const ProcessResult text = hipfit({"checkin", "--dry-run"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("Nothing saved (--dry-run).\n"), std::string::npos) << text.out;
    EXPECT_EQ(stored_bytes(), before);
    EXPECT_EQ(stored_checkins(database()), 0);
    EXPECT_TRUE(json_of({"report", "--json"})["checkin"].is_null());
    // The real one decides exactly what the dry run showed.
    json real = checkin_json();
    EXPECT_TRUE(real["saved"].get<bool>());
    real["saved"] = false;
    EXPECT_EQ(real, dry);
}

// The forecast plans the target in force: its planned intake on day 0 (the baseline that holds today's
// weight plus the first change) is that target, whatever the model's baseline.
void expect_forecast_plans(const json& forecast, double target) {
    EXPECT_TRUE(forecast["plan"]["from_profile"].get<bool>());
    EXPECT_DOUBLE_EQ(forecast["plan"]["target_in_force_kcal"].get<double>(), target);
    EXPECT_NEAR(forecast["baseline"]["intake_kcal"].get<double>() +
                    forecast["plan"]["intake_changes"][0]["kcal"].get<double>(),
                target, 1e-9);
    EXPECT_NEAR(forecast["days"][0]["intake_kcal"].get<double>(), target, 1e-9);
}

// Four weeks of logs, then a check-in: every view's target is the check-in's, on the command line and
// through the API; the day before, every view's is the formula's on the latest logged weight, and assess's
// own target is that same number.
TEST_F(CheckinBinary, TheSavedTargetIsTheTargetInForceEverywhere) {
    journal_of(kFourWeeks);
    const std::string yesterday = day_from_today(-1);
    const json assessed_before = json_of({"assess", "--json"}, yesterday);
    const double formula = assessed_before["target_kcal"].get<double>();
    EXPECT_DOUBLE_EQ(assessed_before["target_in_force_kcal"].get<double>(), formula);
    EXPECT_EQ(assessed_before["target_in_force_source"], "formula");
    EXPECT_DOUBLE_EQ(json_of({"today", "--json"}, yesterday)["targets"]["energy_kcal"].get<double>(),
                     formula);
    EXPECT_DOUBLE_EQ(json_of({"stats", "--json"}, yesterday)["intake"]["target_kcal"].get<double>(), formula);
    EXPECT_DOUBLE_EQ(json_of({"report", "--json"}, yesterday)["target_kcal"].get<double>(), formula);
    expect_forecast_plans(json_of({"forecast", "--json"}, yesterday), formula);

    const json c = checkin_json();
    ASSERT_TRUE(c["saved"].get<bool>());
    const double target = c["target_kcal"].get<double>();
    const json assessed = assess_json();
    ASSERT_NE(target, assessed["target_kcal"].get<double>());  // the formula's is no longer in force
    EXPECT_DOUBLE_EQ(assessed["target_in_force_kcal"].get<double>(), target);
    EXPECT_EQ(assessed["target_in_force_source"], "checkin");
    EXPECT_DOUBLE_EQ(json_of({"today", "--json"})["targets"]["energy_kcal"].get<double>(), target);
    EXPECT_DOUBLE_EQ(json_of({"stats", "--json"})["intake"]["target_kcal"].get<double>(), target);
    const json report = json_of({"report", "--json"});
    EXPECT_DOUBLE_EQ(report["target_kcal"].get<double>(), target);
    EXPECT_EQ(report["checkin"]["date"], kToday);
    EXPECT_DOUBLE_EQ(report["checkin"]["target_kcal"].get<double>(), target);
    const json planned = json_of({"forecast", "--json"});
    expect_forecast_plans(planned, target);
    // The model burns what the check-in learnt from the journal, not what the formula guessed.
    EXPECT_NEAR(planned["baseline"]["intake_kcal"].get<double>(),
                c["estimate"]["expenditure_kcal"].get<double>(), 1e-6);

    // The same journal served (its first account takes it over, as 'hipfit serve --claim-owner' lets it):
    // every route shows the same target.
    hipfit::server::ServerOptions claiming;
    claiming.claim_owner = true;
    hipfit::server::testing::TestServer server(
        [&](const std::string& path) {
            std::filesystem::copy_file(database(), path);
            if (std::filesystem::exists(database() + "-wal"))
                std::filesystem::copy_file(database() + "-wal", path + "-wal");
        },
        claiming);
    const hipfit::server::testing::Session owner = server.sign_up("owner@example.com");
    EXPECT_EQ(server.get("/api/today", &owner).json["targets"]["energy_kcal"], target);
    EXPECT_EQ(server.get("/api/stats", &owner).json["intake"]["target_kcal"], target);
    EXPECT_EQ(server.get("/api/assessment", &owner).json["target_in_force_kcal"], target);
    EXPECT_EQ(server.get("/api/checkin", &owner).json["in_force"]["target_kcal"], target);
    expect_forecast_plans(server.get("/api/forecast", &owner).json, target);

    // The text says which target is in force and why it differs from the assessment's.
    const ProcessResult text = hipfit({"assess"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find(fmt::format("In force: {} kcal a day, set by your weekly check-in of {}",
                                        core::kcal_text(target), kToday)),
              std::string::npos)
        << text.out;
    const ProcessResult forecast_text = hipfit({"forecast"});
    EXPECT_NE(forecast_text.out.find(
                  fmt::format("Plan: eat your calorie target, {} kcal a day (", core::kcal_text(target))),
              std::string::npos)
        << forecast_text.out;
}

}  // namespace
}  // namespace hipfit::testing
