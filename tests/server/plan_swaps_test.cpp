// The plan's swaps through the API (docs/api.md): GET /api/exercises/{id}/alternatives, PUT and DELETE
// /api/plan/swaps (self or coach; a stranger is refused and changes nothing), the plan and the workout
// following a swap, and a mid-workout swap sent with the played workout, its sets naming swapped_from.
#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

// A JSON query value percent-encoded as a page's encodeURIComponent sends it.
std::string url_encoded(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')
            out += c;
        else
            out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    }
    return out;
}

// P (a beginner without equipment, Monday, Wednesday and Friday from Saturday 2026-11-21), P's coach C,
// and U, a stranger.
class PlanSwaps : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        server = std::make_unique<TestServer>();
        const PersonCoachStranger cast = person_coach_and_stranger(*server);
        P = cast.P;
        C = cast.C;
        U = cast.U;
    }
    static void TearDownTestSuite() { server.reset(); }
    void TearDown() override { server->del("/api/plan/swaps/clamshell", &P); }

    static std::vector<std::string> ids(const json& list) {
        std::vector<std::string> out;
        for (const json& a : list["alternatives"]) out.push_back(a["id"]);
        return out;
    }

    static int in_plan(const std::string& id) {
        const Answer plan = server->get("/api/plan?weeks=4", &P);
        EXPECT_EQ(plan.status, 200) << plan;
        int count = 0;
        for (const json& week : plan.json["weeks"])
            for (const json& session : week["sessions"])
                for (const json& block : session["blocks"])
                    for (const json& exercise : block["exercises"]) count += exercise["id"] == id ? 1 : 0;
        return count;
    }

    static inline std::unique_ptr<TestServer> server;
    static inline Session P, C, U;
};

TEST_F(PlanSwaps, TheAlternativesAreThePersonsClosestFirstWithWhy) {
    const Answer reply = server->get("/api/exercises/clamshell/alternatives", &P);
    ASSERT_EQ(reply.status, 200) << reply;
    EXPECT_EQ(reply.json["exercise"], "clamshell");
    EXPECT_TRUE(reply.json["swapped_for"].is_null());
    EXPECT_EQ(ids(reply.json),
              (std::vector<std::string>{"fire-hydrant", "side-lying-leg-raise", "standing-leg-lift"}));
    const json& first = reply.json["alternatives"][0];
    EXPECT_EQ(first["name"], "Fire hydrant");
    EXPECT_EQ(first["why"],
              "Also trains the gluteus medius; works the gluteus maximus too; one side at a time, like it; "
              "as hard");
    EXPECT_EQ(first["allowed"], true);
    EXPECT_TRUE(first["why_not"].is_null());
    EXPECT_EQ(server->get("/api/exercises/nothing/alternatives", &P).status, 404);
}

TEST_F(PlanSwaps, ASwapIsSavedShownByThePlanAndUndone) {
    const int clamshells = in_plan("clamshell");
    ASSERT_GT(clamshells, 0);
    const Answer put =
        server->put("/api/plan/swaps", {{"exercise", "clamshell"}, {"replacement", "fire-hydrant"}}, &P);
    ASSERT_EQ(put.status, 200) << put;
    EXPECT_EQ(put.json["swapped_for"], "fire-hydrant");
    EXPECT_EQ(in_plan("clamshell"), 0);
    EXPECT_EQ(server->get("/api/plan/swaps", &P).json,
              json({{"swaps", {{{"exercise", "clamshell"}, {"replacement", "fire-hydrant"}}}}}));
    // Asked about the replacement, the list is still the planned exercise's.
    EXPECT_EQ(server->get("/api/exercises/fire-hydrant/alternatives", &P).json["exercise"], "clamshell");
    const Answer today = server->get("/api/workout?date=2026-11-23", &P);
    for (const json& step : today.json["steps"]) EXPECT_NE(step.value("exercise", ""), "clamshell");

    EXPECT_EQ(server->del("/api/plan/swaps/fire-hydrant", &P).status, 204);
    EXPECT_EQ(in_plan("clamshell"), clamshells);
    const Answer again = server->del("/api/plan/swaps/clamshell", &P);
    EXPECT_EQ(again.status, 404) << again;
}

