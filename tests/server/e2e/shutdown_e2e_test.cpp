// Stopping the server (docs/api.md, "Limits": SIGTERM or SIGINT stop accepting, finish the requests in
// flight within 10 s, then exit 0): no acknowledged write is lost, no answer is cut short.
#include <gmock/gmock.h>

#include <csignal>
#include <map>
#include <set>
#include <thread>

#include "tests/server/e2e/serve_fixture.hpp"
#include "tests/server/e2e/shutdown_helpers.hpp"
#include "tests/server/e2e/stored_entries.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;
using ::testing::EndsWith;

constexpr double kGraceSeconds = 10.0;

class Shutdown : public ServeTest {};

TEST_F(Shutdown, AnIdleServerStopsAtOnceOnSigtermAndOnSigint) {
    for (const int signal_number : {SIGTERM, SIGINT}) {
        SCOPED_TRACE(signal_number == SIGTERM ? "SIGTERM" : "SIGINT");
        start_server();
        http::Connection idle(port());
        ASSERT_EQ(idle.request("GET", "/api/health").status, 200);
        const auto signalled = Clock::now();
        server().signal(signal_number);
        EXPECT_TRUE(idle.closed_within(milliseconds(5000))) << "the idle connection is closed";
        const std::optional<int> status = server().wait_for_exit(milliseconds(9000));
        ASSERT_TRUE(status) << "still running";
        EXPECT_EQ(*status, 0) << server().err();
        EXPECT_LT(seconds_since(signalled), 5.0) << "nothing in flight: no grace period to wait";
        EXPECT_THAT(server().out(), EndsWith(")\nhipfit stopped.\n"));
        EXPECT_EQ(server().err(), "");
    }
}

// Regression: with many connections closing at once on several threads, a thread forgetting one session
// could end another's life under the listener's lock, and that session's destructor waited for the
// same lock: the server hung on SIGTERM (a fresh-clone CI run; here about one stop in eight).
TEST_F(Shutdown, ManyIdleConnectionsClosingAtOnceDoNotHoldTheServer) {
    constexpr int kRounds = 12;
    constexpr int kConnections = 300;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        start_server({"--threads", "4"});
        std::vector<http::Connection> idle;
        for (int i = 0; i < kConnections; ++i) {
            idle.emplace_back(port());
            ASSERT_EQ(idle.back().request("GET", "/api/health").status, 200);
        }
        server().signal(SIGTERM);
        const std::optional<int> status = server().wait_for_exit(milliseconds(8000));
        ASSERT_TRUE(status) << "still running 8 s after SIGTERM with nothing in flight";
        EXPECT_EQ(*status, 0) << server().err();
    }
}

TEST_F(Shutdown, SigtermStopsAcceptingAndFinishesTheRequestInFlight) {
    start_server();
    ApiClient owner = signed_up("owner@example.com");
    http::Connection idle(port());
    ASSERT_EQ(idle.request("GET", "/api/health").status, 200);

    // A request whose header the server has read and whose body is half-way: it is in flight.
    const std::string body = json{{"kind", "water"}, {"value", 400}, {"note", "in flight"}}.dump();
    http::Connection in_flight(port());
    ASSERT_TRUE(in_flight.send_raw(post_header(owner, "/api/entries", body.size()) +
                                   body.substr(0, body.size() / 2)));
    ASSERT_TRUE(server_has_read(port(), in_flight)) << "the server never read the request";

    const auto signalled = Clock::now();
    server().signal(SIGTERM);
    EXPECT_TRUE(eventually([&] { return http::connection_refused(port()); }, milliseconds(5000)))
        << "new connections are still accepted";
    EXPECT_TRUE(idle.closed_within(milliseconds(5000))) << "the idle connection is closed";

    ASSERT_TRUE(in_flight.send_raw(body.substr(body.size() / 2)));
    const http::Response response = in_flight.read_response();
    EXPECT_EQ(response.status, 201) << describe(response);
    EXPECT_EQ(response.json()["note"], "in flight");
    EXPECT_TRUE(response.closes()) << "a stopping server does not keep the connection";
    EXPECT_TRUE(in_flight.closed_within(milliseconds(5000)));

    const std::optional<int> status = server().wait_for_exit(milliseconds(15000));
    ASSERT_TRUE(status) << "still running";
    EXPECT_EQ(*status, 0) << server().err();
    EXPECT_LT(seconds_since(signalled), kGraceSeconds - 1) << "the last request done, nothing to wait for";
    EXPECT_THAT(server().out(), EndsWith("hipfit stopped.\n"));
    const std::vector<StoredEntry> stored = stored_entries(database());
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].note, "in flight");
}

