// A test fixture that runs the built hipfit binary against a temporary database with a fixed date.
#pragma once

#include <gtest/gtest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "tests/support/process.hpp"

namespace hipfit::testing {

inline constexpr const char* kToday = "2026-11-21";

// A decimal as a person could type it: fixed notation, no exponent.
inline std::string fmt_number(double value) {
    return fmt::format("{:.12f}", value);
}

class HipfitBinary : public ::testing::Test {
  protected:
    [[nodiscard]] std::string database() const { return dir_.file("hipfit.db"); }

    // Everything stored: the database file and its write-ahead log, where a commit may still sit. A
    // reader may leave an empty log behind, which stores nothing: missing and empty count the same.
    [[nodiscard]] std::string stored_bytes() const {
        std::string log = read_file_or_missing(database() + "-wal");
        if (log == "<missing>")
            log.clear();
        return read_file_or_missing(database()) + "\n--wal--\n" + log;
    }

    ProcessResult hipfit(const std::vector<std::string>& args, const std::string& input = "") const {
        return run_process(HIPFIT_BINARY, args,
                           {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", kToday}, {"HOME", dir_.path()}},
                           input);
    }

    // Runs hipfit with the given environment only (for the database-path rules).
    ProcessResult hipfit_with_environment(const std::vector<std::string>& args,
                                          const std::map<std::string, std::string>& environment) const {
        return run_process(HIPFIT_BINARY, args, environment);
    }

    nlohmann::json assess_json(const std::vector<std::string>& extra = {}) const {
        std::vector<std::string> args{"assess", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return nlohmann::json::parse(result.out);
    }

    // The reference profile of these tests, in metric units.
    static std::vector<std::string> metric_profile() {
        return {"init",     "--sex",      "female",  "--age",  "34",      "--height", "165cm",
                "--weight", "72kg",       "--waist", "80cm",   "--hip",   "104cm",    "--neck",
                "33cm",     "--activity", "light",   "--goal", "lose-fat"};
    }

    TempDir dir_;
};

}  // namespace hipfit::testing
