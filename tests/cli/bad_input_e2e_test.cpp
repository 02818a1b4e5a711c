// Every kind of bad input: a clear error naming the field, exit status 2 (3 for a safety refusal),
// and the database byte-for-byte unchanged — or not created at all.
#include <sqlite3.h>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

struct BadInput {
    std::vector<std::string> args;
    int exit_code;
    std::string mentions;  // the field or word the message must name
};

void PrintTo(const BadInput& bad, std::ostream* out) {
    for (const std::string& arg : bad.args) *out << "'" << arg << "' ";
}

const std::vector<BadInput> kBadInputs = {
    {{"init", "--height", "7O"}, 2, "--height"},
    {{"init", "--weight", "1e999"}, 2, "--weight"},
    {{"init", "--weight", "nan"}, 2, "--weight"},
    {{"init", "--weight", "inf"}, 2, "--weight"},
    {{"init", "--waist", ""}, 2, "--waist"},
    {{"init", "--height", "-170"}, 2, "--height"},
    {{"init", "--height", "119.9cm"}, 2, "120–230 cm"},
    {{"init", "--height", "231cm"}, 2, "--height"},
    {{"init", "--weight", "29kg"}, 2, "30–300 kg"},
    {{"init", "--weight", "301kg"}, 2, "--weight"},
    {{"init", "--waist", "39cm"}, 2, "--waist"},
    {{"init", "--hip", "201cm"}, 2, "--hip"},
    {{"init", "--neck", "19cm"}, 2, "--neck"},
    {{"init", "--neck", "71cm"}, 2, "--neck"},
    {{"init", "--waist", "60cm", "--neck", "60cm"}, 2, "--waist"},
    {{"init", "--sex", "male", "--waist", "66cm", "--neck", "40cm", "--height", "180cm"}, 2, "essential fat"},
    {{"init", "--pal", "2.6"}, 2, "--pal"},
    {{"init", "--pal", "1.1"}, 2, "--pal"},
    {{"init", "--deficit", "50"}, 2, "--deficit"},
    {{"init", "--deficit", "1001"}, 2, "--deficit"},
    {{"init", "--height", "165furlongs"}, 2, "--height"},
    {{"init", "--weight", "72 kg"}, 2, "--weight"},
    {{"init", "--sex", "other"}, 2, "--sex"},
    {{"init", "--goal", "spot-reduce"}, 2, "--goal"},
    {{"init", "--activity", "lazy"}, 2, "--activity"},
    {{"init", "--units", "furlong"}, 2, "--units"},
    {{"init", "--equipment", "kettlebell"}, 2, "--equipment"},
    {{"init", "--equipment", "none,band"}, 2, "--equipment"},
    {{"init", "--days", "mon,tue,wed,thu,fri,sat,sun"}, 2, "--days"},
    {{"init", "--days", "mon,,wed"}, 2, "--days"},
    {{"init", "--minutes", "4"}, 2, "--minutes"},
    {{"init", "--time", "25:00"}, 2, "--time"},
    {{"init", "--born", "2030-01-01"}, 2, "--born"},
    {{"init", "--born", "1990-02-30"}, 2, "--born"},
    {{"init", "--age", "30", "--born", "1990-01-01"}, 2, "--born"},
    {{"init", "--bogus", "1"}, 2, "--bogus"},
    {{"init", "--age"}, 2, "--age"},
    {{"initt"}, 2, "init"},
    {{"assess", "--weight", "7O"}, 2, "--weight"},
    {{"init", "--age", "17"}, 3, "adults"},
    {{"init", "--born", "2010-01-01"}, 3, "adults"},
    {{"init", "--weight", "48kg", "--goal", "lose-fat"}, 3, "BMI"},
};

class BadInputTest : public HipfitBinary, public ::testing::WithParamInterface<BadInput> {};

TEST_P(BadInputTest, IsRefusedAndTheDatabaseIsUnchanged) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const std::string before = stored_bytes();
    const BadInput& bad = GetParam();
    const ProcessResult result = hipfit(bad.args);
    EXPECT_EQ(result.exit_code, bad.exit_code) << result.out << result.err;
    EXPECT_NE(result.err.find(bad.mentions), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(stored_bytes(), before);
}

TEST_P(BadInputTest, OnAFreshMachineCreatesNoDatabase) {
    const BadInput& bad = GetParam();
    // Complete the profile so that only the bad value is wrong.
    std::vector<std::string> args = bad.args;
    if (args.front() == "init") {
        const auto profile = metric_profile();
        for (std::size_t i = 1; i + 1 < profile.size(); i += 2) {
            const bool overridden = std::find(args.begin(), args.end(), profile[i]) != args.end();
            const bool age_given_as_born =
                profile[i] == "--age" && std::find(args.begin(), args.end(), "--born") != args.end();
            if (!overridden && !age_given_as_born)
                args.insert(args.end(), {profile[i], profile[i + 1]});
        }
    }
    const ProcessResult result = hipfit(args);
    EXPECT_NE(result.exit_code, 0);
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

INSTANTIATE_TEST_SUITE_P(EveryKind, BadInputTest, ::testing::ValuesIn(kBadInputs));

TEST_F(HipfitBinary, ADatabaseFromANewerHipfitIsRefusedAndLeftUntouched) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(database().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    const std::string before = read_file_or_missing(database());

    for (const std::vector<std::string>& args : {std::vector<std::string>{"assess"}, metric_profile()}) {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 1);
        EXPECT_NE(result.err.find("newer than this hipfit"), std::string::npos) << result.err;
        EXPECT_EQ(read_file_or_missing(database()), before);
    }
}

TEST_F(HipfitBinary, AnUnknownCommandSuggestsTheClosestOne) {
    const ProcessResult result = hipfit({"asess"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("Did you mean 'assess'?"), std::string::npos) << result.err;
}

TEST_F(HipfitBinary, HelpListsTheCommands) {
    const ProcessResult result = hipfit({"--help"});
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_NE(result.out.find("init"), std::string::npos);
    EXPECT_NE(result.out.find("assess"), std::string::npos);
    const ProcessResult init_help = hipfit({"init", "--help"});
    EXPECT_EQ(init_help.exit_code, 0);
    EXPECT_NE(init_help.out.find("--waist"), std::string::npos);
}

}  // namespace
}  // namespace hipfit::testing