// Regression: when the grace period ran out with a request still in flight, the server crashed
// (SIGSEGV, exit status 139): serve() destroyed the Listener before the io_context, whose destructor
// then destroyed the stalled session, and ~Session called forget() on the freed Listener.
TEST_F(Shutdown, ARequestStalledInFlightDoesNotHoldTheServerPastTheGracePeriod) {
    start_server();
    ApiClient owner = signed_up("owner@example.com");
    http::Connection stalled(port(), milliseconds(20000));
    ASSERT_TRUE(stalled.send_raw(post_header(owner, "/api/entries", 100) + R"({"kind": "wat)"));
    ASSERT_TRUE(server_has_read(port(), stalled));

    const auto signalled = Clock::now();
    server().signal(SIGTERM);
    const std::optional<int> status = server().wait_for_exit(milliseconds(20000));
    const double stopped_after = seconds_since(signalled);
    ASSERT_TRUE(status) << "still running 20 s after SIGTERM";
    EXPECT_EQ(*status, 0) << server().err();
    EXPECT_GE(stopped_after, kGraceSeconds - 1) << "gave up on the request in flight before its grace";
    EXPECT_LE(stopped_after, kGraceSeconds + 4);
    EXPECT_THAT(server().out(), EndsWith("hipfit stopped.\n"));
    const http::RawRead end = stalled.read_until_closed(milliseconds(2000));
    EXPECT_NE(end.end, http::End::timeout);
    EXPECT_EQ(end.bytes, "") << "no answer to a request never finished";
    EXPECT_EQ(stored_entries(database()).size(), 0u);
}

// Regression: writes still queued for the group commit when the grace period ended crashed the server
// (heap corruption, exit status 134): the io_context was destroyed before the group commit, whose
// draining then posted replies to the destroyed io_context and released sessions that called forget()
// on the destroyed Listener.
TEST_F(Shutdown, WritesQueuedBehindALockedDatabaseWhenTheGraceEndsDoNotCrashTheServer) {
    start_server();
    ApiClient owner = signed_up("owner@example.com");
    // Another process holds the write lock across the grace period: the group commit's writer waits
    // (busy timeout 5 s a group, 128 writes a group), so with 300 writes some are still queued at 10 s.
    WriteLock lock(database());
    std::vector<http::Connection> connections;
    for (int i = 0; i < 300; ++i) {
        const std::string body =
            json{{"kind", "water"}, {"value", 250}, {"note", "queued " + std::to_string(i)}}.dump();
        connections.emplace_back(port(), milliseconds(30000));
        ASSERT_TRUE(connections.back().send_raw(post_header(owner, "/api/entries", body.size()) + body));
    }
    ASSERT_TRUE(eventually(
        [&] {
            for (const http::Connection& connection : connections) {
                if (http::unread_by_server(port(), connection.local_port()) != std::size_t{0})
                    return false;
            }
            return true;
        },
        milliseconds(5000)));
    const auto signalled = Clock::now();
    server().signal(SIGTERM);
    std::this_thread::sleep_until(signalled + milliseconds(11000));  // the scenario: held past the grace
    lock.release();

    const std::optional<int> status = server().wait_for_exit(milliseconds(15000));
    ASSERT_TRUE(status) << "still running";
    EXPECT_EQ(*status, 0) << server().err();
    EXPECT_THAT(server().out(), EndsWith("hipfit stopped.\n"));
    std::set<std::string> acknowledged;
    for (http::Connection& connection : connections) {
        const http::RawRead answer = connection.read_until_closed(milliseconds(2000));
        if (answer.bytes.empty())
            continue;
        const auto response = http::parse_response(answer.bytes, true);
        ASSERT_TRUE(response) << "an answer cut short: " << answer.bytes.substr(0, 200);
        if (response->first.status == 201)
            acknowledged.insert(response->first.json()["note"].get<std::string>());
    }
    std::set<std::string> stored;
    for (const StoredEntry& entry : stored_entries(database())) stored.insert(entry.note);
    for (const std::string& note : acknowledged) EXPECT_TRUE(stored.contains(note)) << note;
}

TEST_F(Shutdown, SigtermUnderLoadKeepsEveryAcknowledgedWrite) {
    start_server({"--threads", "4"});
    std::vector<ApiClient> accounts;
    for (int a = 0; a < 3; ++a) accounts.push_back(signed_up("person" + std::to_string(a) + "@example.com"));
    LoadUntilShutdown load(accounts, 8);
    ASSERT_TRUE(eventually([&] { return load.acknowledged_count() >= 100; }, milliseconds(20000)))
        << "the writers never got going";
    load.signal_shutdown([&] { server().signal(SIGTERM); });
    load.join();

    const std::optional<int> status = server().wait_for_exit(milliseconds(15000));
    ASSERT_TRUE(status) << "still running after SIGTERM";
    EXPECT_EQ(*status, 0) << server().err();
    EXPECT_THAT(server().out(), EndsWith("hipfit stopped.\n"));
    EXPECT_EQ(load.problems(), std::vector<std::string>{})
        << "no answer cut short, no refusal before SIGTERM";

    const std::vector<StoredEntry> stored = stored_entries(database());
    std::map<std::string, StoredEntry> by_note;
    for (const StoredEntry& entry : stored)
        EXPECT_TRUE(by_note.emplace(entry.note, entry).second) << entry.note;
    for (const LoadUntilShutdown::Ack& ack : load.acknowledged()) {
        const auto found = by_note.find(ack.note);
        ASSERT_NE(found, by_note.end()) << "acknowledged but not stored: " << ack.note;
        EXPECT_EQ(found->second.id, ack.id);
    }
    for (const StoredEntry& entry : stored) EXPECT_TRUE(load.attempted(entry.note)) << entry.note;
    EXPECT_GE(stored.size(), load.acknowledged().size());
    EXPECT_EQ(integrity_check(database()), "ok");
}

}  // namespace
}  // namespace hipfit::testing
