// The throttles of sign-in and sign-up (docs/api.md, "Sessions and CSRF"): growing delays per (account,
// address) pair instead of lockouts, generous caps per address and per account, counted atomically, and
// the client's address read from X-Forwarded-For only behind a trusted proxy.
#include <gtest/gtest.h>

#include <atomic>
#include <latch>
#include <memory>
#include <thread>
#include <vector>

#include "server/client_address.hpp"
#include "server/throttle.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

constexpr std::int64_t kNow = 1'000'000;
constexpr std::int64_t kHour = 60 * 60;

std::string numbered(const char* prefix, int n) {
    return prefix + std::to_string(n);
}

TEST(SignInThrottle, FiveFreeTriesThenWaitsThatDoubleUpToFifteenMinutes) {
    for (int failures = 0; failures < SignInThrottle::kFreeFailures; ++failures)
        EXPECT_EQ(SignInThrottle::delay_after(failures), 0) << failures;
    EXPECT_EQ(SignInThrottle::delay_after(5), 1);
    EXPECT_EQ(SignInThrottle::delay_after(6), 2);
    EXPECT_EQ(SignInThrottle::delay_after(7), 4);
    EXPECT_EQ(SignInThrottle::delay_after(14), 512);
    EXPECT_EQ(SignInThrottle::delay_after(15), 900);
    EXPECT_EQ(SignInThrottle::delay_after(1000), 900) << "no overflow, still 15 minutes";
}

// Regression: 40 parallel wrong guesses were checked 6 times against a limit of 5. The attempt is now
// reserved before the password is checked, under one lock.
TEST(SignInThrottle, ParallelAttemptsNeverGetMoreThanTheFreeTries) {
    SignInThrottle throttle;
    constexpr int kThreads = 64;
    std::latch start(kThreads);
    std::atomic<int> let_through = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            start.arrive_and_wait();
            if (!throttle.reserve("person@example.com", "203.0.113.5", kNow))
                ++let_through;
        });
    }
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(let_through.load(), SignInThrottle::kFreeFailures);
}

TEST(SignInThrottle, TheAddressCapStopsSprayingButNotThoseWhoSignedInFromThere) {
    SignInThrottle throttle;
    const std::string proxy = "192.0.2.1";
    ASSERT_FALSE(throttle.reserve("regular@example.com", proxy, kNow));
    throttle.succeeded("regular@example.com", proxy, kNow);
    for (int n = 0; n < SignInThrottle::kFailuresPerAddress; ++n)
        EXPECT_FALSE(throttle.reserve(numbered("victim", n), proxy, kNow + 10)) << n;
    EXPECT_EQ(throttle.reserve("newcomer@example.com", proxy, kNow + 10), kHour)
        << "a new pair waits for the address's hour to pass";
    EXPECT_FALSE(throttle.reserve("regular@example.com", proxy, kNow + 20))
        << "a pair that signed in from there before is not held back";
    EXPECT_FALSE(throttle.reserve("newcomer@example.com", "192.0.2.2", kNow + 20)) << "other addresses";
    EXPECT_FALSE(throttle.reserve("newcomer@example.com", proxy, kNow + 10 + kHour)) << "an hour later";
}

TEST(SignInThrottle, TheAccountCapStopsGuessesFromManyAddressesButNotTheOwnerAtHome) {
    SignInThrottle throttle;
    const std::string home = "198.51.100.7";
    ASSERT_FALSE(throttle.reserve("person@example.com", home, kNow));
    throttle.succeeded("person@example.com", home, kNow);
    for (int n = 0; n < SignInThrottle::kFailuresPerAccount; ++n)
        EXPECT_FALSE(throttle.reserve("person@example.com", numbered("203.0.113.", n), kNow + 5)) << n;
    EXPECT_EQ(throttle.reserve("person@example.com", "192.0.2.200", kNow + 5), kHour)
        << "OWASP ASVS V2.2.1: no more than 100 failures an hour on one account";
    EXPECT_FALSE(throttle.reserve("person@example.com", home, kNow + 6)) << "the owner at home still may";
    EXPECT_FALSE(throttle.reserve("other@example.com", "192.0.2.200", kNow + 6)) << "other accounts";
}

TEST(SignInThrottle, SuccessesDoNotCountAgainstTheCaps) {
    SignInThrottle throttle;
    for (int n = 0; n < 3 * SignInThrottle::kFailuresPerAddress; ++n) {
        const std::string account = numbered("person", n);
        ASSERT_FALSE(throttle.reserve(account, "192.0.2.1", kNow)) << n;
        throttle.succeeded(account, "192.0.2.1", kNow);
    }
    EXPECT_FALSE(throttle.reserve("one more", "192.0.2.1", kNow));
}

