// The API end to end, through the real binary on loopback: sessions and CSRF, the profile, and every
// view the command line also gives (assess, today, history, stats, plan) compared with the command
// line's own JSON on the same database. The owner (account 1) is the command line's person.
#include <fstream>
#include <sstream>

#include "tests/server/e2e/serve_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class Api : public ServeTest {
  protected:
    void SetUp() override { start_server(); }

    // The owner with the reference profile stored.
    ApiClient owner_with_profile() {
        ApiClient owner = signed_up("owner@example.com");
        const http::Response stored = owner.put("/api/profile", reference_profile());
        EXPECT_EQ(stored.status, 200) << describe(stored);
        return owner;
    }

    // Posts an entry that must be stored: the stored entry (with its id).
    static json created(ApiClient& client, const json& entry) {
        const http::Response response = client.post("/api/entries", entry);
        EXPECT_EQ(response.status, 201) << entry.dump() << " → " << describe(response);
        const json stored = response.json();
        EXPECT_EQ(response.header("location").value_or(""),
                  "/api/entries/" + std::to_string(stored.value("id", -1)));
        return stored;
    }
};

TEST_F(Api, SignUpGivesTheOwnerACookieAndACsrfTokenThatGuardsWrites) {
    ApiClient owner(port());
    const http::Response response =
        owner.post("/api/accounts", {{"email", "owner@example.com"}, {"password", kPassword}});
    ASSERT_EQ(response.status, 201) << describe(response);
    const std::string cookie = response.header("Set-Cookie").value_or("");
    EXPECT_TRUE(cookie.starts_with("hipfit_session=")) << cookie;
    EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
    EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "without --secure-cookies: " << cookie;
    const json body = response.json();
    EXPECT_EQ(body["account"], json({{"id", 1}, {"email", "owner@example.com"}, {"role", "owner"}}));
    const std::string csrf = body["csrf_token"].get<std::string>();
    EXPECT_GE(csrf.size(), 32u);

    const std::string session = cookie.substr(0, cookie.find(';'));
    http::Connection connection(port());
    const http::Response me = connection.request("GET", "/api/session", {{"Cookie", session}});
    ASSERT_EQ(me.status, 200) << describe(me);
    EXPECT_EQ(me.json()["csrf_token"], csrf);
    EXPECT_EQ(me.json()["account"]["id"], 1);

    const std::string entry = R"({"kind": "water", "value": 500})";
    const http::Headers no_token{{"Cookie", session}, {"Content-Type", "application/json"}};
    const http::Response without = connection.request("POST", "/api/entries", no_token, entry);
    EXPECT_EQ(without.status, 403) << describe(without);
    EXPECT_EQ(without.json()["error"]["code"], "forbidden");
    http::Headers wrong_token = no_token;
    wrong_token.emplace_back("X-CSRF-Token", std::string(csrf.size(), 'a'));
    EXPECT_EQ(connection.request("POST", "/api/entries", wrong_token, entry).status, 403);
    http::Headers right_token = no_token;
    right_token.emplace_back("X-CSRF-Token", csrf);
    EXPECT_EQ(connection.request("POST", "/api/entries", right_token, entry).status, 201);
    EXPECT_EQ(json::parse(cli_output({"history", "--json"})).size(), 1u) << "only the guarded write";

    const http::Response out = connection.request("DELETE", "/api/session", right_token);
    EXPECT_EQ(out.status, 204) << describe(out);
    EXPECT_EQ(connection.request("GET", "/api/session", {{"Cookie", session}}).status, 401);
}

TEST_F(Api, SecureCookiesFlagMarksTheCookieSecure) {
    start_server({"--secure-cookies"});
    ApiClient client(port());
    const http::Response response =
        client.post("/api/accounts", {{"email", "owner@example.com"}, {"password", kPassword}});
    ASSERT_EQ(response.status, 201) << describe(response);
    EXPECT_NE(response.header("set-cookie").value_or("").find("; Secure"), std::string::npos);
}

