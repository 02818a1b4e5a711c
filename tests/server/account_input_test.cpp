// What sign-up, sign-in and coach invitations accept (docs/api.md, "Sessions and CSRF"): passwords
// counted in characters, no control characters in e-mails or new passwords, and invitations that answer
// alike whether or not an account has the e-mail.
#include <gtest/gtest.h>

#include "server/credentials.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

std::string repeated(std::string_view piece, std::size_t times) {
    std::string text;
    for (std::size_t i = 0; i < times; ++i) text += piece;
    return text;
}

TEST(Credentials, CharactersAreCodePointsAndControlsAreFound) {
    EXPECT_EQ(character_count("abc"), 3U);
    EXPECT_EQ(character_count("über"), 4U);
    EXPECT_EQ(character_count("\xF0\x9F\x8F\x83"), 1U) << "one emoji, four bytes";
    EXPECT_FALSE(has_control_character("a long passphrase, ünïcödé and 🏃"));
    EXPECT_TRUE(has_control_character(std::string("a\0b", 3)));
    EXPECT_TRUE(has_control_character("tab\there"));
    EXPECT_TRUE(has_control_character("del\x7f"));
    EXPECT_TRUE(has_control_character("next line \xC2\x85"));
    EXPECT_FALSE(has_control_character("no-break\xC2\xA0space"));
}

// Regression: the length was counted in bytes, so "ääääää" passed as 12 characters and 128 emoji were
// refused as 512. NIST SP 800-63B §5.1.1.2 counts characters, and asks that at least 64 be allowed.
TEST(AccountInput, PasswordLengthIsCountedInCharacters) {
    TestServer server;
    const Answer short_one =
        server.post("/api/accounts", {{"email", "short@example.com"}, {"password", repeated("ä", 9)}});
    EXPECT_EQ(short_one.status, 400) << short_one;
    EXPECT_EQ(short_one.error_field(), "password");
    EXPECT_NE(short_one.json["error"].value("message", "").find("(9 given)"), std::string::npos) << short_one;

    EXPECT_EQ(server.sign_up("umlauts@example.com", repeated("ä", 10)).id, 1);
    const std::string emoji = repeated("\xF0\x9F\x8F\x83", kMaxPasswordLength);  // 128 characters, 512 bytes
    const Session runner = server.sign_up("runner@example.com", emoji);
    EXPECT_GT(runner.id, 1);
    EXPECT_EQ(server.sign_in("runner@example.com", emoji).id, runner.id) << "and signing in with it works";

    const Answer too_long =
        server.post("/api/accounts",
                    {{"email", "long@example.com"}, {"password", repeated("x", kMaxPasswordLength + 1)}});
    EXPECT_EQ(too_long.status, 400) << too_long;
    EXPECT_EQ(too_long.error_field(), "password");

    const Session person = server.sign_in("umlauts@example.com", repeated("ä", 10));
    const Answer short_new =
        server.put("/api/account/password",
                   {{"current_password", repeated("ä", 10)}, {"new_password", "ééééé"}}, &person);
    EXPECT_EQ(short_new.status, 400) << short_new;
    EXPECT_EQ(short_new.error_field(), "new_password");
}

TEST(AccountInput, ControlCharactersAreRefusedInEmailsAndNewPasswords) {
    TestServer server;
    for (const std::string& email :
         {std::string("a\0b@example.com", 15), std::string("a@example.com\n"),
          std::string("tab\t@example.com"), std::string("c1\xC2\x85@example.com")}) {
        const Answer refused = server.post("/api/accounts", {{"email", email}, {"password", kPassword}});
        EXPECT_EQ(refused.status, 400) << refused;
        EXPECT_EQ(refused.error_field(), "email");
        EXPECT_EQ(refused.json["error"].value("message", "").find('\0'), std::string::npos);
    }
    const Answer tabbed =
        server.post("/api/accounts", {{"email", "person@example.com"}, {"password", "a long\tpassphrase"}});
    EXPECT_EQ(tabbed.status, 400) << tabbed;
    EXPECT_EQ(tabbed.error_field(), "password");
    EXPECT_EQ(query_rows(server.path(), "SELECT COUNT(*) FROM accounts"), "0|\n");

    const Session person = server.sign_up("person@example.com", "ünïcödé, spaces and 🏃 are fine");
    const Answer invite =
        server.post("/api/coaches", {{"email", std::string("coach\0@example.com", 18)}}, &person);
    EXPECT_EQ(invite.status, 400) << invite;
    EXPECT_EQ(invite.error_field(), "email");
    const Answer sign_in = server.post(
        "/api/session", {{"email", std::string("person@example.com\0", 19)}, {"password", kPassword}});
    EXPECT_EQ(sign_in.status, 401) << "no account has such an e-mail: " << sign_in;
}

// Regression: POST /api/coaches answered 404 for an unknown e-mail and 201 for a known one, without a
// limit, so any account could learn who else has one.
TEST(AccountInput, AnInvitationAnswersAlikeWhetherOrNotTheAccountExists) {
    TestServer server;
    const Session person = server.sign_up("person@example.com");
    const Session coach = server.sign_up("coach@example.com");
    const Answer known = server.post("/api/coaches", {{"email", "coach@example.com"}}, &person);
    const Answer unknown = server.post("/api/coaches", {{"email", "nobody@example.com"}}, &person);
    const Answer again = server.post("/api/coaches", {{"email", "coach@example.com"}}, &person);
    EXPECT_EQ(known.status, 202) << known;
    EXPECT_EQ(unknown.status, 202) << unknown;
    EXPECT_EQ(again.status, 202) << again;
    EXPECT_EQ(known.json.value("message", ""), unknown.json.value("message", ""));
    EXPECT_EQ(known.json.size(), unknown.json.size());
    EXPECT_EQ(server.get("/api/clients", &coach).json.size(), 1U) << "the account that exists is invited";
    EXPECT_EQ(server.post("/api/coaches", {{"email", "PERSON@example.com"}}, &person).status, 400)
        << "inviting yourself is still refused: that tells nothing";
}

TEST(AccountInput, InvitationsAreThrottledPerAccount) {
    TestServer server;
    const Session person = server.sign_up("person@example.com");
    const Session other = server.sign_up("other@example.com");
    for (int n = 0; n < kInvitationsPerAccount; ++n) {
        const std::string email = "maybe" + std::to_string(n) + "@example.com";
        ASSERT_EQ(server.post("/api/coaches", {{"email", email}}, &person).status, 202) << n;
    }
    const Answer throttled = server.post("/api/coaches", {{"email", "other@example.com"}}, &person);
    EXPECT_EQ(throttled.status, 429) << throttled;
    EXPECT_EQ(throttled.header("Retry-After"), std::to_string(kInvitationWindowSeconds));
    EXPECT_EQ(server.get("/api/clients", &other).json, json::array()) << "nothing invited when throttled";
    EXPECT_EQ(server.post("/api/coaches", {{"email", "person@example.com"}}, &other).status, 202)
        << "other accounts are not held back";
    server.advance(kInvitationWindowSeconds);
    EXPECT_EQ(server.post("/api/coaches", {{"email", "other@example.com"}}, &person).status, 202);
}

}  // namespace
}  // namespace hipfit::server
