// Weekly check-ins through 'hipfit export' and 'hipfit import' (the real binary): export → import into a
// new database → export gives the same bytes; the imported target is the one in force; an export of an
// older hipfit (version 1, no check-ins) still imports; undo of the import removes its check-ins; a bad
// check-in is refused naming it and its field, writing nothing.
#include <algorithm>
#include <fstream>
#include <functional>

#include "core/checkin/checkin_record.hpp"
#include "store/repository.hpp"
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

core::Date november(unsigned d) {
    return core::Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(d)};
}

core::CheckinRecord checkin_on(unsigned d, double target, double previous) {
    return {november(d),
            core::Kilocalories(target),
            core::Kilocalories(previous),
            core::Kilocalories(2093.4567),
            core::Kilocalories(88.125),
            {"You burn about 2,093 kcal a day.", "Moved by at most 150 kcal: \"steady\"."}};
}

class ExportCheckins : public HipfitBinary {
  protected:
    ProcessResult on(const std::string& db, std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db});
        return hipfit(args);
    }

    // A profile, two entries and two check-ins (the second without an estimate), saved as 'hipfit checkin'
    // saves them.
    void log_with_checkins() const {
        ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
        ASSERT_EQ(hipfit({"log", "weight", "72.4kg", "--date", "2026-11-10"}).exit_code, 0);
        ASSERT_EQ(hipfit({"log", "food", "1650", "--date", "2026-11-12"}).exit_code, 0);
        const auto journal = store::open_sqlite(database(), store::OpenFor::write);
        journal->save_checkin(checkin_on(21, 1750.5, 1800));
        core::CheckinRecord unavailable = checkin_on(14, 1800, 1800);
        unavailable.expenditure.reset();
        unavailable.expenditure_sd.reset();
        unavailable.reasons = {"Needs 2 more weigh-ins."};
        journal->save_checkin(unavailable);
    }

    std::string export_file(const std::string& db, const std::string& name) const {
        const ProcessResult result = on(db, {"export", "--out", dir_.file(name)});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return read_file_or_missing(dir_.file(name));
    }

    void write_text(const std::string& name, const std::string& text) const {
        std::ofstream(dir_.file(name), std::ios::binary) << text;
    }
};