TEST_F(PlanSwaps, NoAlternativeIsRefusedNamingTheAlternatives) {
    const Answer reply =
        server->put("/api/plan/swaps", {{"exercise", "clamshell"}, {"replacement", "squat"}}, &P);
    EXPECT_EQ(reply.status, 400) << reply;
    EXPECT_EQ(reply.error_field(), "replacement");
    EXPECT_EQ(
        reply.json["error"]["message"],
        "'squat' is not an alternative to Clamshell for you; the alternatives: Fire hydrant (fire-hydrant), "
        "Side-lying leg raise (side-lying-leg-raise) or Standing side leg lift (standing-leg-lift).");
    EXPECT_EQ(server->put("/api/plan/swaps", {{"exercise", "clamshell"}}, &P).status, 400);
    EXPECT_EQ(server
                  ->put("/api/plan/swaps",
                        {{"exercise", "clamshell"}, {"replacement", "fire-hydrant"}, {"x", 1}}, &P)
                  .status,
              400);
    EXPECT_EQ(server->get("/api/plan/swaps", &P).json, json({{"swaps", json::array()}}));
}

TEST_F(PlanSwaps, ACoachMaySwapForTheClientAndAStrangerMayNot) {
    const std::string as_client = "?account=" + std::to_string(P.id);
    const json body = {{"exercise", "clamshell"}, {"replacement", "standing-leg-lift"}};
    const Answer stranger = server->put("/api/plan/swaps" + as_client, body, &U);
    EXPECT_EQ(stranger.status, 403) << stranger;
    EXPECT_EQ(server->get("/api/exercises/clamshell/alternatives" + as_client, &U).status, 403);
    EXPECT_EQ(server->get("/api/plan/swaps", &P).json, json({{"swaps", json::array()}}));
    EXPECT_EQ(server->get("/api/exercises/clamshell/alternatives" + as_client, &C).status, 200);
    const Answer coach = server->put("/api/plan/swaps" + as_client, body, &C);
    ASSERT_EQ(coach.status, 200) << coach;
    EXPECT_EQ(server->get("/api/plan/swaps", &P).json,
              json({{"swaps", {{{"exercise", "clamshell"}, {"replacement", "standing-leg-lift"}}}}}));
    EXPECT_EQ(server->get("/api/plan/swaps", &U).json, json({{"swaps", json::array()}}));  // U's own plan
    EXPECT_EQ(server->del("/api/plan/swaps/clamshell" + as_client, &U).status, 403);
    EXPECT_EQ(server->del("/api/plan/swaps/clamshell" + as_client, &C).status, 204);
}

