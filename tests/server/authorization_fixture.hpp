// The world of the authorization tests: one database for the whole suite (argon2id is slow on purpose)
// with the person P (the owner, with a profile and entries), another user U, P's coach C, a coach R whom
// P revoked, a coach X of U (not of P) and a spare account S. A route added to the table is covered at
// once by the tests that iterate routes(), and fails until valid_call() knows a valid request for it.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <tuple>

#include <fmt/format.h>

#include "tests/server/api_client.hpp"

namespace hipfit::server::authorization {

using namespace hipfit::server::testing;
using nlohmann::json;

inline std::string name_of(const Route& route) {
    return fmt::format("{} {}", route.method, route.path);
}

inline bool acts_on_a_persons_data(const Route& route) {
    return route.access == Access::self || route.access == Access::self_or_coach ||
           route.access == Access::anyone_or_self_or_coach;
}

// Whether the route answers without a session.
inline bool open_to_anyone(const Route& route) {
    return route.access == Access::anyone || route.access == Access::anyone_or_self_or_coach;
}

// A request the route accepts from its rightful caller, and the status it answers.
struct Valid {
    json body;  // null: no body
    int status = 0;
};

// On every store; the world is made once per store and kept for the suite's tests on it.
class Authorization : public ::testing::TestWithParam<hipfit::testing::Backend> {
  protected:
    void SetUp() override {
        if (!server || backend != GetParam())
            make_world(GetParam());
    }

    static void make_world(hipfit::testing::Backend on) {
        server.reset();
        backend = on;
        server = std::make_unique<TestServer>(on);
        TestServer& s = *server;
        P = s.sign_up("person@example.com");
        U = s.sign_up("other@example.com");
        C = s.sign_up("coach@example.com");
        R = s.sign_up("revoked@example.com");
        X = s.sign_up("coach-of-other@example.com");
        S = s.sign_up("spare@example.com");
        for (const Session* person : {&P, &U}) {
            json profile = adult_profile();
            if (person == &P)
                profile["days"] = {"mon", "wed", "sat"};  // today, a Saturday, has P's workout
            EXPECT_EQ(s.put("/api/profile", profile, person).status, 200);
            const Answer added = s.post("/api/entries", weight_entry(72.5), person);
            EXPECT_EQ(added.status, 201) << added;
            (person == &P ? p_entry : u_entry) = added.json.value("id", std::int64_t{0});
        }
        EXPECT_EQ(s.post("/api/entries", {{"kind", "water"}, {"value", 750}}, &P).status, 201);
        link(P, C);
        link(P, R);
        EXPECT_EQ(s.del(fmt::format("/api/coaches/{}", R.id), &P).status, 204);
        link(U, X);
    }
    static void TearDownTestSuite() { server.reset(); }

    // `client` invites `coach`, who accepts.
    static void link(const Session& client, const Session& coach) {
        EXPECT_EQ(server->post("/api/coaches", {{"email", coach.email}}, &client).status, 202);
        EXPECT_EQ(server->post(fmt::format("/api/clients/{}/accept", client.id), json(), &coach).status, 200);
    }

    // The route's path with real ids: P's entry, P's coach C, C's client P, a catalog exercise.
    static std::string concrete(const Route& route) {
        std::string path(route.path);
        const std::size_t open = path.find("{id}");
        if (open == std::string::npos)
            return path;
        std::string id;
        if (route.path.starts_with("/api/entries/"))
            id = std::to_string(p_entry);
        else if (name_of(route) == "DELETE /api/exercises/{id}")
            id = "own-cable-kickback";  // what POST /api/exercises adds, just before
        else if (route.path.starts_with("/api/exercises/"))
            id = "glute-bridge";
        else if (route.path.starts_with("/api/plan/swaps/"))
            id = "clamshell";  // in P's plan, which PUT /api/plan/swaps swaps just before
        else if (route.path.starts_with("/api/coaches/"))
            id = std::to_string(C.id);
        else if (route.path.starts_with("/api/clients/"))
            id = std::to_string(P.id);
        else
            ADD_FAILURE() << name_of(route) << ": say in concrete() which id its {id} takes";
        return path.replace(open, 4, id);
    }

