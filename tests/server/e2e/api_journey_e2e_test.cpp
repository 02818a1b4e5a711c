// The API end to end, continued: export and import between accounts, the exercise catalog, many
// requests on one keep-alive connection, the one error shape, and a coach's access.
#include "tests/server/e2e/serve_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class ApiJourney : public ServeTest {
  protected:
    void SetUp() override { start_server(); }

    // A journal of several kinds for `client`, through the API.
    static void fill_journal(ApiClient& client) {
        const json entries[] = {
            {{"kind", "weight"}, {"value", 71.5}, {"date", "2026-11-19"}, {"time", "07:00"}},
            {{"kind", "food"}, {"value", 650}, {"protein_g", 30}, {"note", "pasta, \"al dente\" — café"}},
            {{"kind", "water"}, {"value", 500}},
            {{"kind", "sleep"}, {"value", 7.5}, {"date", "2026-11-20"}, {"time", "07:15"}},
            {{"kind", "measure"}, {"waist_cm", 79}, {"neck_cm", 32.5}},
            {{"kind", "workout"}, {"sets", {{{"exercise", "glute-bridge"}, {"reps", 12}, {"load_kg", 8}}}}},
        };
        for (const json& entry : entries) {
            const http::Response response = client.post("/api/entries", entry);
            ASSERT_EQ(response.status, 201) << describe(response);
        }
    }

    static json without_ids(json entries) {
        for (json& entry : entries) entry.erase("id");
        return entries;
    }
};

TEST_F(ApiJourney, ExportIsTheCommandLinesAndImportsIntoASecondAccount) {
    ApiClient owner = signed_up("owner@example.com");
    ASSERT_EQ(owner.put("/api/profile", reference_profile()).status, 200);
    fill_journal(owner);
    const json checkin = {
        {"date", "2026-11-14"},           {"target_kcal", 1850.5},
        {"previous_target_kcal", 1900},   {"expenditure_kcal", nullptr},
        {"expenditure_sd_kcal", nullptr}, {"reasons", json::array({"Needs 2 more weigh-ins."})}};
    const json checkins = {{"format", "hipfit-export"},
                           {"version", 2},
                           {"entries", json::array()},
                           {"checkins", json::array({checkin})}};
    ASSERT_EQ(owner.send("POST", "/api/import", checkins.dump(), "application/json").status, 200);
    const http::Response exported = owner.get("/api/export");
    ASSERT_EQ(exported.status, 200) << describe(exported);
    EXPECT_TRUE(exported.header("content-type").value_or("").starts_with("application/json"));
    EXPECT_EQ(exported.body, cli_output({"export"})) << "byte for byte as 'hipfit export'";
    const http::Response csv = owner.get("/api/export?format=csv");
    ASSERT_EQ(csv.status, 200) << describe(csv);
    EXPECT_TRUE(csv.header("content-type").value_or("").starts_with("text/csv"));
    EXPECT_EQ(csv.body, cli_output({"export", "--format", "csv"}));
    EXPECT_EQ(owner.get("/api/export?format=xml").status, 400);

    ApiClient second = signed_up("second@example.com");
    EXPECT_EQ(second.get("/api/entries").json(), json::array()) << "accounts do not see each other";
    const http::Response imported = second.send("POST", "/api/import", exported.body, "application/json");
    ASSERT_EQ(imported.status, 200) << describe(imported);
    EXPECT_EQ(imported.json()["imported"], 6);
    EXPECT_EQ(imported.json()["profile_imported"], true);
    EXPECT_EQ(imported.json()["checkins_imported"], 1);
    const json original = exported.json();
    const json copy = second.get("/api/export").json();
    EXPECT_EQ(copy["profile"], original["profile"]);
    EXPECT_EQ(copy["checkins"], json::array({checkin}));
    // Ids are unique in the database, so the copies get new ones; everything else is the same.
    EXPECT_EQ(without_ids(copy["entries"]), without_ids(original["entries"]));
    EXPECT_EQ(owner.get("/api/export").body, exported.body) << "the owner's journal is unchanged";
    EXPECT_EQ(cli_output({"export"}), exported.body) << "the command line still sees only the owner's";

    // CSV into a third account: the entries again, the import one undo step.
    ApiClient third = signed_up("third@example.com");
    const http::Response from_csv = third.send("POST", "/api/import", csv.body, "text/csv");
    ASSERT_EQ(from_csv.status, 200) << describe(from_csv);
    EXPECT_EQ(without_ids(third.get("/api/export").json()["entries"]), without_ids(original["entries"]));
    EXPECT_EQ(third.post("/api/undo", json::object()).status, 200);
    EXPECT_EQ(third.get("/api/entries").json(), json::array());

    const http::Response plain = third.send("POST", "/api/import", exported.body, "text/plain");
    EXPECT_EQ(plain.status, 415) << describe(plain);
    json bad = original;
    bad["entries"][2]["value"] = 50000;  // water out of range: nothing is written
    const http::Response refused = third.send("POST", "/api/import", bad.dump(), "application/json");
    EXPECT_EQ(refused.status, 400) << describe(refused);
    EXPECT_EQ(third.get("/api/entries").json(), json::array());
}

