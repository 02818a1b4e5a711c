// What is refused before anything is stored: a person without a profile, a program that could not be
// planned, and workout sets, each naming the field at fault as the API calls it.
#include <gtest/gtest.h>

#include <memory>

#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

class Validation : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        server = std::make_unique<TestServer>();
        P = server->sign_up("person@example.com");
        N = server->sign_up("newcomer@example.com");
        EXPECT_EQ(server->put("/api/profile", adult_profile(), &P).status, 200);
    }
    static void TearDownTestSuite() { server.reset(); }

    // The request is refused with a 400 naming `field`, and the database is as it was.
    static void expect_invalid(const std::string& method, const std::string& target, const json& body,
                               const std::string& field) {
        const std::string before = database_dump(server->path());
        const Answer reply = server->send(method, target, &P, body.is_null() ? "" : body.dump());
        EXPECT_EQ(reply.status, 400) << method << " " << target << " " << body << ": " << reply;
        EXPECT_EQ(reply.error_code(), "invalid_input") << reply;
        EXPECT_EQ(reply.error_field(), field) << method << " " << target << " " << body << ": " << reply;
        EXPECT_EQ(database_dump(server->path()), before) << method << " " << target << " wrote something";
    }

    static inline std::unique_ptr<TestServer> server;
    static inline Session P, N;
};

TEST_F(Validation, RoutesThatNeedAProfileAnswer404UntilThereIsOne) {
    for (const char* target : {"/api/profile", "/api/assessment", "/api/plan", "/api/plan.ics", "/api/today",
                               "/api/stats", "/api/workout?date=2026-11-23"}) {
        const Answer reply = server->get(target, &N);
        EXPECT_EQ(reply.status, 404) << target << ": " << reply;
        EXPECT_EQ(reply.error_code(), "not_found") << target;
        EXPECT_NE(reply.body.find("PUT /api/profile"), std::string::npos) << target << " says how to fix it";
    }
    const std::string before = database_dump(server->path());
    EXPECT_EQ(server->put("/api/program", {{"level", "advanced"}}, &N).status, 404);
    EXPECT_EQ(database_dump(server->path()), before) << "a program alone creates no profile";
    // The journal itself needs no profile.
    EXPECT_EQ(server->get("/api/entries", &N).json, json::array());
    EXPECT_EQ(server->get("/api/export", &N).json.value("profile", json(1)), json());
}

TEST_F(Validation, AProgramIsCheckedAsThePlanWillReadIt) {
    expect_invalid("PUT", "/api/program", {{"days", json::array()}}, "days");
    expect_invalid("PUT", "/api/program", {{"days", {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}}},
                   "days");
    expect_invalid("PUT", "/api/program", {{"minutes_per_session", 600}}, "minutes_per_session");
    expect_invalid("PUT", "/api/program", {{"level", "olympian"}}, "level");
    expect_invalid("PUT", "/api/program", {{"equipment", {"none", "band"}}}, "equipment");
    expect_invalid("PUT", "/api/program", {{"start", 20261123}}, "start");
    expect_invalid("PUT", "/api/program", {{"start", "2026-02-30"}}, "start");
    EXPECT_EQ(server->put("/api/program", {{"start", "2026-11-23"}, {"level", "intermediate"}}, &P).status,
              200);
    EXPECT_EQ(server->get("/api/profile", &P).json.value("program_start", ""), "2026-11-23");
}

// Regression: src/server/handlers/profile.cpp put_program() stores any calendar date as the start, but
// core::generate_plan refuses a start outside kEarliestPlanStart–kLatestPlanStart (1900–9000): after
// {"start":"1800-01-01"} (200) every GET /api/plan, /api/plan.ics and /api/stats answers 400 "start"
// although the request that fails names no start.
TEST_F(Validation, AProgramStartThePlanCannotUseIsRefusedWhenItIsSet) {
    expect_invalid("PUT", "/api/program", {{"start", "1800-01-01"}}, "start");
    for (const char* target : {"/api/plan", "/api/plan.ics", "/api/stats"})
        EXPECT_EQ(server->get(target, &P).status, 200) << target << ": " << server->get(target, &P);
    server->put("/api/program", {{"start", "2026-11-23"}}, &P);  // repairs what the bug let through
}

// Regression: src/app/import_checks.cpp check_set() rethrows a set's range error with
// located_error(error, where, ""), whose field is "FILE" (a command-line word): the API answers
// {"field":"FILE"} for a workout set out of range.
TEST_F(Validation, AWorkoutSetOutOfRangeNamesTheSets) {
    const auto workout = [](const json& set) { return json{{"kind", "workout"}, {"sets", {set}}}; };
    expect_invalid("POST", "/api/entries", workout({{"exercise", "glute-bridge"}, {"reps", 900}}), "sets");
    expect_invalid("POST", "/api/entries", workout({{"exercise", "glute-bridge"}, {"reps", 12}, {"rpe", 11}}),
                   "sets");
    const json import = {{"format", "hipfit-export"},
                         {"version", 1},
                         {"entries",
                          {{{"kind", "workout"},
                            {"date", "2026-11-20"},
                            {"time", "18:00"},
                            {"sets", {{{"exercise", "glute-bridge"}, {"reps", 900}}}}}}}};
    expect_invalid("POST", "/api/import", import, "sets");
}

// Regression: src/io/entry_json.cpp: a set that is not an object fails in Reader's constructor with an empty
// field, so the 400 names no field at all (docs/api.md: a wrong type names the field).
TEST_F(Validation, AWorkoutSetOfTheWrongTypeNamesTheSets) {
    expect_invalid("POST", "/api/entries", {{"kind", "workout"}, {"sets", {12}}}, "sets");
}

TEST_F(Validation, AWorkoutSetWithAnUnknownExerciseNamesTheExercise) {
    expect_invalid("POST", "/api/entries",
                   {{"kind", "workout"}, {"sets", {{{"exercise", "moonwalk"}, {"reps", 5}}}}}, "exercise");
    expect_invalid("POST", "/api/entries", {{"kind", "workout"}, {"sets", json::array()}}, "sets");
    const Answer logged = server->post(
        "/api/entries", {{"kind", "workout"}, {"sets", {{{"exercise", "glute-bridge"}, {"reps", 12}}}}}, &P);
    EXPECT_EQ(logged.status, 201) << logged;
    EXPECT_GT(logged.json.value("energy_kcal", 0.0), 0.0) << "the server estimates the energy";
}

}  // namespace
}  // namespace hipfit::server