TEST_F(Api, ProfileAssessmentAndTodayAreTheCommandLines) {
    ApiClient owner = signed_up("owner@example.com");
    EXPECT_EQ(owner.get("/api/assessment").status, 404) << "no profile yet";
    const http::Response stored = owner.put("/api/profile", reference_profile());
    ASSERT_EQ(stored.status, 200) << describe(stored);
    EXPECT_EQ(stored.json()["program_start"], kServeToday);
    EXPECT_EQ(owner.get("/api/profile").json(), stored.json());
    EXPECT_EQ(cli_json({"export"})["profile"], stored.json()) << "the command line reads the same profile";

    const http::Response assessment = owner.get("/api/assessment");
    ASSERT_EQ(assessment.status, 200) << describe(assessment);
    EXPECT_EQ(assessment.json(), cli_json({"assess", "--json"}));
    const http::Response today = owner.get("/api/today");
    ASSERT_EQ(today.status, 200) << describe(today);
    EXPECT_EQ(today.json(), cli_json({"today", "--json"}));

    // The assessment follows the latest logged weight, for both.
    created(owner, {{"kind", "weight"}, {"value", 70.5}});
    EXPECT_EQ(owner.get("/api/assessment").json(), cli_json({"assess", "--json"}));
    EXPECT_EQ(owner.get("/api/today").json(), cli_json({"today", "--json"}));

    // A change the CLI would refuse for safety is refused, and nothing changes.
    const http::Response minor = owner.put("/api/profile", {{"age_years", 15}});
    EXPECT_EQ(minor.status, 422) << describe(minor);
    EXPECT_EQ(minor.json()["error"]["code"], "refused_for_safety");
    EXPECT_EQ(owner.get("/api/profile").json(), stored.json());
}

TEST_F(Api, EntriesAreCreatedReadReplacedDeletedAndUndone) {
    ApiClient owner = owner_with_profile();
    const json weight = created(owner, {{"kind", "weight"}, {"value", 71.5}});
    EXPECT_EQ(weight["date"], kServeToday);
    EXPECT_EQ(weight["time"], "12:00") << "HIPFIT_TODAY fixes the time at noon";
    const json food =
        created(owner, {{"kind", "food"}, {"value", 650}, {"protein_g", 30}, {"note", "pasta — café 🍝"}});
    const json water = created(owner, {{"kind", "water"}, {"value", 500}});
    created(owner, {{"kind", "sleep"}, {"value", 7.5}, {"date", "2026-11-20"}, {"time", "07:15"}});
    created(owner, {{"kind", "steps"}, {"value", 8000}});
    created(owner, {{"kind", "measure"}, {"waist_cm", 79}, {"hip_cm", 103}});
    const json workout =
        created(owner, {{"kind", "workout"},
                        {"sets",
                         {{{"exercise", "glute-bridge"}, {"reps", 12}, {"rpe", 7}},
                          {{"exercise", "walking"}, {"minutes", 30}, {"distance_km", 2.5}}}}});
    EXPECT_GT(workout.value("energy_kcal", 0.0), 0.0) << workout.dump();
    EXPECT_EQ(food["note"], "pasta — café 🍝");

    const http::Response list = owner.get("/api/entries");
    ASSERT_EQ(list.status, 200) << describe(list);
    EXPECT_EQ(list.json().size(), 7u);
    EXPECT_EQ(list.json(), cli_json({"history", "--json"}));
    EXPECT_EQ(owner.get("/api/entries?kind=water").json(),
              cli_json({"history", "--json", "--kind", "water"}));
    EXPECT_EQ(owner.get("/api/entries?since=2026-11-21").json(),
              cli_json({"history", "--json", "--since", "2026-11-21"}));

    const std::string water_path = "/api/entries/" + std::to_string(water["id"].get<std::int64_t>());
    EXPECT_EQ(owner.get(water_path).json(), water);
    const http::Response replaced = owner.put(water_path, {{"kind", "water"}, {"value", 750}});
    ASSERT_EQ(replaced.status, 200) << describe(replaced);
    EXPECT_EQ(replaced.json()["value"], 750);
    EXPECT_EQ(replaced.json()["id"], water["id"]);
    EXPECT_EQ(owner.get(water_path).json(), replaced.json());

    const std::string food_path = "/api/entries/" + std::to_string(food["id"].get<std::int64_t>());
    EXPECT_EQ(owner.del(food_path).status, 204);
    const http::Response gone = owner.get(food_path);
    EXPECT_EQ(gone.status, 404) << describe(gone);
    EXPECT_EQ(gone.json()["error"]["code"], "not_found");
    EXPECT_EQ(owner.del(food_path).status, 404);

    const http::Response undone = owner.post("/api/undo", json::object());
    ASSERT_EQ(undone.status, 200) << describe(undone);
    EXPECT_TRUE(undone.json()["undone"].is_string()) << undone.body;
    EXPECT_EQ(owner.get(food_path).json(), food) << "the deleted entry is back";
    EXPECT_EQ(owner.post("/api/undo", json::object()).status, 200);  // the replacement
    EXPECT_EQ(owner.get(water_path).json()["value"], 500);
    EXPECT_EQ(owner.get("/api/entries").json(), cli_json({"history", "--json"}));
}

