// 'hipfit exercises --kind' takes the words its own listing prints for kinds (issue 13, point 7): one
// table of kind names (core's kExerciseKindNames) for both, so the wall sit the listing calls isometric
// is found as isometric.
#include <set>
#include <sstream>

#include "core/program/catalog.hpp"
#include "io/catalog_json.hpp"
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

// The words of a line, split at spaces.
std::vector<std::string> words_of(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

class ExercisesKind : public HipfitBinary {
  protected:
    // Each listed exercise's line, by its id (the line's first word).
    [[nodiscard]] std::map<std::string, std::string> listing(const std::vector<std::string>& filters) const {
        std::vector<std::string> args{"exercises"};
        args.insert(args.end(), filters.begin(), filters.end());
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        std::map<std::string, std::string> lines;
        std::istringstream in(result.out);
        for (std::string line; std::getline(in, line);) {
            const std::vector<std::string> words = words_of(line);
            if (!words.empty() && io::builtin_catalog().find(words.front()) != nullptr)
                lines[words.front()] = line;
        }
        return lines;
    }
};

TEST_F(ExercisesKind, EveryKindTheListingPrintsIsAcceptedAndFindsExactlyItsExercises) {
    const std::map<std::string, std::string> all = listing({});
    ASSERT_EQ(all.size(), io::builtin_catalog().exercises().size());
    std::map<std::string, std::set<std::string>> by_kind;  // the kind word each line shows
    for (const core::Exercise& e : io::builtin_catalog().exercises()) {
        const std::string kind(core::name_of(core::kExerciseKindNames, e.kind));
        const std::vector<std::string> words = words_of(all.at(e.id));
        ASSERT_NE(std::find(words.begin(), words.end(), kind), words.end())
            << "the line shows the kind: " << all.at(e.id);
        for (const std::string block : {"targeted", "cool-down"})
            EXPECT_EQ(std::find(words.begin(), words.end(), block), words.end()) << all.at(e.id);
        by_kind[kind].insert(e.id);
    }
    EXPECT_EQ(by_kind.size(), core::kExerciseKindNames.size()) << "the catalog has every kind";
    for (const auto& [kind, ids] : by_kind) {
        std::set<std::string> found;
        for (const auto& [id, line] : listing({"--kind", kind})) found.insert(id);
        EXPECT_EQ(found, ids) << kind;
    }
}

TEST_F(ExercisesKind, TheWallSitIsIsometricInTheListingAndInTheFilter) {
    const std::vector<std::string> words = words_of(listing({}).at("wall-sit"));
    EXPECT_NE(std::find(words.begin(), words.end(), "isometric"), words.end());
    EXPECT_EQ(std::find(words.begin(), words.end(), "strength"), words.end());
    EXPECT_TRUE(listing({"--kind", "isometric"}).contains("wall-sit"));
    EXPECT_FALSE(listing({"--kind", "strength"}).contains("wall-sit"));
    const ProcessResult one = hipfit({"exercise", "wall-sit", "--json"});
    ASSERT_EQ(one.exit_code, 0) << one.err;
    EXPECT_EQ(json::parse(one.out).at("kind"), "isometric") << "the catalog's kind";
}

TEST_F(ExercisesKind, AWordThatIsNoKindExits2ListingTheKinds) {
    for (const std::string word : {"targeted", "cool-down", "yoga"}) {
        const ProcessResult result = hipfit({"exercises", "--kind", word});
        EXPECT_EQ(result.exit_code, 2) << word;
        EXPECT_EQ(result.out, "");
        EXPECT_NE(result.err.find("--kind: '" + word + "' is not one of"), std::string::npos) << result.err;
        for (const auto& [kind, name] : core::kExerciseKindNames)
            EXPECT_NE(result.err.find(std::string(name)), std::string::npos) << name << ": " << result.err;
    }
    const ProcessResult help = hipfit({"exercises", "--help"});
    for (const auto& [kind, name] : core::kExerciseKindNames)
        EXPECT_NE(help.out.find(std::string(name)), std::string::npos) << name << ": " << help.out;
}

}  // namespace
}  // namespace hipfit::testing