TEST_F(PlanSwaps, AWorkoutSwappedMidwayIsRecordedWithThePlannedExercise) {
    const json steps = server->get("/api/workout?date=2026-11-23", &P).json["steps"];
    std::size_t first = 0;
    while (first < steps.size() && !(steps[first]["block"] == "targeted" && steps[first]["kind"] == "reps"))
        ++first;
    ASSERT_LT(first, steps.size());
    const std::string planned = steps[first]["exercise"];
    const std::string choice =
        server->get("/api/exercises/" + planned + "/alternatives", &P).json["alternatives"][0]["id"];
    const json swaps = {{{"step", first}, {"exercise", choice}}};
    const Answer swapped = server->get("/api/workout?date=2026-11-23&swaps=" + url_encoded(swaps.dump()), &P);
    ASSERT_EQ(swapped.status, 200) << swapped;
    const json& step = swapped.json["steps"][first];
    EXPECT_EQ(step["exercise"], choice);
    EXPECT_EQ(step["swapped_from"], planned);
    // The swapped step done, nothing else.
    json events = json::array();
    for (std::size_t i = 0; i < first; ++i) events.push_back({{"step", i}, {"action", "skip"}});
    events.push_back({{"step", first}, {"action", "done"}, {"reps", step["reps"]}});
    const json played = {{"date", "2026-11-23"},
                         {"steps", swapped.json["steps"].size()},
                         {"swaps", swaps},
                         {"events", events}};
    const Answer recorded = server->post("/api/workout", played, &P);
    ASSERT_EQ(recorded.status, 201) << recorded;
    EXPECT_EQ(recorded.json["sets"],
              json({{{"exercise", choice}, {"reps", step["reps"]}, {"swapped_from", planned}}}));
    // A swap for no alternative is refused, and so is a step without an exercise.
    const json squat = {{"date", "2026-11-23"},
                        {"steps", steps.size()},
                        {"swaps", {{{"step", first}, {"exercise", "squat"}}}},
                        {"events", json::array()}};
    const Answer refused = server->post("/api/workout", squat, &P);
    EXPECT_EQ(refused.status, 400) << refused;
    EXPECT_EQ(refused.error_field(), "swaps");
}

}  // namespace
}  // namespace hipfit::server

namespace hipfit::server {
namespace {

// Five training days a week leave little room: mid-workout, an alternative that would train a muscle hard
// within 48 hours of another session of the week is refused, naming the rule, and so is one the session holds
// already; one the plan allows is taken.
TEST(WorkoutSwapRule, TheFortyEightHourRuleHoldsMidWorkout) {
    TestServer server;
    const Session person = server.sign_up("five-days@example.com");
    json profile = adult_profile();
    profile["days"] = {"mon", "tue", "wed", "thu", "fri"};
    profile["level"] = "intermediate";
    profile["equipment"] = {"band", "dumbbells", "step"};
    ASSERT_EQ(server.put("/api/profile", profile, &person).status, 200);
    int refused = 0;
    int taken = 0;
    for (const char* day : {"2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"}) {
        const Answer script = server.get(std::string("/api/workout?date=") + day, &person);
        ASSERT_EQ(script.status, 200) << script;
        std::set<std::string> seen;
        std::set<std::string> in_session;
        for (const json& step : script.json["steps"]) {
            if (step.contains("exercise"))
                in_session.insert(step["exercise"].get<std::string>());
        }
        for (const json& step : script.json["steps"]) {
            if (!step.contains("exercise") || !seen.insert(step["exercise"].get<std::string>()).second ||
                (step["block"] != "targeted" && step["block"] != "strength"))
                continue;
            const Answer list = server.get(
                "/api/exercises/" + step["exercise"].get<std::string>() + "/alternatives", &person);
            ASSERT_EQ(list.status, 200) << list;
            for (const json& alternative : list.json["alternatives"]) {
                const json swaps = json::array({{{"step", step["index"]}, {"exercise", alternative["id"]}}});
                const Answer swapped = server.get(
                    std::string("/api/workout?date=") + day + "&swaps=" + url_encoded(swaps.dump()), &person);
                if (in_session.contains(alternative["id"].get<std::string>())) {
                    // Already in this session: not twice.
                    EXPECT_EQ(swapped.status, 400) << swapped;
                    EXPECT_NE(swapped.body.find("is in this session already"), std::string::npos) << swapped;
                } else if (alternative["allowed"] == true) {
                    EXPECT_EQ(swapped.status, 200) << day << " " << alternative["id"] << ": " << swapped;
                    ++taken;
                } else if (swapped.status == 400) {
                    EXPECT_NE(swapped.body.find("48 hours"), std::string::npos) << swapped;
                    EXPECT_NE(swapped.body.find("cannot replace"), std::string::npos) << swapped;
                    ++refused;
                }
            }
        }
    }
    EXPECT_GT(refused, 0) << "a swap the week's sessions rule out is refused";
    EXPECT_GT(taken, 0);
}

}  // namespace
}  // namespace hipfit::server
