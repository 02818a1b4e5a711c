// Accounts through the real binary: --trusted-proxy and X-Forwarded-For (repeated header lines too),
// --claim-owner for the command line's journal, and the __Host- cookie behind TLS.
#include "tests/server/e2e/serve_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class Accounts : public ServeTest {};

TEST_F(Accounts, AMalformedTrustedProxyIsRefusedAtStart) {
    const ProcessResult refused =
        hipfit({"serve", "--listen", "127.0.0.1:0", "--trusted-proxy", "10.0.0.1,proxy.example"});
    EXPECT_EQ(refused.exit_code, 2) << refused.out << refused.err;
    EXPECT_NE(refused.err.find("--trusted-proxy"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("'proxy.example'"), std::string::npos) << refused.err;
}

TEST_F(Accounts, TheCommandLinesJournalIsClaimedOnlyWithClaimOwner) {
    const ProcessResult logged = hipfit({"log", "water", "750ml"});
    ASSERT_EQ(logged.exit_code, 0) << logged.err;
    start_server();
    ApiClient stranger(port());
    const http::Response refused =
        stranger.post("/api/accounts", {{"email", "stranger@example.com"}, {"password", kPassword}});
    EXPECT_EQ(refused.status, 403) << describe(refused);
    EXPECT_NE(refused.body.find("--claim-owner"), std::string::npos) << describe(refused);

    start_server({"--claim-owner"});
    ApiClient owner = signed_up("owner@example.com");
    const json entries = owner.get("/api/entries").json();
    EXPECT_EQ(entries.size(), 1U) << entries.dump();
    EXPECT_EQ(entries, cli_json({"history", "--json"}));
}

// A client may send its own X-Forwarded-For; a proxy such as HAProxy (option forwardfor) then adds a
// second header line with the address it saw. Both lines are one list, read from the right.
TEST_F(Accounts, BehindATrustedProxyTheClientItSawIsThrottledNotTheProxy) {
    start_server({"--trusted-proxy", "127.0.0.1"});
    signed_up("person@example.com");
    http::Connection connection(port());
    const auto sign_in = [&](http::Headers headers, const std::string& password) {
        headers.emplace_back("Content-Type", "application/json");
        return connection.request("POST", "/api/session", headers,
                                  json{{"email", "person@example.com"}, {"password", password}}.dump());
    };
    for (int n = 0; n < 5; ++n) {
        const http::Response wrong =
            sign_in({{"X-Forwarded-For", "10.0.0." + std::to_string(n)}, {"X-Forwarded-For", "203.0.113.5"}},
                    "a guess");
        EXPECT_EQ(wrong.status, 401) << describe(wrong);
    }
    const http::Response forged =
        sign_in({{"X-Forwarded-For", "10.0.0.99"}, {"X-Forwarded-For", "203.0.113.5"}}, kPassword);
    EXPECT_EQ(forged.status, 429) << "a forged first line buys no fresh tries: " << describe(forged);
    EXPECT_TRUE(forged.header("Retry-After").has_value());
    const http::Response other = sign_in({{"X-Forwarded-For", "198.51.100.7"}}, kPassword);
    EXPECT_EQ(other.status, 200) << "another client behind the same proxy: " << describe(other);
}

TEST_F(Accounts, BehindTlsTheSessionCookieCarriesTheHostPrefix) {
    start_server({"--secure-cookies"});
    ApiClient person(port());
    person.sign_up("person@example.com");
    EXPECT_TRUE(person.session_cookie().starts_with("__Host-hipfit_session=")) << person.session_cookie();
    EXPECT_EQ(person.get("/api/session").status, 200);
    EXPECT_EQ(person.post("/api/entries", {{"kind", "water"}, {"value", 500}}).status, 201);
}

}  // namespace
}  // namespace hipfit::testing
