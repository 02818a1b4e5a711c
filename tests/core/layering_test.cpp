// The domain's folders stay in their order (docs/ARCHITECTURE.md, "The domain's folders"): a folder of
// src/core includes only from itself and the folders before it, so no two domains include each other;
// and no core text holds command-line syntax (core names fields by their keys; the CLI maps them to flags).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace hipfit::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 12> kFolderOrder{"base",    "body",         "energy",   "assessment",
                                                        "program", "illustration", "journal",  "workout",
                                                        "stats",   "coach",        "forecast", "checkin"};

const fs::path kCore = fs::path(HIPFIT_SOURCE_DIR) / "src" / "core";

std::ptrdiff_t rank(const std::string& folder) {
    return std::find(kFolderOrder.begin(), kFolderOrder.end(), folder) - kFolderOrder.begin();
}

std::string text_of(const fs::path& file) {
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<fs::path> core_sources() {
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(kCore)) {
        const std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() && (extension == ".hpp" || extension == ".cpp"))
            files.push_back(entry.path());
    }
    return files;
}

TEST(CoreLayering, EverySourceIsInAKnownFolder) {
    const std::vector<fs::path> files = core_sources();
    EXPECT_GT(files.size(), 70U);
    for (const fs::path& file : files) {
        EXPECT_EQ(file.parent_path().parent_path(), kCore) << file << ": one folder deep";
        EXPECT_LT(rank(file.parent_path().filename().string()), std::ssize(kFolderOrder)) << file;
    }
}

TEST(CoreLayering, AFolderIncludesOnlyFromItselfAndTheFoldersBeforeIt) {
    const std::regex include(R"re(#include "core/([a-z_]+)/[a-z_]+\.hpp")re");
    for (const fs::path& file : core_sources()) {
        const std::string folder = file.parent_path().filename().string();
        const std::string text = text_of(file);
        for (std::sregex_iterator it(text.begin(), text.end(), include), end; it != end; ++it) {
            const std::string included = (*it)[1].str();
            EXPECT_LE(rank(included), rank(folder)) << file << " includes core/" << included;
        }
    }
}

TEST(CoreLayering, NoCoreTextHoldsCommandLineSyntax) {
    const std::regex flag(R"re("--[a-z])re");
    for (const fs::path& file : core_sources())
        EXPECT_FALSE(std::regex_search(text_of(file), flag)) << file << " names a command-line flag";
}

}  // namespace
}  // namespace hipfit::testing