TEST_F(Api, StatsAreTheCommandLines) {
    ApiClient owner = owner_with_profile();
    created(owner, {{"kind", "weight"}, {"value", 71.5}, {"date", "2026-11-15"}});
    created(owner, {{"kind", "weight"}, {"value", 71.0}});
    created(owner, {{"kind", "food"}, {"value", 1650}, {"protein_g", 80}});
    created(owner, {{"kind", "sleep"}, {"value", 7}, {"date", "2026-11-20"}});
    created(owner, {{"kind", "steps"}, {"value", 9000}, {"date", "2026-10-30"}});
    const http::Response week = owner.get("/api/stats");
    ASSERT_EQ(week.status, 200) << describe(week);
    EXPECT_EQ(week.json(), cli_json({"stats", "--json"}));
    EXPECT_EQ(owner.get("/api/stats?period=month").json(), cli_json({"stats", "--month", "--json"}));
    EXPECT_EQ(owner.get("/api/stats?since=2026-10-01").json(),
              cli_json({"stats", "--since", "2026-10-01", "--json"}));
    const http::Response both = owner.get("/api/stats?period=week&since=2026-10-01");
    EXPECT_EQ(both.status, 400) << describe(both);
}

TEST_F(Api, PlanAndItsCalendarAreTheCommandLines) {
    ApiClient owner = owner_with_profile();
    const http::Response plan = owner.get("/api/plan");
    ASSERT_EQ(plan.status, 200) << describe(plan);
    EXPECT_EQ(plan.json(), cli_json({"plan", "--json"}));
    EXPECT_EQ(owner.get("/api/plan?weeks=4&seed=7&start=2026-11-23").json(),
              cli_json({"plan", "--json", "--weeks", "4", "--seed", "7", "--start", "2026-11-23"}));
    const http::Response too_long = owner.get("/api/plan?weeks=53");
    EXPECT_EQ(too_long.status, 400) << describe(too_long);
    EXPECT_EQ(too_long.json()["error"]["field"], "weeks");

    const http::Response calendar = owner.get("/api/plan.ics");
    ASSERT_EQ(calendar.status, 200) << describe(calendar);
    EXPECT_TRUE(calendar.header("content-type").value_or("").starts_with("text/calendar"))
        << calendar.header("content-type").value_or("<none>");
    EXPECT_TRUE(calendar.body.starts_with("BEGIN:VCALENDAR\r\n")) << calendar.body.substr(0, 100);
    EXPECT_TRUE(calendar.body.ends_with("END:VCALENDAR\r\n"));
    const std::string file = dir_.file("plan.ics");
    EXPECT_NE(cli_output({"plan", "--ics", file}), "");
    std::ostringstream written;
    written << std::ifstream(file, std::ios::binary).rdbuf();
    EXPECT_EQ(calendar.body, written.str()) << "the same calendar as 'hipfit plan --ics'";
}

}  // namespace
}  // namespace hipfit::testing
