// Every command on both stores: the same session of commands, from a new profile through logging, the views,
// a check-in, an export and its import, undo and a backup, gives the same output on a SQLite file and on a
// PostgreSQL database (the location aside), and every command succeeds.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <fmt/ranges.h>

#include "tests/cli/hipfit_fixture.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::testing {
namespace {

struct Step {
    std::vector<std::string> args;
    int exit_code = 0;
};

// A week of a person's use, each command as it would be typed, with fixed times so that runs agree.
std::vector<Step> a_week(const std::string& folder) {
    const std::vector<std::string> profile{
        "init", "--sex", "female", "--age",  "34",   "--height",   "165cm", "--weight", "72kg",    "--waist",
        "80cm", "--hip", "104cm",  "--neck", "33cm", "--activity", "light", "--goal",   "lose-fat"};
    return {
        {profile},
        {{"log", "weight", "72.4kg", "--date", "2026-11-15", "--time", "07:00"}},
        {{"log", "weight", "72.1kg", "--date", "2026-11-18", "--time", "07:00"}},
        {{"log", "weight", "71.9kg", "--date", "2026-11-21", "--time", "07:00"}},
        {{"log", "food", "650", "--protein", "31.5", "--time", "12:30", "--note", "lentil salad, café"}},
        {{"log", "water", "500ml", "--time", "10:00"}},
        {{"log", "sleep", "7.5h", "--date", "2026-11-20", "--time", "07:00"}},
        {{"log", "measure", "--waist", "79.5cm", "--hip", "103cm", "--time", "07:05"}},
        {{"log", "workout", "--exercise", "glute-bridge:12,12,10@8", "--exercise", "clamshell:15,15",
          "--time", "18:00"}},
        {{"edit", "4", "700", "--protein", "35"}},
        {{"delete", "5"}},
        {{"undo"}},
        {{"history", "--json"}},
        {{"history", "--exercise", "glute-bridge", "--json"}},
        {{"today", "--json"}},
        {{"stats", "--week", "--json"}},
        {{"report", "--json"}},
        {{"assess", "--json"}},
        {{"plan", "--json"}},
        {{"forecast", "--days", "30", "--json"}},
        {{"checkin", "--json"}},
        {{"export", "--format", "json", "--out", folder + "/export.json"}},
        {{"export", "--format", "csv"}},
        {{"import", folder + "/export.json", "--json"}},
        {{"import", folder + "/export.json", "--dry-run"}},
        {{"undo"}},
        {{"backup", folder + "/copy.db"}},
        {{"history", "--db", folder + "/copy.db", "--json"}},
        {{"log", "weight", "900kg"}, 2},
        {{"edit", "999", "70kg"}, 2},
    };
}

std::string without(std::string text, const std::string& location) {
    for (std::size_t at = text.find(location); at != std::string::npos; at = text.find(location, at))
        text.replace(at, location.size(), "<db>");
    return text;
}

class EveryStore : public HipfitBinary {};

// What each step printed (its exit code, out and err) on `backend`.
std::vector<std::string> transcript(Backend backend, const TempDir& files) {
    TestDatabase database(backend);
    std::vector<std::string> printed;
    for (const Step& step : a_week(files.path() + (backend == Backend::sqlite ? "/sqlite" : "/postgresql"))) {
        const ProcessResult result = run_process(
            HIPFIT_BINARY, step.args,
            {{"HIPFIT_DB", database.location()}, {"HIPFIT_TODAY", kToday}, {"HOME", files.path()}});
        EXPECT_EQ(result.exit_code, step.exit_code) << fmt::format("{}", fmt::join(step.args, " ")) << "\n"
                                                    << result.out << result.err;
        printed.push_back(fmt::format("$ {} → {}\n{}{}", fmt::join(step.args, " "), result.exit_code,
                                      without(result.out, database.location()),
                                      without(result.err, database.location())));
    }
    return printed;
}

TEST_F(EveryStore, EveryCommandSucceedsOnSqlite) {
    std::filesystem::create_directories(dir_.file("sqlite"));
    transcript(Backend::sqlite, dir_);
}

TEST_F(EveryStore, PostgreSqlAnswersEveryCommandAsSqliteDoes) {
    if (!test_postgresql_server())
        GTEST_SKIP() << "skipped: no PostgreSQL (HIPFIT_TEST_POSTGRESQL; scripts/with-postgresql)";
    for (const char* folder : {"sqlite", "postgresql"})
        std::filesystem::create_directories(dir_.file(folder));
    const std::vector<std::string> on_sqlite = transcript(Backend::sqlite, dir_);
    const std::vector<std::string> on_postgresql = transcript(Backend::postgresql, dir_);
    ASSERT_EQ(on_sqlite.size(), on_postgresql.size());
    for (std::size_t i = 0; i < on_sqlite.size(); ++i) {
        std::string expected = on_sqlite[i];
        // The folders of the two runs' own files differ by name only.
        for (std::size_t at = expected.find("/sqlite/"); at != std::string::npos;
             at = expected.find("/sqlite/", at))
            expected.replace(at, 8, "/postgresql/");
        EXPECT_EQ(on_postgresql[i], expected);
    }
}

}  // namespace
}  // namespace hipfit::testing
