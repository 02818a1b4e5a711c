// Coach links: invitation, acceptance, revocation by the client and leaving by the coach, each effective
// on the next request (docs/api.md, "Who may see what").
#include <gtest/gtest.h>

#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

class Coaches : public ::testing::TestWithParam<hipfit::testing::Backend> {};

using namespace hipfit::server::testing;
using nlohmann::json;

TEST_P(Coaches, ACoachSeesAClientOnlyWhileTheLinkIsActive) {
    TestServer server(GetParam());
    const Session person = server.sign_up("person@example.com");
    const Session coach = server.sign_up("coach@example.com");
    ASSERT_EQ(server.put("/api/profile", adult_profile(), &person).status, 200);
    const std::string profile = "/api/profile?account=" + std::to_string(person.id);

    const Answer invited = server.post("/api/coaches", {{"email", "Coach@Example.com"}}, &person);
    EXPECT_EQ(invited.status, 202) << invited;
    EXPECT_EQ(invited.json.value("email", ""), "Coach@Example.com");
    EXPECT_EQ(server.get("/api/coaches", &person).json,
              json::array({{{"id", coach.id}, {"email", "coach@example.com"}, {"status", "invited"}}}));
    EXPECT_EQ(server.post("/api/coaches", {{"email", "coach@example.com"}}, &person).status, 202)
        << "inviting again changes nothing, and says so as the first time did";
    EXPECT_EQ(server.get("/api/clients", &coach).json,
              json::array({{{"id", person.id}, {"email", "person@example.com"}, {"status", "invited"}}}));
    EXPECT_EQ(server.get(profile, &coach).status, 403) << "an invitation is not yet a link";

    const Answer accepted =
        server.post("/api/clients/" + std::to_string(person.id) + "/accept", json(), &coach);
    EXPECT_EQ(accepted.status, 200) << accepted;
    EXPECT_EQ(accepted.json.value("status", ""), "active");
    EXPECT_EQ(server.get("/api/coaches", &person).json[0].value("status", ""), "active");
    const Answer seen = server.get(profile, &coach);
    EXPECT_EQ(seen.status, 200) << seen;
    EXPECT_EQ(seen.body, server.get("/api/profile", &person).body);

    EXPECT_EQ(server.del("/api/coaches/" + std::to_string(coach.id), &person).status, 204);
    EXPECT_EQ(server.get(profile, &coach).status, 403) << "revoked at once";
    EXPECT_EQ(server.get("/api/export?account=" + std::to_string(person.id), &coach).status, 403);
    EXPECT_EQ(server.get("/api/clients", &coach).json, json::array());
    EXPECT_EQ(server.del("/api/coaches/" + std::to_string(coach.id), &person).status, 404);
}

TEST_P(Coaches, ACoachWhoLeavesLosesAccessAtOnce) {
    TestServer server(GetParam());
    const Session person = server.sign_up("person@example.com");
    const Session coach = server.sign_up("coach@example.com");
    ASSERT_EQ(server.put("/api/profile", adult_profile(), &person).status, 200);
    ASSERT_EQ(server.post("/api/coaches", {{"email", coach.email}}, &person).status, 202);
    const std::string client = "/api/clients/" + std::to_string(person.id);
    ASSERT_EQ(server.post(client + "/accept", json(), &coach).status, 200);
    const std::string today = "/api/today?account=" + std::to_string(person.id);
    ASSERT_EQ(server.get(today, &coach).status, 200);

    EXPECT_EQ(server.del(client, &coach).status, 204);
    EXPECT_EQ(server.get(today, &coach).status, 403);
    EXPECT_EQ(server.get("/api/coaches", &person).json, json::array()) << "the person sees the coach left";
    EXPECT_EQ(server.del(client, &coach).status, 404);
    EXPECT_EQ(server.post(client + "/accept", json(), &coach).status, 404)
        << "no way back without an invitation";
}

TEST_P(Coaches, AWithdrawnInvitationCannotBeAccepted) {
    TestServer server(GetParam());
    const Session person = server.sign_up("person@example.com");
    const Session coach = server.sign_up("coach@example.com");
    ASSERT_EQ(server.post("/api/coaches", {{"email", coach.email}}, &person).status, 202);
    EXPECT_EQ(server.get("/api/coaches", &person).json,
              json::array({{{"id", coach.id}, {"email", "coach@example.com"}, {"status", "invited"}}}));
    EXPECT_EQ(server.del("/api/coaches/" + std::to_string(coach.id), &person).status, 204);
    EXPECT_EQ(server.get("/api/clients", &coach).json, json::array());
    const Answer late = server.post("/api/clients/" + std::to_string(person.id) + "/accept", json(), &coach);
    EXPECT_EQ(late.status, 404) << late;
    EXPECT_EQ(late.error_code(), "not_found");
    EXPECT_EQ(server.get("/api/profile?account=" + std::to_string(person.id), &coach).status, 403);
}

TEST_P(Coaches, OnlyTheInvitedAccountCanAcceptAndLinksGoOneWay) {
    TestServer server(GetParam());
    const Session person = server.sign_up("person@example.com");
    const Session coach = server.sign_up("coach@example.com");
    const Session stranger = server.sign_up("stranger@example.com");
    ASSERT_EQ(server.post("/api/coaches", {{"email", coach.email}}, &person).status, 202);
    const std::string accept = "/api/clients/" + std::to_string(person.id) + "/accept";
    EXPECT_EQ(server.post(accept, json(), &stranger).status, 404);
    // The person cannot accept on the coach's behalf (nor make themself the coach's coach that way).
    EXPECT_EQ(server.post("/api/clients/" + std::to_string(coach.id) + "/accept", json(), &person).status,
              404);
    EXPECT_EQ(server.post(accept, json(), &coach).status, 200);
    EXPECT_EQ(server.get("/api/profile?account=" + std::to_string(coach.id), &person).status, 403)
        << "a client does not see the coach's data";
    EXPECT_EQ(server.get("/api/clients", &stranger).json, json::array());
    EXPECT_EQ(server.get("/api/coaches", &coach).json, json::array());
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(Coaches);

}  // namespace
}  // namespace hipfit::server
