// One plan, fixed in a file: any change to the generator or the catalog that changes a plan shows here.
// After an intended change, regenerate with: HIPFIT_UPDATE_GOLDEN=1 ./build/dev/tests/core/core_tests
//   --gtest_filter='PlanGolden.*'  — and read the diff before committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"
#include "io/plan_json.hpp"
#include "tests/support/sample_journal.hpp"

namespace hipfit::core {
namespace {

constexpr const char* kGoldenFile =
    HIPFIT_SOURCE_DIR "/tests/core/program/golden/plan_beginner_band_12_weeks.json";

Profile golden_profile() {
    return testing::beginner_with_a_band();
}

TEST(PlanGolden, ABeginnerWithABandOverTwelveWeeks) {
    PlanOptions options;
    options.weeks = 12;
    options.start = Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23)};
    options.seed = 0;
    const std::string actual =
        io::to_json(generate_plan(golden_profile(), io::builtin_catalog(), options)).dump(2) + "\n";
    if (std::getenv("HIPFIT_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(kGoldenFile, std::ios::binary) << actual;
        GTEST_SKIP() << "golden file rewritten: " << kGoldenFile;
    }
    std::ifstream in(kGoldenFile, std::ios::binary);
    ASSERT_TRUE(in) << "missing " << kGoldenFile;
    std::ostringstream expected;
    expected << in.rdbuf();
    EXPECT_EQ(actual, expected.str());
}

}  // namespace
}  // namespace hipfit::core
