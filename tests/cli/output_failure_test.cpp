// Output that cannot be written (a full disk, a closed pipe) is a failure, not a silent success.
#include <gtest/gtest.h>

#include <sstream>
#include <streambuf>

#include "cli/command.hpp"

namespace hipfit::cli {
namespace {

// A stream buffer that refuses every byte, as a full disk does.
class FullDisk : public std::streambuf {
  protected:
    int_type overflow(int_type) override { return traits_type::eof(); }
};

TEST(Output, AWriteThatFailsMakesTheCommandFail) {
    FullDisk full;
    std::ostream out(&full);
    std::istringstream in;
    std::ostringstream err;
    const core::FixedClock clock(
        core::Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)});
    Environment environment{Console{in, out, err, false}, clock,
                            [](std::string_view name) -> std::optional<std::string> {
                                // No database yet: the list is the catalog's.
                                if (name == "HIPFIT_DB")
                                    return "/nonexistent-hipfit-test/hipfit.db";
                                return std::nullopt;
                            }};
    const char* argv[] = {"hipfit", "exercises"};
    EXPECT_EQ(run(2, argv, environment), kExitFailure);
    EXPECT_NE(err.str().find("could not write the output"), std::string::npos) << err.str();
}

}  // namespace
}  // namespace hipfit::cli
