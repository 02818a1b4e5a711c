// GET /api/workout (docs/workout.md): the day's session as the steps of a guided workout, the same
// session GET /api/plan shows for that day; 404 without a session or a profile; for a coach too.
// POST /api/workout: what a player did at each step, recorded as core's player records it — the
// sequences of tests/fixtures/player_sequences.json give their entries — and every refusal named.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
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
        const PersonCoachStranger cast = person_coach_and_stranger(*server);
        P = cast.P;
        C = cast.C;
        U = cast.U;
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

    // What a player sends for P's Monday (2026-11-23): its number of steps and `events`.
    static json played(json events) {
        const Answer script = server->get("/api/workout?date=2026-11-23", &P);
        return {
            {"date", "2026-11-23"}, {"steps", script.json["steps"].size()}, {"events", std::move(events)}};
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

// --- POST /api/workout ------------------------------------------------------------------------------

const json& sequences_fixture() {
    static const json parsed = [] {
        std::ifstream file(std::string(HIPFIT_SOURCE_DIR) + "/tests/fixtures/player_sequences.json",
                           std::ios::binary);
        return json::parse(
            std::string{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()});
    }();
    return parsed;
}

// Each step as the fixture writes it: "KIND[ EXERCISE[ SIDE]]".
std::vector<std::string> digest(const json& script) {
    std::vector<std::string> steps;
    for (const json& step : script["steps"]) {
        std::string text = step["kind"];
        if (step.contains("exercise"))
            text += " " + step["exercise"].get<std::string>();
        if (step.contains("side") && step["side"].is_string())
            text += " " + step["side"].get<std::string>();
        steps.push_back(text);
    }
    return steps;
}

json without_derived(json entry) {
    for (const char* key : {"id", "time", "energy_kcal"}) entry.erase(key);
    return entry;
}

TEST_F(Workout, TheFixturesSequencesGiveTheirEntries) {
    int posted = 0;
    for (const json& session : sequences_fixture()["sessions"]) {
        for (const json& sequence : session["sequences"]) {
            SCOPED_TRACE(sequence["name"].get<std::string>());
            const Session person = server->sign_up(fmt::format("fixture-{}@example.com", posted));
            ASSERT_EQ(server->put("/api/profile", session["profile"], &person).status, 200);
            const std::string day = session["date"];
            // The profile starts its program today (Saturday); the session of Monday is the fixture's.
            const Answer script = server->get("/api/workout?date=" + day, &person);
            ASSERT_EQ(script.status, 200) << script;
            ASSERT_EQ(digest(script.json), session["steps"].get<std::vector<std::string>>());
            const json played = {{"date", day},
                                 {"time", "18:05"},
                                 {"steps", script.json["steps"].size()},
                                 {"events", sequence["events"]}};
            Answer reply = server->post("/api/workout", played, &person);
            // The answer is the entry and the personal bests it set: none, for a first workout.
            if (reply.json.is_object() && reply.json.contains("personal_bests")) {
                EXPECT_EQ(reply.json["personal_bests"], json::array());
                reply.json.erase("personal_bests");
            }
            const Answer stored = server->get("/api/entries?kind=workout", &person);
            if (sequence["entry"].is_null()) {
                EXPECT_EQ(reply.status, 204) << reply;
                EXPECT_EQ(stored.json, json::array()) << "nothing recorded";
            } else {
                ASSERT_EQ(reply.status, 201) << reply;
                EXPECT_EQ(reply.header("Location"),
                          fmt::format("/api/entries/{}", reply.json["id"].get<int>()));
                ASSERT_EQ(stored.json.size(), 1U);
                EXPECT_EQ(stored.json[0], reply.json);
                // A session done ahead of its day (Monday's, on Saturday) is recorded today, at its time.
                json expected = sequence["entry"];
                expected["date"] = "2026-11-21";
                EXPECT_EQ(without_derived(reply.json), expected);
                EXPECT_EQ(reply.json["time"], "18:05");
                EXPECT_GT(reply.json["energy_kcal"].get<double>(), 0.0) << "estimated as for any workout";
            }
            ++posted;
        }
    }
    EXPECT_EQ(posted, 5);
}

TEST_F(Workout, APostWithoutTimeIsRecordedAtTheServersTimeOnTheSessionsDay) {
    const Session person = server->sign_up("on-the-day@example.com");
    json profile = adult_profile();
    profile["days"] = {"sat"};
    ASSERT_EQ(server->put("/api/profile", profile, &person).status, 200);
    const Answer script = server->get("/api/workout", &person);
    ASSERT_EQ(script.status, 200) << script;
    json events = json::array();
    std::size_t reps_step = 0;
    while (script.json["steps"][reps_step]["kind"] != "reps")
        events.push_back({{"step", reps_step++}, {"action", "skip"}});
    events.push_back({{"step", reps_step}, {"action", "done"}, {"reps", 7}, {"load_kg", 2.5}, {"rpe", 6}});
    const Answer reply =
        server->post("/api/workout", {{"steps", script.json["steps"].size()}, {"events", events}}, &person);
    ASSERT_EQ(reply.status, 201) << reply;
    EXPECT_EQ(reply.json["date"], "2026-11-21");
    EXPECT_EQ(reply.json["time"], "09:30");
    EXPECT_EQ(reply.json["warm_up_skipped"], true);
    EXPECT_EQ(reply.json["sets"], json::array({{{"exercise", script.json["steps"][reps_step]["exercise"]},
                                                {"reps", 7},
                                                {"load_kg", 2.5},
                                                {"rpe", 6}}}));
}

TEST_F(Workout, APlayedWorkoutThatIsNotOneIsRefusedNamingWhatIsWrong) {
    const std::string before = server->get("/api/entries", &P).body;
    const json script = server->get("/api/workout?date=2026-11-23", &P).json;
    const json first = {{"step", 0}, {"action", "done"}, {"seconds", 30}};
    struct Case {
        json body;
        int status;
        std::string field;
        std::string message;
    };
    const std::vector<Case> cases{
        {json::array(), 400, "body", "the body must be a JSON object"},
        {{{"steps", 1}, {"events", json::array()}, {"sets", json::array()}},
         400,
         "sets",
         "sets: is not a field of a played workout"},
        {{{"date", "2026-11-23"}, {"steps", 1}},
         400,
         "events",
         "events: missing; give what was done at each step"},
        {{{"date", "2026-11-23"}, {"events", json::array()}},
         400,
         "steps",
         "steps: expected the number of steps of the script played"},
        {{{"date", "2026-11-23"}, {"steps", 3}, {"events", {{"step", 0}}}},
         400,
         "events",
         "Events: expected an array of step events."},
        {played(json::array({{{"step", 0}}})), 400, "events", "events[0]: action: missing"},
        {played(json::array({{{"step", 0}, {"action", "jump"}}})), 400, "events",
         "events[0]: action: 'jump' is not one of done|skip|back"},
        {played(json::array({{{"step", 0}, {"action", "done"}, {"secs", 3}}})), 400, "events",
         "events[0]: secs: is not a field of a step event"},
        {played(json::array({{{"step", 0}, {"action", "done"}, {"seconds", 2.5}}})), 400, "events",
         "events[0]: seconds: expected a whole number"},
        {played(json::array({{{"step", -1}, {"action", "skip"}}})), 400, "events",
         "events[0]: step: -1 is not a step (they count from 0)"},
        {played(json::array({first, {{"step", 2}, {"action", "skip"}}})), 400, "events",
         "events[1]: at step 2, but the player was at step 1 (events come in the order they happened)"},
        {played(json::array({{{"step", 0}, {"action", "done"}, {"reps", 12}}})), 400, "events",
         "events[0]: step 0 is a timed step, which takes no reps"},
        {played(json::array({{{"step", 0}, {"action", "done"}, {"seconds", 9999}}})), 400, "events",
         fmt::format("events[0]: seconds: 9999 is outside the accepted range 0–{}",
                     script["steps"][0]["seconds"].get<int>())},
        {{{"date", "2026-11-23"}, {"steps", 5}, {"events", json::array()}},
         409,
         "steps",
         fmt::format("the session of 2026-11-23 has changed since it was played: it has {} steps now, not 5",
                     script["steps"].size())},
        {{{"date", "2026-11-24"}, {"steps", 5}, {"events", json::array()}},
         404,
         "<none>",
         "no session is planned on 2026-11-24"},
        {{{"date", "2026-02-30"}, {"steps", 5}, {"events", json::array()}}, 400, "date", ""},
        {{{"time", "25:00"}, {"steps", 5}, {"events", json::array()}}, 400, "time", ""},
    };
    for (const Case& c : cases) {
        const Answer reply = server->post("/api/workout", c.body, &P);
        EXPECT_EQ(reply.status, c.status) << c.body << ": " << reply;
        EXPECT_EQ(reply.error_field(), c.field) << reply;
        if (!c.message.empty()) {
            EXPECT_EQ(reply.json["error"]["message"], c.message) << reply;
        }
    }
    EXPECT_EQ(server->get("/api/entries", &P).body, before) << "nothing written";
}

TEST_F(Workout, NothingDoneRecordsNothing) {
    const Answer reply =
        server->post("/api/workout", played(json::array({{{"step", 0}, {"action", "skip"}}})), &P);
    EXPECT_EQ(reply.status, 204) << reply;
    EXPECT_EQ(reply.body, "");
    EXPECT_EQ(server->get("/api/entries?kind=workout", &P).json, json::array());
}

TEST_F(Workout, OnlyThePersonRecordsTheirWorkout) {
    const std::string target = "/api/workout?account=" + std::to_string(P.id);
    const json body = played(json::array());
    EXPECT_EQ(server->post(target, body, &C).status, 403) << "a coach reads the script, the person records";
    EXPECT_EQ(server->post("/api/workout", body).status, 401);
    const Answer stranger = server->post("/api/workout", body, &U);
    EXPECT_EQ(stranger.status, 404) << "no profile: " << stranger;
}

// Issue 13, point 8: a workout belongs to the day it started. Monday's session (a sequence of the fixture
// that records sets), started at 23:40 and sent when it ended at 00:30 on Tuesday, is Monday's entry at
// 23:40 — not Tuesday's, and not at 00:30.
TEST(WorkoutAfterMidnight, IsRecordedOnTheDayAndAtTheTimeItStarted) {
    const json& session = sequences_fixture()["sessions"][0];
    json events;
    for (const json& sequence : session["sequences"]) {
        if (!sequence["entry"].is_null() && events.is_null())
            events = sequence["events"];
    }
    ASSERT_FALSE(events.is_null());
    ASSERT_EQ(session["date"], "2026-11-23");
    TestServer server;
    const Session p = server.sign_up("late@example.com");
    ASSERT_EQ(server.put("/api/profile", session["profile"], &p).status, 200);  // from Saturday 21 Nov
    const std::size_t steps = server.get("/api/workout?date=2026-11-23", &p).json["steps"].size();
    server.set_calendar(core::Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(24)},
                        {0, 30});
    const json body = {{"date", "2026-11-23"}, {"time", "23:40"}, {"steps", steps}, {"events", events}};
    const Answer reply = server.post("/api/workout", body, &p);
    ASSERT_EQ(reply.status, 201) << reply;
    EXPECT_EQ(reply.json["date"], "2026-11-23") << reply;
    EXPECT_EQ(reply.json["time"], "23:40") << reply;
    const Answer stored = server.get("/api/entries?kind=workout", &p);
    ASSERT_EQ(stored.json.size(), 1U) << stored;
    EXPECT_EQ(stored.json[0]["date"], "2026-11-23");
    EXPECT_EQ(stored.json[0]["time"], "23:40");
}

}  // namespace
}  // namespace hipfit::server
