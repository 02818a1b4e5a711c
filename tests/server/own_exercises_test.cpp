// A person's own exercises through the API (docs/exercises.md, "Your own exercises"): POST /api/exercises
// and DELETE /api/exercises/{id} for the person and their coach; with a session the catalog routes —
// the list, one exercise, its muscle map, its history — find them; nobody else sees them.
#include <gtest/gtest.h>

#include <memory>

#include "tests/server/api_client.hpp"
#include "tests/support/xml_check.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

const json kHipThrust = {{"name", "Hip thrust"},
                         {"kind", "strength"},
                         {"primary_muscles", {"gluteus-maximus"}},
                         {"secondary_muscles", {"hamstrings"}},
                         {"equipment", {"barbell"}},
                         {"met", 5}};

// P adds exercises; C coaches P; U is a stranger.
class OwnExercisesApi : public ::testing::Test {
  protected:
    void SetUp() override {
        server = std::make_unique<TestServer>();
        const PersonCoachStranger cast = person_coach_and_stranger(*server);
        P = cast.P;
        C = cast.C;
        U = cast.U;
    }

    [[nodiscard]] bool listed(const Session* as, const std::string& id) {
        const Answer list = server->get("/api/exercises", as);
        EXPECT_EQ(list.status, 200) << list;
        for (const json& e : list.json)
            if (e["id"] == id)
                return true;
        return false;
    }

    std::unique_ptr<TestServer> server;
    Session P, C, U;
};

TEST_F(OwnExercisesApi, AnAddedExerciseIsInThePersonsCatalogOnly) {
    const Answer added = server->post("/api/exercises", kHipThrust, &P);
    ASSERT_EQ(added.status, 201) << added;
    EXPECT_EQ(added.header("Location"), "/api/exercises/own-hip-thrust");
    EXPECT_EQ(added.json["id"], "own-hip-thrust");
    EXPECT_EQ(added.json["own"], true);
    EXPECT_EQ(added.json["met"], 5.0);
    EXPECT_EQ(added.json["block"], "strength");

    EXPECT_TRUE(listed(&P, "own-hip-thrust"));
    EXPECT_FALSE(listed(nullptr, "own-hip-thrust"));
    EXPECT_FALSE(listed(&U, "own-hip-thrust"));
    EXPECT_TRUE(listed(&P, "glute-bridge")) << "the catalog is still there";

    const Answer one = server->get("/api/exercises/own-hip-thrust", &P);
    ASSERT_EQ(one.status, 200) << one;
    EXPECT_EQ(one.json, added.json);
    EXPECT_EQ(server->get("/api/exercises/own-hip-thrust").status, 404);
    EXPECT_EQ(server->get("/api/exercises/own-hip-thrust", &U).status, 404);
}

TEST_F(OwnExercisesApi, ItHasAMuscleMapAndNoAnimatedPicture) {
    ASSERT_EQ(server->post("/api/exercises", kHipThrust, &P).status, 201);
    const Answer map = server->get("/api/exercises/own-hip-thrust/muscles.svg", &P);
    ASSERT_EQ(map.status, 200) << map;
    EXPECT_EQ(map.content_type, "image/svg+xml");
    EXPECT_EQ(test::xml_error(map.body), "");
    EXPECT_NE(map.body.find(R"(class="mm-muscle mm-primary" data-muscle="gluteus-maximus")"),
              std::string::npos);
    EXPECT_NE(map.body.find(R"(class="mm-muscle mm-secondary" data-muscle="hamstrings")"), std::string::npos);
    const Answer picture = server->get("/api/exercises/own-hip-thrust/illustration.svg", &P);
    EXPECT_EQ(picture.status, 404);
    EXPECT_NE(picture.body.find("there is no animated picture of 'own-hip-thrust'"), std::string::npos)
        << picture.body;
}

TEST_F(OwnExercisesApi, ItIsLoggedAndHasAHistoryAndLoggedSetsKeepIt) {
    ASSERT_EQ(server->post("/api/exercises", kHipThrust, &P).status, 201);
    const json workout = {{"kind", "workout"},
                          {"date", "2026-11-20"},
                          {"time", "18:00"},
                          {"sets", {{{"exercise", "own-hip-thrust"}, {"reps", 10}, {"load_kg", 40}}}}};
    ASSERT_EQ(server->post("/api/entries", workout, &P).status, 201);
    const Answer history = server->get("/api/exercises/own-hip-thrust/history", &P);
    ASSERT_EQ(history.status, 200) << history;
    EXPECT_EQ(history.json["name"], "Hip thrust");
    ASSERT_EQ(history.json["sessions"].size(), 1U);
    const Answer refused = server->del("/api/exercises/own-hip-thrust", &P);
    EXPECT_EQ(refused.status, 409) << refused;
    EXPECT_NE(refused.body.find("1 logged set of 'own-hip-thrust' would become unreadable"),
              std::string::npos)
        << refused.body;
    EXPECT_TRUE(listed(&P, "own-hip-thrust"));
}

