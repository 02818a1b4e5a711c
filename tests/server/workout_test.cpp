// GET /api/workout (docs/workout.md): the day's session as the steps of a guided workout, the same
// session GET /api/plan shows for that day; 404 without a session or a profile; for a coach too.
#include <gtest/gtest.h>

#include <memory>

#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

// P trains on Monday, Wednesday and Friday from today, Saturday 2026-11-21; C coaches P; U is a stranger.
class Workout : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        server = std::make_unique<TestServer>();
        P = server->sign_up("person@example.com");
        C = server->sign_up("coach@example.com");
        U = server->sign_up("other@example.com");
        EXPECT_EQ(server->put("/api/profile", adult_profile(), &P).status, 200);
        EXPECT_EQ(server->post("/api/coaches", {{"email", C.email}}, &P).status, 202);
        EXPECT_EQ(server->post("/api/clients/" + std::to_string(P.id) + "/accept", json(), &C).status, 200);
    }
    static void TearDownTestSuite() { server.reset(); }

    // The session GET /api/plan has on `day`.
    static json planned_session(const std::string& day) {
        const Answer plan = server->get("/api/plan?weeks=2", &P);
        EXPECT_EQ(plan.status, 200) << plan;
        for (const json& week : plan.json["weeks"]) {
            for (const json& session : week["sessions"]) {
                if (session["date"] == day)
                    return session;
            }
        }
        return nullptr;
    }

    static inline std::unique_ptr<TestServer> server;
    static inline Session P, C, U;
};

TEST_F(Workout, TheStepsFollowThePlannedSessionOfTheDay) {
    const Answer reply = server->get("/api/workout?date=2026-11-23", &P);
    ASSERT_EQ(reply.status, 200) << reply;
    EXPECT_EQ(reply.content_type, "application/json");
    const json& workout = reply.json;
    EXPECT_EQ(workout["date"], "2026-11-23");
    EXPECT_EQ(workout["program_week"], 1);
    EXPECT_EQ(workout["minutes"], 40);
    const json session = planned_session("2026-11-23");
    ASSERT_FALSE(session.is_null());
    // Every planned exercise, in order, with its sets (intervals: rounds) and reps.
    std::vector<json> planned;
    for (const json& block : session["blocks"]) {
        for (json exercise : block["exercises"]) {
            exercise["block"] = block["kind"];
            planned.push_back(exercise);
        }
    }
    std::size_t next = 0;
    std::string last;  // the exercise of the last exercise step
    const json& steps = workout["steps"];
    ASSERT_FALSE(steps.empty());
    EXPECT_EQ(steps.front()["block"], "warm-up");
    EXPECT_EQ(steps.back()["block"], "cool-down");
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const json& step = steps[i];
        EXPECT_EQ(step["index"], i);
        if (!step.contains("exercise") || step["exercise"] == last)
            continue;
        last = step["exercise"];
        ASSERT_LT(next, planned.size()) << step;
        const json& p = planned[next++];
        EXPECT_EQ(step["exercise"], p["id"]);
        EXPECT_EQ(step["block"], p["block"]);
        EXPECT_EQ(step.contains("rounds") ? step["rounds"] : step["sets"], p["sets"]) << step;
        if (step["kind"] == "reps") {
            EXPECT_EQ(step["reps"], p["reps"]) << step;
        }
    }
    EXPECT_EQ(next, planned.size()) << "every planned exercise has its steps";
}

TEST_F(Workout, ALaterWeekSaysWhichWeekItIs) {
    const Answer reply = server->get("/api/workout?date=2026-12-02", &P);
    ASSERT_EQ(reply.status, 200) << reply;
    EXPECT_EQ(reply.json["program_week"], 2);
    EXPECT_EQ(reply.json["date"], "2026-12-02");
}

TEST_F(Workout, ADayWithoutASessionIsNotFound) {
    for (const char* target :
         {"/api/workout", "/api/workout?date=2026-11-24", "/api/workout?date=2026-11-16"}) {
        const Answer reply = server->get(target, &P);  // today (a Saturday), a Tuesday, before the start
        EXPECT_EQ(reply.status, 404) << target << ": " << reply;
        EXPECT_EQ(reply.error_code(), "not_found") << target;
        EXPECT_NE(reply.body.find("no session"), std::string::npos) << reply;
    }
}

TEST_F(Workout, AMalformedDateIsInvalidAndNamed) {
    for (const char* date : {"2026-02-30", "tomorrow", ""}) {
        const Answer reply = server->get(std::string("/api/workout?date=") + date, &P);
        EXPECT_EQ(reply.status, 400) << date << ": " << reply;
        EXPECT_EQ(reply.error_field(), "date") << reply;
    }
}

TEST_F(Workout, WithoutAProfileThereIsNoWorkout) {
    const Answer reply = server->get("/api/workout?date=2026-11-23", &U);
    EXPECT_EQ(reply.status, 404) << reply;
    EXPECT_NE(reply.body.find("PUT /api/profile"), std::string::npos) << reply;
}

TEST_F(Workout, ACoachSeesTheClientsWorkoutAndAStrangerDoesNot) {
    const std::string target = "/api/workout?date=2026-11-23&account=" + std::to_string(P.id);
    const Answer coach = server->get(target, &C);
    ASSERT_EQ(coach.status, 200) << coach;
    EXPECT_EQ(coach.body, server->get("/api/workout?date=2026-11-23", &P).body);
    EXPECT_EQ(server->get(target, &U).status, 403);
    EXPECT_EQ(server->get(target).status, 401);
}

}  // namespace
}  // namespace hipfit::server