TEST(SignInThrottle, APairIsForgottenADayAfterItsLastAttempt) {
    SignInThrottle throttle;
    for (int n = 0; n < 15; ++n) {
        const std::int64_t at = kNow + n * SignInThrottle::kLongestDelaySeconds;
        ASSERT_FALSE(throttle.reserve("person@example.com", "203.0.113.5", at)) << n;
    }
    const std::int64_t last = kNow + 14 * SignInThrottle::kLongestDelaySeconds;
    EXPECT_EQ(throttle.reserve("person@example.com", "203.0.113.5", last + 1),
              SignInThrottle::kLongestDelaySeconds - 1);
    const std::int64_t day_later = last + SignInThrottle::kPairMemorySeconds;
    for (int n = 0; n < SignInThrottle::kFreeFailures; ++n)
        EXPECT_FALSE(throttle.reserve("person@example.com", "203.0.113.5", day_later)) << n;
}

// The race through dispatch(): many threads, each with its own connection as the server's threads have,
// send wrong passwords for one account at once. Exactly the free tries are checked; the rest wait.
TEST(SignInThrottle, ParallelWrongPasswordsThroughDispatchAreCheckedOnlyFiveTimes) {
    TestServer server;
    server.sign_up("person@example.com");
    constexpr int kThreads = 12;
    std::vector<std::unique_ptr<store::Database>> connections;
    for (int t = 0; t < kThreads; ++t)
        connections.push_back(std::make_unique<store::Database>(server.path()));
    std::latch start(kThreads);
    std::atomic<int> unauthenticated = 0;
    std::atomic<int> throttled = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            Request request = make_request(
                "POST", "/api/session",
                json{{"email", "person@example.com"}, {"password", numbered("guess ", t)}}.dump());
            request.remote_address = "203.0.113.5";
            start.arrive_and_wait();
            const int status =
                dispatch(request, *connections[static_cast<std::size_t>(t)], server.state()).status;
            if (status == 401)
                ++unauthenticated;
            else if (status == 429)
                ++throttled;
        });
    }
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(unauthenticated.load(), SignInThrottle::kFreeFailures);
    EXPECT_EQ(throttled.load(), kThreads - SignInThrottle::kFreeFailures);
}

TEST(ClientAddress, AddressesHaveOneTextualForm) {
    EXPECT_EQ(normalized_ip("192.0.2.1"), "192.0.2.1");
    EXPECT_EQ(normalized_ip(" ::ffff:192.0.2.1 "), "192.0.2.1");
    EXPECT_EQ(normalized_ip("2001:DB8:0::0:1"), "2001:db8::1");
    EXPECT_EQ(normalized_ip("[2001:db8::1]:443"), "2001:db8::1");
    EXPECT_EQ(normalized_ip("192.0.2.1:8080"), "192.0.2.1");
    EXPECT_EQ(normalized_ip("unknown"), std::nullopt);
    EXPECT_EQ(normalized_ip(""), std::nullopt);
    EXPECT_EQ(normalized_ip("192.0.2.256"), std::nullopt);
}

TEST(ClientAddress, ForwardedForIsBelievedOnlyFromATrustedProxy) {
    Request request;
    request.remote_address = "127.0.0.1";
    request.headers["x-forwarded-for"] = "10.9.9.9, 198.51.100.7";
    EXPECT_EQ(client_address(request, {}), "127.0.0.1") << "no proxy trusted: the header is anyone's";
    EXPECT_EQ(client_address(request, {"192.0.2.1"}), "127.0.0.1");
    EXPECT_EQ(client_address(request, {"127.0.0.1"}), "198.51.100.7")
        << "the rightmost entry, written by the proxy; the one left of it may be forged";
    EXPECT_EQ(client_address(request, {"127.0.0.1", "198.51.100.7"}), "10.9.9.9") << "a chain of proxies";
    request.headers["x-forwarded-for"] = "198.51.100.7, garbage";
    EXPECT_EQ(client_address(request, {"127.0.0.1"}), "127.0.0.1") << "nothing believable: the proxy's own";
    request.remote_address = "::ffff:127.0.0.1";
    request.headers["x-forwarded-for"] = "2001:db8::7";
    EXPECT_EQ(client_address(request, {"127.0.0.1"}), "2001:db8::7");
    request.headers.erase("x-forwarded-for");
    EXPECT_EQ(client_address(request, {"127.0.0.1"}), "127.0.0.1");
}

