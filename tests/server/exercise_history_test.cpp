// GET /api/exercises/{id}/history: one exercise's sessions and bests, the same view as 'hipfit history
// --exercise ID --json'; for the person and their coach, not for a stranger.
#include <gtest/gtest.h>

#include <memory>

#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

// P logs squats; C coaches P; U is a stranger. Today is Saturday 2026-11-21.
class ExerciseHistoryApi : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        server = std::make_unique<TestServer>();
        const PersonCoachStranger cast = person_coach_and_stranger(*server);
        P = cast.P;
        C = cast.C;
        U = cast.U;
        for (const json& entry : {json{{"kind", "workout"},
                                       {"date", "2026-11-10"},
                                       {"time", "18:00"},
                                       {"sets",
                                        {{{"exercise", "squat"}, {"reps", 12}, {"load_kg", 10}},
                                         {{"exercise", "wall-sit"}, {"hold_seconds", 45}}}}},
                                  json{{"kind", "workout"},
                                       {"date", "2026-11-14"},
                                       {"time", "07:30"},
                                       {"sets",
                                        {{{"exercise", "squat"}, {"reps", 5}, {"load_kg", 100}},
                                         {{"exercise", "wall-sit"}, {"hold_seconds", 60}}}}}}) {
            EXPECT_EQ(server->post("/api/entries", entry, &P).status, 201);
        }
    }
    static void TearDownTestSuite() { server.reset(); }

    static inline std::unique_ptr<TestServer> server;
    static inline Session P, C, U;
};

TEST_F(ExerciseHistoryApi, TheSessionsAndBestsOfOneExercise) {
    const Answer reply = server->get("/api/exercises/squat/history", &P);
    ASSERT_EQ(reply.status, 200) << reply;
    const json& h = reply.json;
    EXPECT_EQ(h["exercise"], "squat");
    EXPECT_EQ(h["nothing_logged"], false);
    ASSERT_EQ(h["sessions"].size(), 2U);
    EXPECT_EQ(h["sessions"][0]["date"], "2026-11-10");
    EXPECT_EQ(h["sessions"][0]["sets"],
              json::parse(R"([{"exercise": "squat", "reps": 12, "load_kg": 10.0}])"));
    EXPECT_DOUBLE_EQ(h["sessions"][0]["estimated_one_rep_max_kg"].get<double>(), 14.0);
    EXPECT_NEAR(h["bests"]["estimated_one_rep_max"]["estimated_one_rep_max_kg"].get<double>(), 116.667,
                0.001);
    EXPECT_EQ(h["bests"]["estimated_one_rep_max"]["date"], "2026-11-14");
    EXPECT_EQ(h["bests"]["most_reps"]["set"]["reps"], 12);
    EXPECT_TRUE(h["bests"]["most_reps_body_weight"].is_null());

    const json sit = server->get("/api/exercises/wall-sit/history", &P).json;
    EXPECT_EQ(sit["bests"]["longest_hold"]["set"]["hold_seconds"], 60);
    EXPECT_EQ(sit["bests"]["longest_hold"]["date"], "2026-11-14");
}

TEST_F(ExerciseHistoryApi, NeverLoggedAndUnknown) {
    const Answer none = server->get("/api/exercises/clamshell/history", &P);
    ASSERT_EQ(none.status, 200) << none;
    EXPECT_EQ(none.json["nothing_logged"], true);
    EXPECT_EQ(none.json["message"], "Clamshell has not been logged yet.");
    const Answer unknown = server->get("/api/exercises/squatt/history", &P);
    EXPECT_EQ(unknown.status, 404) << unknown;
    EXPECT_NE(unknown.body.find("there is no exercise 'squatt'"), std::string::npos) << unknown;
}

TEST_F(ExerciseHistoryApi, TheCoachReadsItAndAStrangerCannot) {
    const std::string target = "/api/exercises/squat/history?account=" + std::to_string(P.id);
    const Answer coach = server->get(target, &C);
    ASSERT_EQ(coach.status, 200) << coach;
    EXPECT_EQ(coach.json, server->get("/api/exercises/squat/history", &P).json);
    const Answer stranger = server->get(target, &U);
    EXPECT_EQ(stranger.status, 403) << stranger;
    EXPECT_EQ(stranger.body.find("squat"), std::string::npos) << stranger;
    // Their own history, when they ask for theirs: nothing logged.
    EXPECT_EQ(server->get("/api/exercises/squat/history", &U).json["nothing_logged"], true);
    EXPECT_EQ(server->get("/api/exercises/squat/history").status, 401);
}

}  // namespace
}  // namespace hipfit::server