TEST_F(OwnExercisesApi, TheCoachAddsAndRemovesOneAStrangerCannot) {
    const std::string for_p = "/api/exercises?account=" + std::to_string(P.id);
    const std::string before = server->export_of(P);
    EXPECT_EQ(server->post(for_p, kHipThrust, &U).status, 403);
    EXPECT_EQ(server->export_of(P), before);
    ASSERT_EQ(server->post(for_p, kHipThrust, &C).status, 201);
    EXPECT_TRUE(listed(&P, "own-hip-thrust"));
    EXPECT_FALSE(listed(&C, "own-hip-thrust")) << "the coach's own catalog is theirs";
    // With ?account= the coach reads the client's catalog and muscle maps; a stranger is refused.
    const std::string of_p = "?account=" + std::to_string(P.id);
    const Answer clients = server->get("/api/exercises" + of_p, &C);
    ASSERT_EQ(clients.status, 200) << clients;
    EXPECT_EQ(clients.json.back()["id"], "own-hip-thrust");
    EXPECT_EQ(server->get("/api/exercises/own-hip-thrust/muscles.svg" + of_p, &C).status, 200);
    EXPECT_EQ(server->get("/api/exercises" + of_p, &U).status, 403);
    EXPECT_EQ(server->get("/api/exercises/glute-bridge" + of_p, &U).status, 403);
    EXPECT_EQ(server->del("/api/exercises/own-hip-thrust?account=" + std::to_string(P.id), &U).status, 403);
    EXPECT_EQ(server->del("/api/exercises/own-hip-thrust?account=" + std::to_string(P.id), &C).status, 204);
    EXPECT_FALSE(listed(&P, "own-hip-thrust"));
}

TEST_F(OwnExercisesApi, BadInputIs400NamingTheFieldAndAddsNothing) {
    json nameless = kHipThrust;
    nameless.erase("name");
    json no_muscle = kHipThrust;
    no_muscle["primary_muscles"] = json::array();
    json strange = kHipThrust;
    strange["kind"] = "juggling";
    json too_much = kHipThrust;
    too_much["met"] = 25;
    json extra = kHipThrust;
    extra["cues"] = json::array({"Squeeze"});
    for (const json& body : {nameless, no_muscle, strange, too_much, extra}) {
        const Answer reply = server->post("/api/exercises", body, &P);
        EXPECT_EQ(reply.status, 400) << body << " → " << reply;
        EXPECT_TRUE(reply.has_error_shape()) << reply;
    }
    ASSERT_EQ(server->post("/api/exercises", kHipThrust, &P).status, 201);
    json same_name = kHipThrust;
    same_name["name"] = "HIP THRUST";
    const Answer twice = server->post("/api/exercises", same_name, &P);
    EXPECT_EQ(twice.status, 400) << twice;
    EXPECT_EQ(twice.error_field(), "name") << twice;
    EXPECT_EQ(server->del("/api/exercises/own-nothing", &P).status, 404);
    EXPECT_EQ(server->del("/api/exercises/glute-bridge", &P).status, 404) << "the catalog's stay";
}

// An own exercise of the same block sharing a primary muscle may replace a planned one: the plan, the day's
// workout and the entry it records have it.
TEST_F(OwnExercisesApi, OneIsSwappedIntoThePlanAndPlayed) {
    json thrust = kHipThrust;
    thrust.erase("equipment");  // body weight: P has no barbell
    ASSERT_EQ(server->post("/api/exercises", thrust, &P).status, 201);
    const Answer week = server->get("/api/plan?weeks=1", &P);
    ASSERT_EQ(week.status, 200) << week;
    std::string planned;
    std::string day;
    for (const json& session : week.json["weeks"][0]["sessions"]) {
        for (const json& block : session["blocks"]) {
            for (const json& exercise : block["exercises"]) {
                const Answer list =
                    server->get("/api/exercises/" + exercise["id"].get<std::string>() + "/alternatives", &P);
                for (const json& a : list.json["alternatives"]) {
                    if (planned.empty() && a["id"] == "own-hip-thrust" && a["allowed"] == true) {
                        planned = exercise["id"];
                        day = session["date"];
                    }
                }
            }
        }
    }
    ASSERT_FALSE(planned.empty()) << "a strength exercise of the glutes in P's first week";
    const Answer swapped =
        server->put("/api/plan/swaps", {{"exercise", planned}, {"replacement", "own-hip-thrust"}}, &P);
    ASSERT_EQ(swapped.status, 200) << swapped;
    EXPECT_EQ(swapped.json["swapped_for"], "own-hip-thrust");

    const Answer script = server->get("/api/workout?date=" + day, &P);
    ASSERT_EQ(script.status, 200) << script;
    const json& steps = script.json["steps"];
    std::size_t at = steps.size();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (at == steps.size() && steps[i].value("exercise", "") == "own-hip-thrust")
            at = i;
    }
    ASSERT_LT(at, steps.size()) << script;
    EXPECT_EQ(steps[at]["name"], "Hip thrust");
    json events = json::array();
    for (std::size_t i = 0; i < at; ++i) events.push_back({{"step", i}, {"action", "skip"}});
    events.push_back({{"step", at}, {"action", "done"}, {"reps", 9}, {"load_kg", 30}});
    const Answer recorded = server->post(
        "/api/workout", {{"date", day}, {"time", "18:00"}, {"steps", steps.size()}, {"events", events}}, &P);
    ASSERT_EQ(recorded.status, 201) << recorded;
    EXPECT_EQ(recorded.json["sets"],
              json::parse(R"([{"exercise": "own-hip-thrust", "reps": 9, "load_kg": 30.0}])"));

    // While the plan has it, removing it is refused; the swap goes first.
    const Answer kept = server->del("/api/exercises/own-hip-thrust", &P);
    EXPECT_EQ(kept.status, 409) << kept;
    EXPECT_NE(kept.body.find("undo that swap first"), std::string::npos) << kept;
}

}  // namespace
}  // namespace hipfit::server
