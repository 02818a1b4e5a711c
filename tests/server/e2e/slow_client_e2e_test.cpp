// Slow clients (docs/api.md, "Limits": 10 s to read a request's header, and to wait on an idle
// keep-alive connection): a client that sends half a header and stalls, or drips it a byte at a time,
// or sends nothing more after a request, holds up no one else and is disconnected when its time is up.
// The test waits for the real timeout, about 10 s, for all of them at once.
#include <thread>

#include "tests/server/e2e/serve_fixture.hpp"

namespace hipfit::testing {
namespace {

using std::chrono::milliseconds;

constexpr double kHeaderTimeoutSeconds = 10.0;

class SlowClients : public ServeTest {
  protected:
    void SetUp() override { start_server(); }
};

TEST_F(SlowClients, StalledDrippingAndIdleClientsHoldUpNoOneAndAreCutOffAfterTenSeconds) {
    http::Connection idle(port(), milliseconds(20000));
    ASSERT_EQ(idle.request("GET", "/api/health").status, 200);
    const auto idle_since = Clock::now();
    http::Connection stalled(port(), milliseconds(20000));
    const auto stalled_since = Clock::now();
    ASSERT_TRUE(stalled.send_raw("POST /api/entries HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty"));

    // Another drips its header a byte every 200 ms: it must not get more time by trickling.
    http::Connection dripping(port(), milliseconds(20000));
    const auto dripping_since = Clock::now();
    std::jthread dripper([&](const std::stop_token& stop) {
        const std::string header =
            "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + std::string(200, 'z');
        for (std::size_t i = 0; i < header.size() && !stop.stop_requested(); ++i) {
            if (!dripping.send_raw(header.substr(i, 1)))
                return;
            std::this_thread::sleep_for(milliseconds(200));  // the behaviour under test, not a wait
        }
    });

    // Meanwhile everyone else is served, promptly.
    ApiClient other = signed_up("other@example.com");
    const auto busy_since = Clock::now();
    for (int i = 0; i < 30; ++i) {
        const http::Response response = i % 2 == 0
                                            ? other.get("/api/health")
                                            : other.post("/api/entries", {{"kind", "water"}, {"value", 250}});
        ASSERT_EQ(response.status / 100, 2) << i << ": " << describe(response);
    }
    EXPECT_LT(seconds_since(busy_since), 5.0) << "30 requests while a client stalls";
    EXPECT_FALSE(stalled.closed_within(milliseconds(0))) << "not cut off before its time";
    EXPECT_FALSE(idle.closed_within(milliseconds(0))) << "not cut off before its time";

    // In the order they were opened, so each is timed as it closes.
    const http::RawRead idle_end = idle.read_until_closed(milliseconds(20000));
    const double idle_after = seconds_since(idle_since);
    EXPECT_NE(idle_end.end, http::End::timeout) << "an idle keep-alive connection is still open after 20 s";
    EXPECT_GE(idle_after, kHeaderTimeoutSeconds - 1.0);
    EXPECT_LE(idle_after, kHeaderTimeoutSeconds + 4.0);

    const http::RawRead stalled_end = stalled.read_until_closed(milliseconds(20000));
    const double stalled_after = seconds_since(stalled_since);
    EXPECT_NE(stalled_end.end, http::End::timeout) << "still open after 20 s";
    EXPECT_GE(stalled_after, kHeaderTimeoutSeconds - 1.0);
    EXPECT_LE(stalled_after, kHeaderTimeoutSeconds + 4.0);
    EXPECT_EQ(stalled_end.bytes, "") << "a timeout closes without an answer";

    const http::RawRead dripping_end = dripping.read_until_closed(milliseconds(10000));
    const double dripping_after = seconds_since(dripping_since);
    dripper.request_stop();
    dripper.join();
    EXPECT_NE(dripping_end.end, http::End::timeout) << "a dripping client is still served after 20 s";
    EXPECT_GE(dripping_after, kHeaderTimeoutSeconds - 1.0);
    EXPECT_LE(dripping_after, kHeaderTimeoutSeconds + 4.0);

    // On a connection of its own: `other`'s has been idle about as long as the slow ones by now, and the
    // server rightly closes an idle keep-alive connection after 10 s (how long depends on the machine).
    ApiClient later = other.same_account();
    EXPECT_EQ(later.get("/api/health").status, 200) << "the server serves on";
    EXPECT_EQ(later.get("/api/entries").json().size(), 15u);
}

}  // namespace
}  // namespace hipfit::testing
