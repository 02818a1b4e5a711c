// 'hipfit --version' and 'hipfit help [COMMAND]' through the binary (issue 13, point 7): the version is
// the project's, 'help' says what '--help' says, and a command it does not know is a usage error.
#include <regex>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

TEST_F(HipfitBinary, VersionPrintsTheProjectsVersionAndExits0) {
    const ProcessResult result = hipfit({"--version"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    // "hipfit 0.1.0", and "(git 1a2b3c4)" when built from a git clone.
    const std::regex version("hipfit " +
                             std::regex_replace(HIPFIT_PROJECT_VERSION, std::regex("\\."), "\\.") +
                             "( \\(git [0-9a-f]{4,40}\\))?\n");
    EXPECT_TRUE(std::regex_match(result.out, version)) << result.out;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>") << "no database is created";
}

TEST_F(HipfitBinary, HelpIsWhatDashDashHelpSays) {
    const ProcessResult help = hipfit({"help"});
    const ProcessResult dashes = hipfit({"--help"});
    EXPECT_EQ(help.exit_code, 0) << help.err;
    EXPECT_EQ(help.out, dashes.out);
    EXPECT_NE(help.out.find("hipfit help COMMAND"), std::string::npos) << "the list says how to ask more";
    EXPECT_NE(help.out.find("--version"), std::string::npos) << help.out;
}

TEST_F(HipfitBinary, HelpWithACommandIsThatCommandsHelp) {
    for (const std::string command : {"log", "serve", "exercises", "workout"}) {
        const ProcessResult help = hipfit({"help", command});
        const ProcessResult dashes = hipfit({command, "--help"});
        EXPECT_EQ(help.exit_code, 0) << command << ": " << help.err;
        EXPECT_EQ(help.out, dashes.out) << command;
        EXPECT_NE(help.out.find("hipfit " + command), std::string::npos) << help.out;
    }
}

TEST_F(HipfitBinary, HelpForACommandThatIsNoneExits2NamingIt) {
    const ProcessResult result = hipfit({"help", "asess"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("unknown command 'asess'"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("Did you mean 'assess'?"), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    const ProcessResult two = hipfit({"help", "log", "today"});
    EXPECT_EQ(two.exit_code, 2);
    EXPECT_NE(two.err.find("help takes one command"), std::string::npos) << two.err;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>") << "no database is created";
}

}  // namespace
}  // namespace hipfit::testing
