// hipfit migrate: moving house between a SQLite file and PostgreSQL (and between files), every record kept
// (the exports are the same byte for byte), the undo history and the entry ids with it; a target that holds
// data, a missing source or the same location is refused with exit 2 and nothing written.
#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/base/date.hpp"
#include "core/checkin/checkin_record.hpp"
#include "store/repository.hpp"
#include "tests/cli/hipfit_fixture.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::testing {
namespace {

class MigrateBinary : public HipfitBinary {
  protected:
    // hipfit on another database than the fixture's.
    ProcessResult on(const std::string& location, std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", location});
        return hipfit(args);
    }

    // A journal with something of everything: a profile, entries of several kinds with a workout, an edit
    // and a delete in the undo log, a check-in.
    void fill() const {
        ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
        for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
                 {"log", "weight", "72.4kg", "--date", "2026-11-10", "--time", "07:00"},
                 {"log", "weight", "71.8kg", "--date", "2026-11-17", "--time", "07:00"},
                 {"log", "food", "640", "--protein", "32.5", "--time", "12:30", "--note", "dal, naïve café"},
                 {"log", "workout", "--exercise", "glute-bridge:12,12,10@8", "--time", "18:00"},
                 {"log", "water", "750ml", "--time", "10:00"},
                 {"edit", "3", "700"},
                 {"delete", "5"}}) {
            const ProcessResult result = hipfit(args);
            ASSERT_EQ(result.exit_code, 0) << result.err;
        }
        // A kept check-in, as 'hipfit checkin' saves one after two weeks of weigh-ins.
        const core::CheckinRecord checkin{
            core::parse_date("2026-11-17", "date"),
            core::Kilocalories(1850),
            core::Kilocalories(1900),
            core::Kilocalories(2212.5),
            core::Kilocalories(140.25),
            {"You burn about 2,210 kcal a day.", "Target \"moved\" by 50 kcal."}};
        store::open_repository(database(), store::OpenFor::write)->save_checkin(checkin);
    }

    std::string exported(const std::string& location) const {
        const ProcessResult result = on(location, {"export", "--format", "json"});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.out;
    }
};

TEST_F(MigrateBinary, AFileMovesToAnotherWithEveryRecordItsUndoAndItsIds) {
    fill();
    const std::string copy = dir_.file("moved/copy.db");
    const ProcessResult moved = hipfit({"migrate", "--from", database(), "--to", copy, "--json"});
    ASSERT_EQ(moved.exit_code, 0) << moved.err;
    const nlohmann::json summary = nlohmann::json::parse(moved.out);
    EXPECT_EQ(summary["copied"]["entries"], 4);
    EXPECT_EQ(summary["copied"]["profiles"], 1);
    EXPECT_EQ(summary["copied"]["checkins"], 1);
    EXPECT_EQ(summary["exports_compared"], 1);
    EXPECT_EQ(exported(copy), exported(database()));
    // The undo log came along: the delete, then the edit, are undone on the copy as on the original.
    EXPECT_EQ(on(copy, {"undo"}).out, hipfit({"undo"}).out);
    EXPECT_EQ(on(copy, {"undo"}).out, hipfit({"undo"}).out);
    // New entries continue after the copied ids.
    EXPECT_EQ(on(copy, {"log", "steps", "8000", "--time", "20:00"}).out,
              hipfit({"log", "steps", "8000", "--time", "20:00"}).out);
    EXPECT_EQ(exported(copy), exported(database()));
}

TEST_F(MigrateBinary, AFileMovesToPostgreSqlAndBackUnchanged) {
    if (!test_postgresql_server())
        GTEST_SKIP() << "skipped: no PostgreSQL (HIPFIT_TEST_POSTGRESQL; scripts/with-postgresql)";
    fill();
    const TestDatabase hosted(Backend::postgresql);
    const ProcessResult there = hipfit({"migrate", "--from", database(), "--to", hosted.location()});
    ASSERT_EQ(there.exit_code, 0) << there.err;
    EXPECT_NE(there.out.find("Copied 0 accounts, 1 profile, 4 entries, 1 check-in, 0 own exercises"),
              std::string::npos)
        << there.out;
    EXPECT_EQ(exported(hosted.location()), exported(database()));
    // PostgreSQL hands out the next id after the copied ones, and undoes what the file logged.
    EXPECT_EQ(on(hosted.location(), {"log", "steps", "8000", "--time", "20:00"}).out,
              hipfit({"log", "steps", "8000", "--time", "20:00"}).out);
    EXPECT_EQ(on(hosted.location(), {"undo"}).out, hipfit({"undo"}).out);
    EXPECT_EQ(on(hosted.location(), {"undo"}).out, hipfit({"undo"}).out);

    const std::string back = dir_.file("back.db");
    const ProcessResult home = hipfit({"migrate", "--from", hosted.location(), "--to", back});
    ASSERT_EQ(home.exit_code, 0) << home.err;
    EXPECT_EQ(exported(back), exported(database()));
    EXPECT_EQ(on(back, {"undo"}).out, hipfit({"undo"}).out);
}

TEST_F(MigrateBinary, ATargetThatHoldsDataIsRefusedAndLeftAsItWas) {
    fill();
    const std::string other = dir_.file("other.db");
    ASSERT_EQ(on(other, {"log", "water", "250ml", "--time", "09:00"}).exit_code, 0);
    const std::string before = read_file_or_missing(other);
    const ProcessResult refused = hipfit({"migrate", "--from", database(), "--to", other});
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("--to: the database to copy into holds data already"), std::string::npos)
        << refused.err;
    EXPECT_EQ(read_file_or_missing(other), before);
}

TEST_F(MigrateBinary, AMissingSourceOrTheSameLocationIsRefusedAndNothingIsCreated) {
    const std::string target = dir_.file("target.db");
    const ProcessResult missing = hipfit({"migrate", "--from", dir_.file("absent.db"), "--to", target});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("--from: there is no hipfit database at"), std::string::npos) << missing.err;
    EXPECT_FALSE(std::filesystem::exists(target));
    EXPECT_FALSE(std::filesystem::exists(dir_.file("absent.db")));
    fill();
    const ProcessResult same = hipfit({"migrate", "--from", database(), "--to", database()});
    EXPECT_EQ(same.exit_code, 2);
    EXPECT_NE(same.err.find("--to: the same database as --from"), std::string::npos) << same.err;
    EXPECT_EQ(hipfit({"migrate", "--to", target}).exit_code, 2) << "--from is required";
}

}  // namespace
}  // namespace hipfit::testing
