// init on a terminal: the questions, run in-process with a scripted console.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/command.hpp"
#include "tests/support/process.hpp"

namespace hipfit::cli {
namespace {

using hipfit::core::FixedClock;
using hipfit::testing::read_file_or_missing;
using hipfit::testing::TempDir;

struct Session {
    int exit_code;
    std::string out;
    std::string err;
};

class PromptTest : public ::testing::Test {
  protected:
    Session hipfit(std::vector<std::string> args, const std::string& answers, bool interactive = true) {
        std::istringstream in(answers);
        std::ostringstream out;
        std::ostringstream err;
        const std::string db = database();
        Environment environment{Console{in, out, err, interactive}, clock_,
                                [db](std::string_view name) -> std::optional<std::string> {
                                    if (name == "HIPFIT_DB")
                                        return db;
                                    return std::nullopt;
                                }};
        args.insert(args.begin(), "hipfit");
        std::vector<const char*> argv;
        for (const std::string& arg : args) argv.push_back(arg.c_str());
        const int code = run(static_cast<int>(argv.size()), argv.data(), environment);
        return {code, out.str(), err.str()};
    }

    [[nodiscard]] std::string database() const { return dir_.file("h.db"); }

    nlohmann::json assessment() {
        const Session session = hipfit({"assess", "--json"}, "", false);
        EXPECT_EQ(session.exit_code, 0) << session.err;
        return nlohmann::json::parse(session.out);
    }

    TempDir dir_;
    FixedClock clock_{core::Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)}};
};

// units, sex, age, height, weight, waist, hip, neck, thigh, activity, goal, equipment, days, minutes, time,
// level
const std::string kAnswers = "metric\nfemale\n34\n165\n72\n80\n104\n33\n\nlight\nlose-fat\n\n\n\n\n\n";

TEST_F(PromptTest, ANewProfileIsBuiltFromTheAnswers) {
    const Session session = hipfit({"init"}, kAnswers);
    ASSERT_EQ(session.exit_code, 0) << session.err;
    EXPECT_NE(session.out.find("Height (e.g. 165cm or 5ft5in): "), std::string::npos);
    EXPECT_NE(session.out.find("Profile saved"), std::string::npos);
    const nlohmann::json a = assessment();
    EXPECT_NEAR(a["bmr_kcal"].get<double>(), 1420.25, 1e-9);  // 10·72 + 6.25·165 − 5·34 − 161
    EXPECT_NEAR(a["pal"].get<double>(), 1.375, 1e-12);
}

TEST_F(PromptTest, AWrongAnswerIsExplainedAndAskedAgain) {
    const std::string answers =
        "metric\nfemale\n34\n7O\n1650\n165\n72\n80\n104\n33\n\nlight\nlose-fat\n\n\n\n\n\n";
    const Session session = hipfit({"init"}, answers);
    ASSERT_EQ(session.exit_code, 0) << session.err;
    EXPECT_NE(session.out.find("'7O' is not a length"), std::string::npos) << session.out;
    EXPECT_NE(session.out.find("outside the accepted range 120–230 cm"), std::string::npos) << session.out;
    EXPECT_NEAR(assessment()["waist_to_height_ratio"].get<double>(), 80.0 / 165.0, 1e-12);
}

TEST_F(PromptTest, FlagsGivenAreNotAskedAgain) {
    const Session session = hipfit({"init", "--sex", "female", "--height", "5ft5in"},
                                   "imperial\n34\n158.7\n31.5\n41\n13\n\n\n\n\n\n\n\n\n");
    ASSERT_EQ(session.exit_code, 0) << session.err;
    EXPECT_EQ(session.out.find("Sex,"), std::string::npos);
    EXPECT_EQ(session.out.find("Height"), std::string::npos);
    EXPECT_NEAR(assessment()["bmi"].get<double>(), 158.7 * 0.45359237 / (1.651 * 1.651), 1e-9);
}

TEST_F(PromptTest, InputEndingBeforeARequiredAnswerWritesNothing) {
    const Session session = hipfit({"init"}, "metric\nfemale\n34\n");
    EXPECT_EQ(session.exit_code, kExitUsage);
    EXPECT_NE(session.err.find("--height"), std::string::npos) << session.err;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(PromptTest, AMinorIsRefusedAtTheAgeQuestion) {
    const Session session = hipfit({"init"}, "metric\nfemale\n16\n");
    EXPECT_EQ(session.exit_code, kExitRefused);
    EXPECT_NE(session.err.find("adults"), std::string::npos) << session.err;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(PromptTest, AnExistingProfileShowsCurrentAnswersAndKeepsThemOnEnter) {
    ASSERT_EQ(hipfit({"init"}, kAnswers).exit_code, 0);
    const Session session = hipfit({"init"}, "\n\n\n\n70\n\n\n\n\n\n\n\n\n\n\n\n");
    ASSERT_EQ(session.exit_code, 0) << session.err;
    EXPECT_NE(session.out.find("[165.0 cm]"), std::string::npos) << session.out;
    EXPECT_NE(session.out.find("Profile updated"), std::string::npos);
    EXPECT_NEAR(assessment()["bmi"].get<double>(), 70.0 / (1.65 * 1.65), 1e-9);
}

}  // namespace
}  // namespace hipfit::cli
