// Minutes of relaxation are logged as 'hipfit log relaxation MINUTES' and read as "relaxation" (issue 13,
// point 7: 'log stress 3' meant three minutes of relaxation). The database and exports keep the kind
// "stress", so a journal or an export written before still loads, and 'log stress' still works.
#include <fstream>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class Relaxation : public HipfitBinary {
  protected:
    void SetUp() override { ASSERT_EQ(hipfit(metric_profile()).exit_code, 0); }

    [[nodiscard]] std::string ok(const std::vector<std::string>& args) const {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.out;
    }
};

TEST_F(Relaxation, IsLoggedAndShownAsMinutesOfRelaxation) {
    const std::string logged = ok({"log", "relaxation", "20", "--note", "yoga", "--time", "07:00"});
    EXPECT_EQ(logged.rfind("Logged relaxation 20 min — yoga on 2026-11-21 at 07:00 (id ", 0), 0U) << logged;
    const std::string history = ok({"history"});
    EXPECT_NE(history.find("relaxation 20 min — yoga"), std::string::npos) << history;
    EXPECT_EQ(history.find("stress"), std::string::npos) << history;
    // The stored and exported kind is the one older files carry.
    const json entries = json::parse(ok({"history", "--json", "--kind", "relaxation"}));
    ASSERT_EQ(entries.size(), 1U) << entries;
    EXPECT_EQ(entries[0]["kind"], "stress");
    EXPECT_EQ(entries[0]["value"], 20);
}

TEST_F(Relaxation, TheOldWordStillLogsAndFilters) {
    const std::string logged = ok({"log", "stress", "15min"});
    EXPECT_EQ(logged.rfind("Logged relaxation 15 min on ", 0), 0U) << logged;
    EXPECT_EQ(json::parse(ok({"history", "--json", "--kind", "stress"})).size(), 1U);
}

TEST_F(Relaxation, HelpNamesRelaxationAndNotTheOldWord) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"log", "--help"}, std::vector<std::string>{"history", "--help"}}) {
        const std::string help = ok(args);
        EXPECT_NE(help.find("relaxation"), std::string::npos) << help;
        EXPECT_EQ(help.find("stress"), std::string::npos) << help;
    }
    const ProcessResult wrong = hipfit({"log", "meditation", "10"});
    EXPECT_EQ(wrong.exit_code, 2);
    EXPECT_NE(wrong.err.find("|relaxation|"), std::string::npos) << wrong.err;
    EXPECT_EQ(wrong.err.find("stress"), std::string::npos) << wrong.err;
}

TEST_F(Relaxation, AValueOutOfRangeIsNamedAsRelaxation) {
    const std::string before = stored_bytes();
    const ProcessResult result = hipfit({"log", "relaxation", "601"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("relaxation"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("stress"), std::string::npos) << result.err;
    EXPECT_EQ(stored_bytes(), before);
    const ProcessResult not_a_number = hipfit({"log", "relaxation", "ten"});
    EXPECT_EQ(not_a_number.exit_code, 2);
    EXPECT_NE(not_a_number.err.find("relaxation: "), std::string::npos) << not_a_number.err;
}

TEST_F(Relaxation, AnExportWithTheStoredKindIsImportedAsRelaxation) {
    ASSERT_EQ(ok({"log", "stress", "25"}).empty(), false);
    const std::string path = dir_.file("export.json");
    EXPECT_NE(ok({"export", "--format", "json", "--out", path}).find("Exported "), std::string::npos);
    std::ifstream in(path);
    const json exported = json::parse(in);
    EXPECT_NE(exported.dump().find(R"("kind":"stress")"), std::string::npos) << "the format is unchanged";
    const std::string other = dir_.file("other.db");
    const std::map<std::string, std::string> environment{
        {"HIPFIT_DB", other}, {"HIPFIT_TODAY", kToday}, {"HOME", dir_.path()}};
    const ProcessResult imported = hipfit_with_environment({"import", path}, environment);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    const ProcessResult history = hipfit_with_environment({"history"}, environment);
    EXPECT_NE(history.out.find("relaxation 25 min"), std::string::npos) << history.out << history.err;
}

}  // namespace
}  // namespace hipfit::testing
