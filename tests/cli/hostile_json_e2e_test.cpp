// The command line reads the same hostile JSON as the server (issue 11's probe): an import or a workout
// file nested 100,000 deep crashed hipfit; 1e400 was "internal error: [json.exception…]" with exit 1.
// Each is bad input now: exit 2, a message naming the file, nothing written.
#include <fstream>
#include <string>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

class HostileJsonFile : public HipfitBinary {
  protected:
    std::string file_with(const std::string& name, const std::string& text) const {
        const std::string path = dir_.file(name);
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    void expect_bad_input(const std::vector<std::string>& args, const std::string& message) const {
        const std::string before = stored_bytes();
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 2) << result.err;
        EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("json.exception"), std::string::npos) << result.err;
        EXPECT_EQ(stored_bytes(), before);
    }
};

std::string nested_arrays(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

TEST_F(HostileJsonFile, AnImportNested100000DeepIsRefused) {
    const std::string path =
        file_with("deep.json", R"({"format":"hipfit-export","version":)" + nested_arrays(100'000) + "}");
    expect_bad_input({"import", path}, path + ": not accepted: nested deeper than 64 levels");
}

TEST_F(HostileJsonFile, AWorkoutFileNested100000DeepIsRefused) {
    const std::string path = file_with("sets.json", "[" + nested_arrays(100'000) + "]");
    expect_bad_input({"log", "workout", "--file", path},
                     path + ": not accepted: nested deeper than 64 levels");
}

TEST_F(HostileJsonFile, ANumberTooLargeForADoubleIsBadInput) {
    const std::string path = file_with(
        "huge.json", R"({"format":"hipfit-export","version":2,"profile":null,"entries":[)"
                     R"({"id":1,"kind":"weight","date":"2026-11-01","time":"07:30","value":1e400}]})");
    expect_bad_input({"import", path}, path + ": not accepted: a number is too large");
}

TEST_F(HostileJsonFile, AKeyGivenTwiceInAWorkoutFileIsRefused) {
    const std::string path =
        file_with("twice.json", R"([{"exercise":"glute-bridge","reps":12,"reps":1200}])");
    expect_bad_input({"log", "workout", "--file", path},
                     path + ": not accepted: the key \"reps\" appears twice in one object");
}

}  // namespace
}  // namespace hipfit::testing
