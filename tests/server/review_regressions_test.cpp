// Regression tests for what the security review of the server found: each failed before its fix.
#include <gtest/gtest.h>

#include "server/server_state.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using nlohmann::json;
using namespace hipfit::server::testing;

// A path with a byte that is not UTF-8 is repeated in the 404 message: the answer must still be JSON
// (before, dumping the message threw and the exception took the server down).
TEST(ReviewRegressions, BytesThatAreNotUtf8AreAnsweredNotThrown) {
    TestServer server;
    const Session person = server.sign_up("person@example.com");
    const std::pair<std::string, int> anonymous_requests[] = {
        {"/api/n\xFFpe", 404}, {"/api/exercises/\xFF\xFE", 404}, {"/api/entries/\xFF", 401}};
    for (const auto& [target, status] : anonymous_requests) {
        const Answer anonymous = server.get(target);
        EXPECT_EQ(anonymous.status, status) << anonymous;
        EXPECT_TRUE(anonymous.json.is_object()) << anonymous;
    }
    const Answer deleted = server.del("/api/entries/\xFF", &person);
    EXPECT_EQ(deleted.status, 404) << deleted;
    const Answer listed = server.get("/api/entries?kind=\xFF", &person);
    EXPECT_EQ(listed.status, 400) << listed;
    EXPECT_EQ(listed.json["error"].value("field", ""), "kind");
}

TEST(ReviewRegressions, HeadIsAnsweredLikeGet) {
    TestServer server;
    const Answer head = server.send("HEAD", "/api/health");
    EXPECT_EQ(head.status, 200) << head;
}

// Entry ids are shared by every account and reused after a delete: undoing a delete whose id another
// account has taken meanwhile brings the entry back under a new id instead of failing for ever.
TEST(ReviewRegressions, UndoingADeleteWhoseIdWasTakenBringsTheEntryBack) {
    TestServer server;
    const Session first = server.sign_up("first@example.com");
    const Session second = server.sign_up("second@example.com");
    const Answer added = server.post("/api/entries", weight_entry(70.0), &first);
    ASSERT_EQ(added.status, 201) << added;
    const auto id = added.json["id"].get<std::int64_t>();
    ASSERT_EQ(server.del("/api/entries/" + std::to_string(id), &first).status, 204);
    const Answer taken = server.post("/api/entries", weight_entry(90.0), &second);
    ASSERT_EQ(taken.json["id"].get<std::int64_t>(), id) << "the id is reused: the case under test";

    const Answer undone = server.post("/api/undo", json::object(), &first);
    EXPECT_EQ(undone.status, 200) << undone;
    const Answer mine = server.get("/api/entries", &first);
    ASSERT_EQ(mine.json.size(), 1U) << mine;
    EXPECT_EQ(mine.json[0].value("value", 0.0), 70.0);
    EXPECT_NE(mine.json[0]["id"].get<std::int64_t>(), id);
    const Answer theirs = server.get("/api/entries", &second);
    ASSERT_EQ(theirs.json.size(), 1U) << theirs;
    EXPECT_EQ(theirs.json[0].value("value", 0.0), 90.0) << "the other account's entry is untouched";
}

// A session read from the database before a sign-out must not be put back in the cache after it.
TEST(ReviewRegressions, ASessionEndedWhileItWasReadIsNotCachedAgain) {
    SessionCache cache;
    const SessionCache::Cached session{{7, "csrf", 100}, {7, "a@example.com", "hash", store::Role::member}};
    const std::uint64_t read_at = cache.generation();
    cache.erase("token-hash");  // the sign-out lands between the read and the put
    cache.put("token-hash", session, read_at);
    EXPECT_FALSE(cache.find("token-hash").has_value());
    cache.put("token-hash", session, cache.generation());
    EXPECT_TRUE(cache.find("token-hash").has_value());
}

TEST(ReviewRegressions, TheThrottleForgetsOldWindowsWhenFull) {
    WindowLimiter throttle("test", 2, 60);
    for (std::size_t i = 0; i < kMaxThrottleKeys; ++i)
        EXPECT_FALSE(throttle.reserve("old " + std::to_string(i), 0).has_value());
    EXPECT_FALSE(throttle.reserve("blocked", 1000).has_value());
    EXPECT_FALSE(throttle.reserve("blocked", 1000).has_value());
    for (std::size_t i = 0; i < 10; ++i) EXPECT_FALSE(throttle.reserve("new " + std::to_string(i), 1000));
    EXPECT_TRUE(throttle.reserve("blocked", 1001).has_value()) << "a blocking window is kept";
}

TEST(ReviewRegressions, WrongCurrentPasswordsAreThrottledLikeSignIns) {
    TestServer server;
    const Session person = server.sign_up("person@example.com");
    for (int i = 0; i < SignInThrottle::kFreeFailures; ++i) {
        const Answer wrong = server.put(
            "/api/account/password",
            {{"current_password", "not my password"}, {"new_password", "a new passphrase"}}, &person);
        EXPECT_EQ(wrong.status, 400) << wrong;
    }
    const Answer blocked =
        server.put("/api/account/password",
                   {{"current_password", kPassword}, {"new_password", "a new passphrase"}}, &person);
    EXPECT_EQ(blocked.status, 429) << blocked;
    EXPECT_TRUE(blocked.header("Retry-After").has_value());
}

}  // namespace
}  // namespace hipfit::server
