// Check-ins through GET /api/export and POST /api/import: each account exports and imports its own, an
// undo removes only the importing account's, a stored check-in of the day is kept and reported, and a bad
// check-in is a 400 naming its field that writes nothing.
#include <gtest/gtest.h>

#include <tuple>

#include "io/export_csv.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

json checkin(const std::string& date, double target) {
    return {{"date", date},
            {"target_kcal", target},
            {"previous_target_kcal", 1900.0},
            {"expenditure_kcal", 2210.5},
            {"expenditure_sd_kcal", 90.0},
            {"reasons", {"You burn about 2,210 kcal a day."}}};
}

std::string export_with(const std::vector<json>& checkins) {
    return json{{"format", "hipfit-export"},
                {"version", 2},
                {"profile", nullptr},
                {"entries", {weight_entry(72.0, "2026-11-14")}},
                {"checkins", checkins}}
        .dump();
}

// Everything of an account's check-ins and their undo log, as the database holds them.
std::string checkin_rows(TestServer& server, const Session& session) {
    const std::string id = std::to_string(session.id);
    return query_rows(server.path(), "SELECT * FROM checkins WHERE account_id = " + id) +
           query_rows(server.path(), "SELECT * FROM checkin_changes WHERE account_id = " + id);
}

class PortabilityCheckins : public ::testing::TestWithParam<hipfit::testing::Backend> {
  protected:
    void SetUp() override {
        P = server.sign_up("person@example.com");
        Q = server.sign_up("other@example.com");
    }

    TestServer server{GetParam()};
    Session P;
    Session Q;
};

TEST_P(PortabilityCheckins, EachAccountImportsExportsAndUndoesItsOwnCheckins) {
    const Answer p_import = server.send(
        "POST", "/api/import", &P, export_with({checkin("2026-11-07", 1850), checkin("2026-11-14", 1800)}));
    ASSERT_EQ(p_import.status, 200) << p_import;
    EXPECT_EQ(p_import.json, (json{{"imported", 1},
                                   {"from", "hipfit"},
                                   {"format", "hipfit export"},
                                   {"dry_run", false},
                                   {"already_there", 0},
                                   {"profile_imported", false},
                                   {"checkins_imported", 2},
                                   {"checkins_kept", json::array()},
                                   {"own_exercises_imported", 0}}));
    const Answer q_import =
        server.send("POST", "/api/import", &Q, export_with({checkin("2026-11-14", 2400)}));
    ASSERT_EQ(q_import.status, 200) << q_import;

    const json p_export = json::parse(server.export_of(P));
    EXPECT_EQ(p_export.at("checkins"),
              json::array({checkin("2026-11-07", 1850), checkin("2026-11-14", 1800)}));
    EXPECT_EQ(json::parse(server.export_of(Q)).at("checkins"), json::array({checkin("2026-11-14", 2400)}));

    // P's export imported into Q keeps Q's check-in of the 14th and says so; Q has P's one weight already.
    const Answer again = server.send("POST", "/api/import", &Q, p_export.dump());
    ASSERT_EQ(again.status, 200) << again;
    EXPECT_EQ(again.json.at("imported"), 0);
    EXPECT_EQ(again.json.at("already_there"), 1);
    EXPECT_EQ(again.json.at("checkins_imported"), 1);
    EXPECT_EQ(again.json.at("checkins_kept"), json::array({"2026-11-14"}));
    EXPECT_EQ(json::parse(server.export_of(Q)).at("checkins"),
              json::array({checkin("2026-11-07", 1850), checkin("2026-11-14", 2400)}));

    // Undo is per account: Q's undoes Q's last import only, P's check-ins stay.
    const std::string p_before = server.export_of(P) + checkin_rows(server, P);
    const Answer q_undo = server.send("POST", "/api/undo", &Q);
    ASSERT_EQ(q_undo.status, 200) << q_undo;
    EXPECT_EQ(q_undo.json.at("undone"), "an import of 1 check-in");
    EXPECT_EQ(json::parse(server.export_of(Q)).at("checkins"), json::array({checkin("2026-11-14", 2400)}));
    EXPECT_EQ(server.export_of(P) + checkin_rows(server, P), p_before);

    const Answer p_undo = server.send("POST", "/api/undo", &P);
    EXPECT_EQ(p_undo.json.at("undone"), "an import of 1 entry and 2 check-ins");
    EXPECT_EQ(json::parse(server.export_of(P)).at("checkins"), json::array());
    EXPECT_EQ(checkin_rows(server, P), "");
    EXPECT_EQ(json::parse(server.export_of(Q)).at("checkins"), json::array({checkin("2026-11-14", 2400)}));
}

// Issue 13, point 9: the same export imported twice adds its entries once and says how many were there.
TEST_P(PortabilityCheckins, TheSameExportImportedTwiceAddsItsEntriesOnce) {
    const std::string file = export_with({checkin("2026-11-07", 1850)});
    ASSERT_EQ(server.send("POST", "/api/import", &P, file).status, 200);
    const std::string before = server.export_of(P);
    const Answer again = server.send("POST", "/api/import", &P, file);
    ASSERT_EQ(again.status, 200) << again;
    EXPECT_EQ(again.json, (json{{"imported", 0},
                                {"from", "hipfit"},
                                {"format", "hipfit export"},
                                {"dry_run", false},
                                {"already_there", 1},
                                {"profile_imported", false},
                                {"checkins_imported", 0},
                                {"checkins_kept", json::array({"2026-11-07"})},
                                {"own_exercises_imported", 0}}));
    EXPECT_EQ(server.export_of(P), before);
}

// Issue 13, point 3: an import's message names the CSV line for people, and the field in words.
TEST_P(PortabilityCheckins, ABadCsvLineIsNamedInWords) {
    const std::string csv =
        std::string(io::kCsvHeader) + "\n1,weight,2026-11-14,07:00,720,kg" + std::string(12, ',') + "\n";
    const Answer reply = server.send("POST", "/api/import", &P, csv, "text/csv");
    EXPECT_EQ(reply.status, 400) << reply;
    EXPECT_EQ(reply.error_field(), "value") << reply;
    EXPECT_EQ(reply.json["error"].value("message", ""),
              "Line 2, value: 720 kg is outside the accepted range 30–300 kg.");
}

TEST_P(PortabilityCheckins, ABadCheckinIs400NamingTheFieldAndWritesNothing) {
    ASSERT_EQ(server.send("POST", "/api/import", &P, export_with({checkin("2026-11-07", 1850)})).status, 200);
    const std::string before = database_dump(server.path()) + checkin_rows(server, P);
    // The field's key, and its words in the message for people.
    const std::tuple<json, std::string, std::string> cases[] = {
        {checkin("2026-11-14", 600), "target_kcal", "target"},
        {checkin("2026-11-31", 1800), "date", "date"},
        {checkin("2026-11-22", 1800), "date", "date"},  // after the server's today
        {checkin("2026-11-07", 1800), "date", "date"},  // twice in the file
    };
    for (const auto& [bad, field, words] : cases) {
        const Answer reply =
            server.send("POST", "/api/import", &P, export_with({checkin("2026-11-07", 1850), bad}));
        EXPECT_EQ(reply.status, 400) << bad << ": " << reply;
        EXPECT_EQ(reply.error_field(), field) << bad << ": " << reply;
        EXPECT_TRUE(reply.json["error"].value("message", "").starts_with("Check-in 2, " + words + ": "))
            << reply;
        EXPECT_EQ(database_dump(server.path()) + checkin_rows(server, P), before) << bad;
    }
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(PortabilityCheckins);

}  // namespace
}  // namespace hipfit::server