TEST(ClientAddress, AnIpv6ClientIsCountedByItsSlash64) {
    EXPECT_EQ(throttle_key("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), "2001:db8:1:2::/64");
    EXPECT_EQ(throttle_key("2001:db8:1:2::9"), throttle_key("2001:db8:1:2:ffff::1"));
    EXPECT_NE(throttle_key("2001:db8:1:2::9"), throttle_key("2001:db8:1:3::9"));
    EXPECT_EQ(throttle_key("192.0.2.1"), "192.0.2.1");
}

Answer sign_in_via(TestServer& server, const std::string& peer, const std::string& forwarded_for,
                   const std::string& password) {
    Request request = make_request("POST", "/api/session",
                                   json{{"email", "person@example.com"}, {"password", password}}.dump());
    request.remote_address = peer;
    request.headers["x-forwarded-for"] = forwarded_for;
    return server.send(request);
}

// Behind a trusted reverse proxy each client is throttled on its own; without one, a forged
// X-Forwarded-For does not buy fresh tries.
TEST(SignInThrottle, BehindATrustedProxyEachClientIsThrottledOnItsOwn) {
    ServerOptions proxied;
    proxied.trusted_proxies = {"127.0.0.1"};
    TestServer server({}, proxied);
    server.sign_up("person@example.com");
    for (int n = 0; n < SignInThrottle::kFreeFailures; ++n)
        EXPECT_EQ(sign_in_via(server, "127.0.0.1", "203.0.113.5", "a guess").status, 401);
    EXPECT_EQ(sign_in_via(server, "127.0.0.1", "203.0.113.5", kPassword).status, 429);
    EXPECT_EQ(sign_in_via(server, "127.0.0.1", "198.51.100.7", kPassword).status, 200)
        << "another client behind the same proxy";

    TestServer direct;
    direct.sign_up("person@example.com");
    for (int n = 0; n < SignInThrottle::kFreeFailures; ++n)
        EXPECT_EQ(sign_in_via(direct, "192.0.2.9", numbered("203.0.113.", n), "a guess").status, 401);
    EXPECT_EQ(sign_in_via(direct, "192.0.2.9", "198.51.100.99", kPassword).status, 429)
        << "an untrusted peer's X-Forwarded-For is ignored";
}

Answer sign_up_from(TestServer& server, const std::string& email, const std::string& address) {
    Request request =
        make_request("POST", "/api/accounts", json{{"email", email}, {"password", kPassword}}.dump());
    request.remote_address = address;
    return server.send(request);
}

// Regression: eight anonymous sign-up loops made 113 accounts in 21 s. Every sign-up that gets as far as
// hashing counts, a taken e-mail (409) too, which bounds how fast sign-up can tell which e-mails exist.
TEST(SignUpThrottle, AnAddressMayCreateOnlySoManyAccountsAnHour) {
    TestServer server;
    const std::string address = "203.0.113.5";
    ASSERT_EQ(sign_up_from(server, "person0@example.com", address).status, 201);
    EXPECT_EQ(sign_up_from(server, "person0@example.com", address).status, 409);
    for (int n = 2; n < kSignUpsPerAddress; ++n)
        ASSERT_EQ(sign_up_from(server, numbered("person", n) + "@example.com", address).status, 201) << n;
    server.advance(10);
    const Answer throttled = sign_up_from(server, "one-more@example.com", address);
    EXPECT_EQ(throttled.status, 429) << throttled;
    EXPECT_EQ(throttled.error_code(), "too_many_requests");
    EXPECT_EQ(throttled.header("Retry-After"), std::to_string(kSignUpWindowSeconds - 10));
    EXPECT_EQ(query_rows(server.path(), "SELECT COUNT(*) FROM accounts WHERE email = 'one-more@example.com'"),
              "0|\n");
    EXPECT_EQ(sign_up_from(server, "one-more@example.com", "198.51.100.7").status, 201)
        << "another address is not held back";
    const Answer invalid = sign_up_from(server, "not an e-mail", address);
    EXPECT_EQ(invalid.status, 400) << "bad input is refused as such, throttled or not";
    server.advance(kSignUpWindowSeconds);
    EXPECT_EQ(sign_up_from(server, "later@example.com", address).status, 201) << "an hour later";
}

}  // namespace
}  // namespace hipfit::server
