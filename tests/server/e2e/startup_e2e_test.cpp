// Starting and restarting the server: the same database across restarts and command-line use, and a
// bad configuration refused at start rather than crashing the server at its first request.
#include "tests/server/e2e/serve_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;

class Startup : public ServeTest {};

TEST_F(Startup, TheJournalOutlivesARestartAndTheCommandLineWritesBetween) {
    start_server();
    ApiClient owner = signed_up("owner@example.com");
    ASSERT_EQ(owner.put("/api/profile", reference_profile()).status, 200);
    ASSERT_EQ(owner.post("/api/entries", {{"kind", "weight"}, {"value", 71.2}}).status, 201);
    ASSERT_EQ(server().stop(), 0);

    const ProcessResult logged = hipfit({"log", "water", "750ml"});
    ASSERT_EQ(logged.exit_code, 0) << logged.err;

    start_server();
    ApiClient again(port());
    const http::Response signed_in =
        again.post("/api/session", {{"email", "owner@example.com"}, {"password", kPassword}});
    ASSERT_EQ(signed_in.status, 200) << describe(signed_in);
    ApiClient restarted = owner.same_account(port());
    EXPECT_EQ(restarted.get("/api/session").status, 200) << "the session outlives the restart";
    const json entries = restarted.get("/api/entries").json();
    ASSERT_EQ(entries.size(), 2u) << entries.dump();
    EXPECT_EQ(entries, cli_json({"history", "--json"}));
    EXPECT_EQ(restarted.get("/api/assessment").json(), cli_json({"assess", "--json"}));
}

// Regression: with a malformed HIPFIT_TODAY the server starts, then its first request of any kind (even
// GET /api/health) kills it. dispatch() reads the clock while it builds the Call (src/server/dispatch.cpp,
// `Call call{…, state.today(), …}`), outside guarded(). On a worker thread the exception stops the server;
// on the main thread it leaves io.run(), which serve() (src/server/listener.cpp) does not catch, and the
// joinable workers are destroyed: std::terminate, exit status 134. The command line's other commands
// refuse a malformed HIPFIT_TODAY with exit status 2; serve should too, at start.
TEST_F(Startup, AMalformedHipfitTodayIsRefusedAtStartNotACrashLater) {
    std::unique_ptr<ServerProcess> server;
    try {
        server = std::make_unique<ServerProcess>(database(), std::vector<std::string>{}, "2026-13-45");
    } catch (const std::runtime_error& refused) {
        EXPECT_NE(std::string(refused.what()).find("HIPFIT_TODAY"), std::string::npos) << refused.what();
        return;  // refused at start: fine
    }
    http::Connection connection(server->port());
    try {
        const http::Response health = connection.request("GET", "/api/health");
        EXPECT_EQ(health.status / 100, 2) << describe(health);
    } catch (const http::HttpError& error) {
        ADD_FAILURE() << "no answer: " << error.what();
    }
    const std::optional<int> died = server->wait_for_exit(milliseconds(500));
    EXPECT_FALSE(died) << "the server died: exit status " << died.value_or(-1)
                       << ", stderr: " << server->err();
}

}  // namespace
}  // namespace hipfit::testing