TEST_F(ApiJourney, ExerciseCatalogIsOpenToAnyoneAndIsTheCommandLines) {
    http::Connection anonymous(port());
    const http::Response all = anonymous.request("GET", "/api/exercises");
    ASSERT_EQ(all.status, 200) << describe(all);
    EXPECT_GT(all.json().size(), 20u);
    EXPECT_EQ(all.json(), cli_json({"exercises", "--json"}));
    EXPECT_EQ(anonymous.request("GET", "/api/exercises?equipment=band&kind=strength").json(),
              cli_json({"exercises", "--equipment", "band", "--kind", "strength", "--json"}));
    const http::Response one = anonymous.request("GET", "/api/exercises/glute-bridge");
    ASSERT_EQ(one.status, 200) << describe(one);
    EXPECT_EQ(one.json(), cli_json({"exercise", "glute-bridge", "--json"}));
    const http::Response unknown = anonymous.request("GET", "/api/exercises/moonwalk");
    EXPECT_EQ(unknown.status, 404) << describe(unknown);
    EXPECT_EQ(unknown.json()["error"]["code"], "not_found");
}

TEST_F(ApiJourney, ManyRequestsShareOneKeepAliveConnection) {
    ApiClient owner = signed_up("owner@example.com");
    ASSERT_EQ(owner.put("/api/profile", reference_profile()).status, 200);
    for (int i = 0; i < 150; ++i) {
        const http::Response response =
            i % 3 == 0   ? owner.get("/api/health")
            : i % 3 == 1 ? owner.post("/api/entries", {{"kind", "steps"}, {"value", 100 + i}})
                         : owner.get("/api/today");
        ASSERT_EQ(response.status / 100, 2) << i << ": " << describe(response);
        ASSERT_FALSE(response.closes()) << i;
    }
    EXPECT_EQ(owner.connections_opened(), 1);
    EXPECT_EQ(owner.get("/api/entries?kind=steps").json().size(), 50u);

    // Pipelined: three requests in one write, three answers in order.
    http::Connection connection(port());
    const std::string request = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    ASSERT_TRUE(connection.send_raw(
        request + "GET /api/exercises/walking HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + request));
    EXPECT_EQ(connection.read_response().json(), json({{"status", "ok"}}));
    EXPECT_EQ(connection.read_response().json()["id"], "walking");
    EXPECT_EQ(connection.read_response().json(), json({{"status", "ok"}}));
    // HTTP/1.0 without keep-alive: one answer, then the server closes.
    ASSERT_TRUE(connection.send_raw("GET /api/health HTTP/1.0\r\n\r\n"));
    EXPECT_EQ(connection.read_response().status, 200);
    EXPECT_TRUE(connection.closed_within(http::Millis(5000)));
}

TEST_F(ApiJourney, EveryErrorHasTheOneShape) {
    http::Connection connection(port());
    const auto expect_error = [&](const http::Response& response, int status, const std::string& code) {
        EXPECT_EQ(response.status, status) << describe(response);
        EXPECT_TRUE(response.header("content-type").value_or("").starts_with("application/json"));
        const json body = response.json();
        ASSERT_TRUE(body.contains("error")) << response.body;
        EXPECT_EQ(body["error"]["code"], code) << response.body;
        EXPECT_TRUE(body["error"]["message"].is_string()) << response.body;
    };
    expect_error(connection.request("GET", "/api/profile"), 401, "unauthenticated");
    expect_error(connection.request("GET", "/api/nothing-here"), 404, "not_found");
    const http::Response wrong_method = connection.request("DELETE", "/api/health");
    expect_error(wrong_method, 405, "method_not_allowed");
    EXPECT_NE(wrong_method.header("allow").value_or("").find("GET"), std::string::npos);
    const json credentials = {{"email", "a@example.com"}, {"password", kPassword}};
    expect_error(
        connection.request("POST", "/api/accounts", {{"Content-Type", "text/plain"}}, credentials.dump()),
        415, "unsupported_media_type");
    expect_error(
        connection.request("POST", "/api/accounts", {{"Content-Type", "application/json"}}, "{\"email\":"),
        400, "invalid_input");
    const http::Response short_password =
        connection.request("POST", "/api/accounts", {{"Content-Type", "application/json"}},
                           R"({"email":"a@example.com","password":"x"})");
    expect_error(short_password, 400, "invalid_input");
    EXPECT_EQ(short_password.json()["error"]["field"], "password");
    ApiClient owner = signed_up("owner@example.com");
    const http::Response taken =
        owner.post("/api/accounts", {{"email", "OWNER@example.com"}, {"password", kPassword}});
    expect_error(taken, 409, "conflict");
    expect_error(owner.post("/api/entries", {{"kind", "water"}, {"value", 50000}}), 400, "invalid_input");
    expect_error(owner.post("/api/undo", json::object()), 409, "conflict");
}

TEST_F(ApiJourney, ACoachReadsAClientUntilRevokedAndNeverWrites) {
    ApiClient client = signed_up("client@example.com");
    ASSERT_EQ(client.put("/api/profile", reference_profile()).status, 200);
    fill_journal(client);
    ApiClient coach = signed_up("coach@example.com");
    const std::int64_t coach_id = coach.get("/api/session").json()["account"]["id"];
    EXPECT_EQ(coach.get("/api/entries?account=1").status, 403) << "not invited yet";
    ASSERT_EQ(client.post("/api/coaches", {{"email", "coach@example.com"}}).status, 202);
    EXPECT_EQ(coach.get("/api/entries?account=1").status, 403) << "invited, not accepted";
    ASSERT_EQ(coach.post("/api/clients/1/accept", json::object()).status, 200);

    EXPECT_EQ(coach.get("/api/entries?account=1").json(), client.get("/api/entries").json());
    EXPECT_EQ(coach.get("/api/assessment?account=1").json(), cli_json({"assess", "--json"}));
    const http::Response write = coach.post("/api/entries?account=1", {{"kind", "water"}, {"value", 300}});
    EXPECT_EQ(write.status, 403) << describe(write);
    EXPECT_EQ(coach.post("/api/undo?account=1", json::object()).status, 403);
    const http::Response program = coach.put("/api/program?account=1", {{"days", {"tue", "thu"}}});
    EXPECT_EQ(program.status, 200) << describe(program);
    EXPECT_EQ(client.get("/api/profile").json()["days"], json({"tue", "thu"}));

    EXPECT_EQ(client.del("/api/coaches/" + std::to_string(coach_id)).status, 204);
    EXPECT_EQ(coach.get("/api/entries?account=1").status, 403) << "revoked at once";
    EXPECT_EQ(client.get("/api/entries").json().size(), 6u);
}

}  // namespace
}  // namespace hipfit::testing