    static Valid valid_call(const Route& route) {
        static int accounts = 0;
        const std::string key = name_of(route);
        if (key == "POST /api/accounts")
            return {{{"email", fmt::format("new{}@example.com", ++accounts)}, {"password", kPassword}}, 201};
        if (key == "POST /api/session")
            return {{{"email", P.email}, {"password", kPassword}}, 200};
        if (key == "PUT /api/account/password")
            return {{{"current_password", kPassword}, {"new_password", kPassword}}, 204};
        if (key == "PUT /api/profile")
            return {{{"weight_kg", 71.5}}, 200};
        if (key == "PUT /api/program")
            return {{{"minutes_per_session", 45}, {"level", "intermediate"}}, 200};
        if (key == "POST /api/entries")
            return {weight_entry(71.0), 201};
        if (key == "PUT /api/entries/{id}")
            return {weight_entry(70.5), 200};
        if (key == "POST /api/import") {
            const json entry = {
                {"kind", "steps"}, {"value", 8000}, {"date", "2026-11-19"}, {"time", "21:00"}};
            return {{{"format", "hipfit-export"}, {"version", 1}, {"profile", nullptr}, {"entries", {entry}}},
                    200};
        }
        if (key == "POST /api/workout") {  // today's session: skipped up to its first set, which is done
            const json steps = server->get("/api/workout", &P).json["steps"];
            json events = json::array();
            std::size_t i = 0;
            while (i < steps.size() && steps[i]["kind"] != "reps")
                events.push_back({{"step", i++}, {"action", "skip"}});
            events.push_back({{"step", i}, {"action", "done"}});
            return {{{"steps", steps.size()}, {"events", events}}, 201};
        }
        if (key == "POST /api/exercises")  // removed by DELETE /api/exercises/{id}, which comes after it
            return {
                {{"name", "Cable kickback"}, {"kind", "strength"}, {"primary_muscles", {"gluteus-maximus"}}},
                201};
        if (key == "PUT /api/plan/swaps")  // undone by DELETE /api/plan/swaps/{id}, which comes after it
            return {{{"exercise", "clamshell"}, {"replacement", "fire-hydrant"}}, 200};
        if (key == "POST /api/coaches")
            return {{{"email", S.email}}, 202};
        if (key == "POST /api/clients/{id}/accept" || key == "POST /api/undo" || key == "POST /api/checkin")
            return {json(), 200};
        if (route.method == "DELETE")
            return {json(), 204};
        if (route.method == "GET")
            return {json(), 200};
        ADD_FAILURE() << key << ": give it a valid request in valid_call()";
        return {};
    }

    static Answer send(const Route& route, const std::string& target, const Session* as) {
        const json body = valid_call(route).body;
        return server->send(route.method, target, as, body.is_null() ? std::string() : body.dump());
    }

    // Everything of P's that a request could change, as the API shows it to P and as the database holds it.
    static std::string state_of_P() {
        const std::string id = std::to_string(P.id);
        const std::vector<std::string> queries{
            "SELECT * FROM accounts WHERE id = " + id,
            "SELECT * FROM profiles WHERE account_id = " + id,
            "SELECT * FROM entries WHERE account_id = " + id,
            "SELECT * FROM changes WHERE account_id = " + id,
            "SELECT * FROM coach_links WHERE client_id = " + id + " OR coach_id = " + id,
            "SELECT * FROM checkins WHERE account_id = " + id,
            "SELECT * FROM plan_swaps WHERE account_id = " + id,
            "SELECT * FROM own_exercises WHERE account_id = " + id,
            "SELECT s.* FROM workout_sets s JOIN entries e ON e.id = s.entry_id WHERE e.account_id = " + id};
        std::string rows = server->export_of(P) + server->get("/api/coaches", &P).body;
        for (const std::string& query : queries) rows += query_rows(server->path(), query);
        return rows;
    }

    static inline std::unique_ptr<TestServer> server;
    static inline hipfit::testing::Backend backend = hipfit::testing::Backend::sqlite;
    static inline Session P, U, C, R, X, S;
    static inline std::int64_t p_entry = 0;
    static inline std::int64_t u_entry = 0;
};

}  // namespace hipfit::server::authorization
