// init: creating, updating, and where the database lives.
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

TEST_F(HipfitBinary, InitUpdatesOnlyTheGivenFields) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const ProcessResult update = hipfit({"init", "--weight", "70kg"});
    ASSERT_EQ(update.exit_code, 0) << update.err;
    EXPECT_NE(update.out.find("Profile updated"), std::string::npos);
    const nlohmann::json a = assess_json();
    EXPECT_NEAR(a["bmi"].get<double>(), 70.0 / (1.65 * 1.65), 1e-9);
    EXPECT_NEAR(a["waist_to_hip_ratio"].get<double>(), 80.0 / 104.0, 1e-12);
}

TEST_F(HipfitBinary, ANewProfileNeedsEveryRequiredMeasurement) {
    const ProcessResult result = hipfit({"init", "--sex", "female", "--age", "30"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("--height"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("--neck"), std::string::npos) << result.err;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(HipfitBinary, BirthDateKeepsTheAgeCurrent) {
    std::vector<std::string> args = metric_profile();
    args[3] = "--born";
    args[4] = "1992-11-22";  // 33 on 2026-11-21, 34 the day after
    ASSERT_EQ(hipfit(args).exit_code, 0);
    EXPECT_EQ(assess_json()["age_years"], 33);
    const ProcessResult next_day = run_process(HIPFIT_BINARY, {"assess", "--json"},
                                               {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", "2026-11-22"}});
    EXPECT_EQ(nlohmann::json::parse(next_day.out)["age_years"], 34);
}

TEST_F(HipfitBinary, TheDatabasePathFollowsFlagThenEnvironmentThenXdgThenHome) {
    const std::vector<std::string> profile = metric_profile();
    auto with = [&](std::vector<std::string> args) {
        args.insert(args.end(), profile.begin() + 1, profile.end());
        return args;
    };
    const std::string home = dir_.file("home");
    const std::string xdg = dir_.file("xdg");
    const std::string env_db = dir_.file("env.db");
    const std::string flag_db = dir_.file("flag.db");
    ASSERT_EQ(hipfit_with_environment(with({"init"}), {{"HOME", home}}).exit_code, 0);
    EXPECT_NE(read_file_or_missing(home + "/.local/share/hipfit/hipfit.db"), "<missing>");
    ASSERT_EQ(hipfit_with_environment(with({"init"}), {{"HOME", home}, {"XDG_DATA_HOME", xdg}}).exit_code, 0);
    EXPECT_NE(read_file_or_missing(xdg + "/hipfit/hipfit.db"), "<missing>");
    ASSERT_EQ(hipfit_with_environment(with({"init"}),
                                      {{"HOME", home}, {"XDG_DATA_HOME", xdg}, {"HIPFIT_DB", env_db}})
                  .exit_code,
              0);
    EXPECT_NE(read_file_or_missing(env_db), "<missing>");
    ASSERT_EQ(hipfit_with_environment(with({"init", "--db", flag_db}), {{"HIPFIT_DB", env_db}}).exit_code, 0);
    EXPECT_NE(read_file_or_missing(flag_db), "<missing>");
    // The option may also come before the command.
    const ProcessResult before_command = hipfit_with_environment({"--db", flag_db, "assess", "--json"}, {});
    EXPECT_EQ(before_command.exit_code, 0) << before_command.err;
}

TEST_F(HipfitBinary, InitWithNothingToChangeWritesNothing) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const std::string before = read_file_or_missing(database());
    const ProcessResult result = hipfit({"init"});
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_NE(result.out.find("Nothing to change"), std::string::npos);
    EXPECT_EQ(read_file_or_missing(database()), before);
}

}  // namespace
}  // namespace hipfit::testing
