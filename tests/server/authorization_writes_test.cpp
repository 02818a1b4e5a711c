// Writes in the authorization matrix (authorization_fixture.hpp): what P's coach may and may not change,
// others' attempts on P's coach links, and every state-changing route without the CSRF token.
#include <cctype>
#include <string_view>

#include "tests/server/authorization_fixture.hpp"

namespace hipfit::server::authorization {
namespace {

// The same world, in a suite of its own.
class AuthorizationOfWrites : public Authorization {};

TEST_P(AuthorizationOfWrites, OthersCannotTouchPsCoachLinks) {
    const std::string before = state_of_P();
    const std::string accept = fmt::format("/api/clients/{}/accept", P.id);
    const std::string leave = fmt::format("/api/clients/{}", P.id);
    const std::string revoke = fmt::format("/api/coaches/{}", C.id);
    const std::tuple<const char*, const Session*, std::string, std::string> cases[] = {
        {"R re-accepting after the revocation", &R, "POST", accept},
        {"X accepting without an invitation", &X, "POST", accept},
        {"C accepting twice", &C, "POST", accept},
        {"U leaving P", &U, "DELETE", leave},
        {"R leaving P", &R, "DELETE", leave},
        {"U revoking P's coach", &U, "DELETE", revoke},
        {"X revoking P's coach", &X, "DELETE", revoke},
    };
    for (const auto& [what, session, method, target] : cases) {
        const Answer reply = server->send(method, target, session);
        EXPECT_EQ(reply.status, 404) << what << ": " << reply;
        EXPECT_EQ(reply.error_code(), "not_found") << what;
    }
    EXPECT_EQ(state_of_P(), before);
    EXPECT_EQ(server->get("/api/profile?account=1", &R).status, 403);
}

TEST_P(AuthorizationOfWrites, ACoachReadsAndAssignsButNeverWritesTheJournal) {
    ASSERT_EQ(server->put("/api/program", {{"level", "beginner"}}, &P).status, 200);
    const std::string own_view = server->export_of(P);
    const std::string account = "?account=" + std::to_string(P.id);
    EXPECT_EQ(server->get("/api/export" + account, &C).body, own_view) << "C sees P's journal";
    for (const Route& route : routes()) {
        if (!acts_on_a_persons_data(route))
            continue;
        const std::string before = state_of_P();
        const Answer reply = send(route, concrete(route) + account, &C);
        if (route.access == Access::self_or_coach || route.access == Access::anyone_or_self_or_coach) {
            EXPECT_EQ(reply.status, valid_call(route).status) << "C " << name_of(route) << ": " << reply;
            if (route.method == "GET") {
                EXPECT_EQ(reply.body, server->get(concrete(route), &P).body) << name_of(route);
            }
        } else {
            EXPECT_EQ(reply.status, 403) << "C " << name_of(route) << ": " << reply;
            EXPECT_EQ(reply.error_code(), "forbidden") << name_of(route);
            EXPECT_EQ(state_of_P(), before) << "C changed P's data with " << name_of(route);
        }
    }
    // The program C assigned is P's now, and C's own profile (it has none) was not created.
    EXPECT_EQ(server->get("/api/profile", &P).json.value("level", ""), "intermediate");
    EXPECT_EQ(server->get("/api/profile", &C).status, 404);
}

std::string uppercase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// The token must be this session's, exactly, in its header: a browser on another site can send a cookie
// and a query, never a custom header (OWASP ASVS 4.0.3 V4.2.2).
TEST_P(AuthorizationOfWrites, WithoutTheCsrfTokenNothingChanges) {
    int checked = 0;
    for (const Route& route : routes()) {
        if (open_to_anyone(route) || !changes_state(route.method))
            continue;
        ++checked;
        const json body = valid_call(route).body;
        const std::pair<const char*, std::optional<std::string>> tokens[] = {
            {"no token", std::nullopt},
            {"an empty token", ""},
            {"another session's token", U.csrf},
            {"a token one character short", P.csrf.substr(1)},
            {"the token in capitals", uppercase(P.csrf)},
            {"the token given twice", P.csrf + ", " + P.csrf},
            {"the session cookie's value", P.token},
            {"the token in the query instead", std::nullopt}};
        for (const auto& [what, token] : tokens) {
            const std::string before = state_of_P();
            std::string target = concrete(route);
            if (std::string_view(what) == "the token in the query instead")
                target +=
                    std::string(target.find('?') == std::string::npos ? "?" : "&") + "csrf_token=" + P.csrf;
            Request request = make_request(route.method, target, body.is_null() ? "" : body.dump());
            with_session(request, P);
            request.headers.erase("x-csrf-token");
            if (token)
                request.headers["x-csrf-token"] = *token;
            const Answer reply = server->send(request);
            EXPECT_EQ(reply.status, 403) << name_of(route) << " with " << what << ": " << reply;
            EXPECT_EQ(reply.error_code(), "forbidden") << name_of(route) << " with " << what;
            EXPECT_EQ(state_of_P(), before) << name_of(route) << " with " << what << " wrote something";
        }
    }
    EXPECT_EQ(server->get("/api/session", &P).status, 200)
        << "DELETE /api/session without a token signed out";
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(AuthorizationOfWrites);

}  // namespace
}  // namespace hipfit::server::authorization
