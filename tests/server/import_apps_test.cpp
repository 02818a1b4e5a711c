// POST /api/import of another app's file (docs/import.md, docs/api.md): the format recognised from the
// content or named by ?from=, ?dry_run=true answering what would be added and writing nothing, the import
// (one undo step), the same file again adding nothing, ?utc_offset= placing times on the person's day,
// the types a cross-site form may send refused, and bad files refused naming the file and line.
#include <gtest/gtest.h>

#include <set>

#include "tests/server/api_client.hpp"

namespace hipfit::server::testing {
namespace {

using nlohmann::json;

const std::string kStrong =
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout "
    "Notes,RPE\n"
    "2026-11-02 18:00:00,Legs,45m,Squat (Barbell),1,60,8,0,0,,,\n"
    "2026-11-02 18:00:00,Legs,45m,Cable Pull Through,1,20,12,0,0,,,\n";

class ImportApps : public ::testing::Test {
  protected:
    Answer upload(const std::string& query, const std::string& body, std::string_view type = "text/csv") {
        return server_.send("POST", "/api/import" + query, &person_, body, type);
    }
    std::size_t workouts() { return server_.get("/api/entries?kind=workout", &person_).json.size(); }

    TestServer server_;
    Session person_ = server_.sign_up("person@example.com");
};

TEST_F(ImportApps, ADryRunSaysWhatWouldBeAddedAndWritesNothing) {
    const Answer dry = upload("?dry_run=true&filename=strong.csv", kStrong);
    ASSERT_EQ(dry.status, 200) << dry;
    EXPECT_EQ(dry.json["from"], "strong");
    EXPECT_EQ(dry.json["dry_run"], true);
    EXPECT_EQ(dry.json["imported"], 1);
    EXPECT_EQ(dry.json["imported_by_kind"]["workout"], 1);
    EXPECT_EQ(dry.json["own_exercises_imported"], 1);
    ASSERT_EQ(dry.json["exercises"].size(), 2u);
    EXPECT_EQ(workouts(), 0u);
    for (const json& exercise : server_.get("/api/exercises", &person_).json)
        EXPECT_FALSE(exercise.value("own", false)) << exercise["id"];
}

TEST_F(ImportApps, TheImportIsOneUndoStepAndTheSameFileAgainAddsNothing) {
    const Answer first = upload("?filename=strong.csv", kStrong, "application/octet-stream");
    ASSERT_EQ(first.status, 200) << first;
    EXPECT_EQ(first.json["imported"], 1);
    EXPECT_EQ(first.json["dry_run"], false);
    EXPECT_EQ(workouts(), 1u);
    const Answer again = upload("?filename=strong.csv", kStrong);
    ASSERT_EQ(again.status, 200) << again;
    EXPECT_EQ(again.json["imported"], 0);
    EXPECT_EQ(again.json["already_there"], 1);
    ASSERT_EQ(server_.post("/api/undo", json::object(), &person_).status, 200);
    EXPECT_EQ(workouts(), 0u);
}

TEST_F(ImportApps, FromNamesTheAppAndABadFileIsRefusedNamingItsFileAndLine) {
    const Answer wrong = upload("?from=hevy&filename=strong.csv", kStrong);
    EXPECT_EQ(wrong.status, 400) << wrong;
    EXPECT_TRUE(wrong.json["error"]["message"].get<std::string>().starts_with("strong.csv")) << wrong;
    const Answer open = upload("?filename=open.csv", kStrong + "2026-11-03 18:00:00,\"Legs,45m\n");
    EXPECT_EQ(open.status, 400) << open;
    EXPECT_NE(open.json["error"]["message"].get<std::string>().find("open.csv:4"), std::string::npos) << open;
    const Answer unknown = upload("?filename=notes.txt", "Shopping list\nmilk\n");
    EXPECT_EQ(unknown.status, 400) << unknown;
    EXPECT_EQ(upload("?from=nonsense", kStrong).status, 400);
    EXPECT_EQ(upload("?utc_offset=9999", kStrong).status, 400);
    EXPECT_EQ(upload("?dry_run=maybe", kStrong).status, 400);
    EXPECT_EQ(workouts(), 0u);
}

// Berlin's offsets of 2026 as the web app sends them: UTC+1, then summer time (UTC+2) from 29 March 01:00
// UTC to 25 October 01:00 UTC. A Fitbod set at 22:30 UTC on 10 July is half past midnight on the 11th there.
TEST_F(ImportApps, UtcOffsetsPlaceASummerRecordByTheSummersOffset) {
    const std::string fitbod =
        "Date,Exercise,Reps,Weight(kg),Duration(s),Distance(m),Incline,Resistance,isWarmup,Note,multiplier\n"
        "2026-07-10 22:30:00 +0000,Goblet Squat, 10,16.0,0.0,0.0,0.0,0.0,false,, 1.0\n"
        "2026-01-10 22:30:00 +0000,Goblet Squat, 10,16.0,0.0,0.0,0.0,0.0,false,, 1.0\n";
    const std::string berlin = "?utc_offsets=946684800:60,1774746000:120,1792890000:60";
    const Answer imported = upload(berlin, fitbod);
    ASSERT_EQ(imported.status, 200) << imported;
    const json stored = server_.get("/api/entries?kind=workout", &person_).json;
    ASSERT_EQ(stored.size(), 2u) << stored;
    std::set<std::string> moments;
    for (const json& e : stored)
        moments.insert(e["date"].get<std::string>() + " " + e["time"].get<std::string>());
    EXPECT_EQ(moments, (std::set<std::string>{"2026-01-10 23:30", "2026-07-11 00:30"}));
    for (const std::string_view bad : {"?utc_offsets=", "?utc_offsets=5", "?utc_offsets=10:60,5:60",
                                       "?utc_offsets=0:900", "?utc_offsets=0:60,x:60"})
        EXPECT_EQ(upload(std::string(bad), fitbod).status, 400) << bad;
}

TEST_F(ImportApps, TypesACrossSiteFormMaySendAreRefused) {
    for (const std::string_view type :
         {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"})
        EXPECT_EQ(upload("", kStrong, type).status, 415) << type;
}

}  // namespace
}  // namespace hipfit::server::testing