TEST_F(ExportCheckins, ExportImportExportIsByteIdenticalWithCheckins) {
    log_with_checkins();
    const ProcessResult told = hipfit({"export", "--out", dir_.file("first.json")});
    EXPECT_EQ(told.out, fmt::format("Exported 2 entries, 2 check-ins and the profile to {}.\n",
                                    dir_.file("first.json")));
    const std::string first = read_file_or_missing(dir_.file("first.json"));
    const std::string fresh = dir_.file("fresh.db");
    const ProcessResult imported = on(fresh, {"import", dir_.file("first.json")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(imported.out, fmt::format("Imported 2 entries, 2 check-ins and the profile from {}.\n",
                                        dir_.file("first.json")));
    EXPECT_EQ(export_file(fresh, "second.json"), first);

    const json document = json::parse(first);
    EXPECT_EQ(document.at("version"), 3);
    ASSERT_EQ(document.at("checkins").size(), 2U);
    EXPECT_EQ(document.at("checkins")[0].at("date"), "2026-11-14");
    EXPECT_TRUE(document.at("checkins")[0].at("expenditure_kcal").is_null());
    EXPECT_EQ(document.at("checkins")[1].at("expenditure_kcal"), 2093.4567);
    EXPECT_EQ(document.at("checkins")[1].at("reasons")[1], "Moved by at most 150 kcal: \"steady\".");
    // The imported check-in sets the target in force, as it did where it was exported.
    const json today = json::parse(on(fresh, {"today", "--json"}).out);
    EXPECT_EQ(today.at("targets").at("energy_kcal"), 1750.5);
}

// A kept target under the floor for the person as they are now — e.g. a woman's 1,300 kcal imported into
// a man's journal — is raised to the floor wherever a target is in force (calorie_target's rule).
TEST_F(ExportCheckins, AKeptTargetUnderThePersonsFloorIsRaisedToIt) {
    std::vector<std::string> man = metric_profile();
    std::replace(man.begin(), man.end(), std::string("female"), std::string("male"));
    ASSERT_EQ(hipfit(man).exit_code, 0);
    store::open_sqlite(database(), store::OpenFor::write)->save_checkin(checkin_on(20, 1300, 1400));
    const ProcessResult today = hipfit({"today", "--json"});
    ASSERT_EQ(today.exit_code, 0) << today.err;
    // The floor is the higher of the man's 1,500 kcal and his resting expenditure, Mifflin–St Jeor:
    // 10·72 + 6.25·165 − 5·34 + 5 = 1,586.25 kcal.
    EXPECT_EQ(json::parse(today.out).at("targets").at("energy_kcal"), 1586.25);
}

TEST_F(ExportCheckins, CsvStaysEntriesOnly) {
    log_with_checkins();
    const ProcessResult told = hipfit({"export", "--format", "csv", "--out", dir_.file("entries.csv")});
    EXPECT_EQ(told.out, fmt::format("Exported 2 entries to {}.\n", dir_.file("entries.csv")));
    ASSERT_EQ(on(dir_.file("fresh.db"), {"import", dir_.file("entries.csv")}).exit_code, 0);
    EXPECT_EQ(json::parse(export_file(dir_.file("fresh.db"), "from_csv.json")).at("checkins"), json::array());
}

TEST_F(ExportCheckins, AnExportOfAnOlderHipfitWithoutCheckinsStillImports) {
    write_text("old.json", R"({
  "format": "hipfit-export",
  "version": 1,
  "profile": null,
  "entries": [
    {"id": 4, "kind": "weight", "date": "2026-11-10", "time": "07:30", "value": 72.4}
  ]
}
)");
    const ProcessResult imported = hipfit({"import", dir_.file("old.json")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(imported.out, fmt::format("Imported 1 entry from {}.\n", dir_.file("old.json")));
    const json exported = json::parse(hipfit({"export"}).out);
    EXPECT_EQ(exported.at("version"), 3);
    EXPECT_EQ(exported.at("entries")[0].at("id"), 4);
    EXPECT_EQ(exported.at("checkins"), json::array());
}

TEST_F(ExportCheckins, UndoOfTheImportRemovesItsCheckinsAndKeepsTheStoredOne) {
    log_with_checkins();
    export_file(database(), "all.json");
    const std::string other = dir_.file("other.db");
    ASSERT_EQ(on(other, {"log", "water", "250ml", "--date", "2026-11-20"}).exit_code, 0);
    store::open_sqlite(other, store::OpenFor::write)->save_checkin(checkin_on(21, 2000, 2100));
    const ProcessResult imported = on(other, {"import", dir_.file("all.json")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(
        imported.out,
        fmt::format("Imported 2 entries, 1 check-in and the profile from {}.\n"
                    "The check-in of 2026-11-21 in {} was not imported: one of that day is stored already.\n",
                    dir_.file("all.json"), dir_.file("all.json")));
    const json both = json::parse(export_file(other, "both.json")).at("checkins");
    ASSERT_EQ(both.size(), 2U);
    EXPECT_EQ(both[1].at("target_kcal"), 2000.0) << "the stored check-in of the day stands";

    const ProcessResult undo = on(other, {"undo"});
    EXPECT_EQ(undo.out, "Undid an import of 2 entries and 1 check-in.\n");
    const json left = json::parse(export_file(other, "left.json"));
    ASSERT_EQ(left.at("checkins").size(), 1U);
    EXPECT_EQ(left.at("checkins")[0].at("date"), "2026-11-21");
    EXPECT_EQ(left.at("checkins")[0].at("target_kcal"), 2000.0);
    EXPECT_EQ(left.at("entries").size(), 1U);
}

TEST_F(ExportCheckins, ABadCheckinIsRefusedNamingItAndNothingIsWritten) {
    log_with_checkins();
    json document = json::parse(export_file(database(), "all.json"));
    const std::string before = stored_bytes();
    const std::pair<std::function<void(json&)>, std::string> cases[] = {
        {[](json& c) { c["target_kcal"] = 650; },
         "checkin 2, field target_kcal: 650 kcal is outside the accepted range 1200–12000 kcal"},
        {[](json& c) { c["target_kcal"] = "1750"; }, "checkin 2, field target_kcal: expected a number"},
        {[](json& c) { c["date"] = "2026-11-28"; }, "checkin 2, field date: 2026-11-28 is in the future"},
        {[](json& c) { c["date"] = "2026-11-14"; },
         "checkin 2, field date: 2026-11-14 has a check-in already (checkin 1); a day has one at most"},
        {[](json& c) { c["reasons"] = json::array({1}); },
         "checkin 2, field reasons: expected an array of strings"},
        {[](json& c) { c["expenditure_kcal"] = nullptr; },
         "checkin 2, field expenditure_sd_kcal: given without expenditure_kcal"},
    };
    for (const auto& [change, message] : cases) {
        json broken = document;
        change(broken["checkins"][1]);
        write_text("broken.json", broken.dump());
        const ProcessResult result = hipfit({"import", dir_.file("broken.json")});
        EXPECT_EQ(result.exit_code, 2) << message;
        EXPECT_EQ(result.err, fmt::format("hipfit: error: {}: {}\n", dir_.file("broken.json"), message));
        EXPECT_EQ(result.out, "");
        EXPECT_EQ(stored_bytes(), before) << message;
    }
}

}  // namespace
}  // namespace hipfit::testing
