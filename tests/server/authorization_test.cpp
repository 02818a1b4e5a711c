// The authorization matrix over every route of the table (authorization_fixture.hpp): anonymous callers,
// others asking for P's data, and P itself.
#include "tests/server/authorization_fixture.hpp"

namespace hipfit::server::authorization {
namespace {

TEST_P(Authorization, TheFixtureIsWhatTheTestsAssume) {
    EXPECT_EQ(P.id, store::kLocalAccount);
    EXPECT_GT(p_entry, 0);
    EXPECT_NE(p_entry, u_entry);
    EXPECT_EQ(
        server->get("/api/coaches", &P).json,
        json::parse(fmt::format(R"([{{"id":{},"email":"coach@example.com","status":"active"}}])", C.id)));
    EXPECT_EQ(server->get("/api/clients", &X).json.size(), 1U);
    EXPECT_EQ(server->get("/api/clients", &R).json, json::array());
}

TEST_P(Authorization, AnonymousCallersGet401OnEveryRouteThatNeedsASession) {
    const std::string before = state_of_P();
    for (const Route& route : routes()) {
        const Answer reply = send(route, concrete(route), nullptr);
        if (open_to_anyone(route)) {
            EXPECT_NE(reply.status, 401) << name_of(route) << " is open to anyone";
            continue;
        }
        EXPECT_EQ(reply.status, 401) << name_of(route) << ": " << reply;
        EXPECT_EQ(reply.error_code(), "unauthenticated") << name_of(route) << ": " << reply;
        Request forged = make_request(route.method, concrete(route), "{}");
        forged.headers["cookie"] = "hipfit_session=" + std::string(64, 'a');
        forged.headers["x-csrf-token"] = P.csrf;
        EXPECT_EQ(server->send(forged).status, 401) << name_of(route) << " with an unknown session token";
        EXPECT_EQ(server->send(route.method, concrete(route) + "?account=1").status, 401) << name_of(route);
    }
    EXPECT_EQ(state_of_P(), before);
}

TEST_P(Authorization, OthersAskingForPsDataAreRefusedAndChangeNothing) {
    const std::string before = state_of_P();
    const std::pair<const char*, const Session*> others[] = {{"U", &U}, {"R (revoked)", &R}, {"X", &X}};
    int checked = 0;
    for (const Route& route : routes()) {
        if (!acts_on_a_persons_data(route))
            continue;
        ++checked;
        for (const auto& [who, session] : others) {
            const Answer reply = send(route, concrete(route) + "?account=" + std::to_string(P.id), session);
            EXPECT_EQ(reply.status, 403) << who << " " << name_of(route) << ": " << reply;
            EXPECT_EQ(reply.error_code(), "forbidden") << who << " " << name_of(route) << ": " << reply;
            EXPECT_EQ(reply.body.find("72.5"), std::string::npos) << who << " saw P's weight";
        }
        EXPECT_EQ(state_of_P(), before) << "after " << name_of(route);
    }
    EXPECT_GE(checked, 16) << "the table's self and self_or_coach routes";
}

TEST_P(Authorization, PsEntryIdIsNotFoundInAnyoneElsesJournal) {
    const std::string before = state_of_P();
    const std::pair<const char*, const Session*> others[] = {
        {"U", &U}, {"R (revoked)", &R}, {"X", &X}, {"C (P's coach, without ?account)", &C}};
    for (const Route& route : routes()) {
        if (!route.path.starts_with("/api/entries/{"))
            continue;
        for (const auto& [who, session] : others) {
            const Answer reply = send(route, concrete(route), session);
            EXPECT_EQ(reply.status, 404) << who << " " << name_of(route) << ": " << reply;
            EXPECT_EQ(reply.error_code(), "not_found") << who << " " << name_of(route);
        }
    }
    EXPECT_EQ(state_of_P(), before);
    EXPECT_EQ(server->get(fmt::format("/api/entries/{}", u_entry), &U).status, 200);
}

TEST_P(Authorization, PSucceedsOnEveryRoute) {
    store::Accounts& accounts = server->database().accounts();
    for (const Route& route : routes()) {
        const std::string key = name_of(route);
        std::string target = concrete(route);
        Session as = P;
        if (key == "DELETE /api/session") {
            as = server->sign_in(P.email);  // P's main session stays for the other routes
        } else if (key == "DELETE /api/entries/{id}" || key == "POST /api/undo") {
            const Answer added = server->post("/api/entries", weight_entry(71.2), &P);
            ASSERT_EQ(added.status, 201) << added;
            if (route.method == "DELETE")
                target = fmt::format("/api/entries/{}", added.json.value("id", 0));
        } else if (key == "POST /api/coaches") {
            accounts.remove_link(P.id, S.id);
        } else if (key == "DELETE /api/coaches/{id}") {
            std::ignore = accounts.invite_coach(P.id, S.id);
            target = fmt::format("/api/coaches/{}", S.id);
        } else if (route.path.starts_with("/api/clients/{id}")) {
            if (route.method == "POST")
                accounts.remove_link(S.id, P.id);
            std::ignore = accounts.invite_coach(S.id, P.id);
            target.replace(target.find(std::to_string(P.id)), std::to_string(P.id).size(),
                           std::to_string(S.id));
        }
        const Answer reply = send(route, target, &as);
        EXPECT_EQ(reply.status, valid_call(route).status) << key << " " << target << ": " << reply;
    }
    accounts.remove_link(P.id, S.id);
    accounts.remove_link(S.id, P.id);
    EXPECT_EQ(server->get("/api/session", &P).status, 200) << "P's own session must still work";
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(Authorization);

}  // namespace
}  // namespace hipfit::server::authorization
