// What dispatch and the handlers refuse about a request itself: a body where a route takes none, and an
// ?account= that is not a number, whose message must not carry the control characters it was sent.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

class RequestChecks : public ::testing::Test {
  protected:
    void SetUp() override {
        P = server.sign_up("person@example.com");
        ASSERT_EQ(server.put("/api/profile", adult_profile(), &P).status, 200);
    }

    Answer post_checkin(const std::string& body) { return server.send("POST", "/api/checkin", &P, body); }

    TestServer server;
    Session P;
};

// Before, {"target_kcal":900} was read as no body at all: 200, and the person believed the target was set.
TEST_F(RequestChecks, ACheckInWithABodyIsRefusedNamingTheBody) {
    for (const std::string body : {R"({"target_kcal":900})", "[]", "900", "\"now\"", "not json"}) {
        const std::string before = database_dump(server.path());
        const Answer reply = post_checkin(body);
        EXPECT_EQ(reply.status, 400) << body << ": " << reply;
        EXPECT_EQ(reply.error_code(), "invalid_input") << body;
        EXPECT_EQ(reply.error_field(), "body") << body << ": " << reply;
        EXPECT_EQ(reply.json["error"].value("message", ""), "POST /api/checkin takes no body") << body;
        EXPECT_EQ(database_dump(server.path()), before) << body << " wrote something";
    }
}

// What clients send for "nothing" is still nothing: no body at all, blanks, {} and null.
TEST_F(RequestChecks, ACheckInWithoutABodyStillRuns) {
    for (const std::string body : {"", " \r\n", "{}", "null"}) {
        const Answer reply = post_checkin(body);
        EXPECT_EQ(reply.status, 200) << "'" << body << "': " << reply;
        EXPECT_FALSE(reply.json.value("saved", true)) << "too little in the journal to keep one";
    }
}

// Before, ?account=%00 answered "account: '" — the message ended at the NUL byte it repeated.
TEST_F(RequestChecks, AnAccountThatIsNotANumberIsShownEscaped) {
    const std::pair<std::string, std::string> cases[] = {
        {"%00", "account: '\\x00' is not an account id"},
        {"1%0A2", "account: '1\\x0a2' is not an account id"},
        {"%1B%5B31m", "account: '\\x1b[31m' is not an account id"},
        {"%FF", "account: '\\xff' is not an account id"},
        {"abc", "account: 'abc' is not an account id"}};
    for (const auto& [query, message] : cases) {
        const Answer reply = server.get("/api/today?account=" + query, &P);
        EXPECT_EQ(reply.status, 400) << query << ": " << reply;
        EXPECT_EQ(reply.error_field(), "account") << query;
        const std::string shown = reply.json["error"].value("message", "");
        EXPECT_EQ(shown, message) << query;
        EXPECT_TRUE(std::none_of(shown.begin(), shown.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f;
        })) << query;
    }
}

}  // namespace
}  // namespace hipfit::server
