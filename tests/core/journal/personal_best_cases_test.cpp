// The rule of a personal best, core::beaten, against the cases of tests/fixtures/personal_best_cases.json.
// tests/browser/personal_best.test.js checks the web player's copy of the rule against the same cases, so
// the two cannot drift apart.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/journal/personal_best.hpp"

namespace hipfit::core {
namespace {

using nlohmann::json;

json cases() {
    std::ifstream file(std::string(HIPFIT_SOURCE_DIR) + "/tests/fixtures/personal_best_cases.json",
                       std::ios::binary);
    EXPECT_TRUE(file) << "tests/fixtures/personal_best_cases.json is missing";
    return json::parse(
        std::string{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()})["cases"];
}

Effort effort_of(const json& set) {
    const bool hold = set.contains("hold_seconds");
    return Effort{hold, set.at(hold ? "hold_seconds" : "reps").get<int>(), set.value("load_kg", 0.0)};
}

TEST(PersonalBestCases, CoreGivesWhatTheFixtureSays) {
    const json all = cases();
    ASSERT_GE(all.size(), 8U);
    for (const json& c : all) {
        std::vector<Effort> earlier;
        for (const json& e : c["earlier"]) earlier.push_back(effort_of(e));
        const std::optional<Effort> beats = beaten(effort_of(c["effort"]), earlier);
        if (c["beats"].is_null()) {
            EXPECT_FALSE(beats.has_value()) << c["name"];
        } else {
            ASSERT_TRUE(beats.has_value()) << c["name"];
            EXPECT_EQ(*beats, effort_of(c["beats"])) << c["name"];
        }
    }
}

}  // namespace
}  // namespace hipfit::core
