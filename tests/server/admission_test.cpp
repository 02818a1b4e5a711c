// What a request's header decides before its body is read (server::admit): dispatch()'s one access
// check, so that a body over the default limit is read only for a caller it lets through and anyone
// else's requests are held to the anonymous limit; and Content-Type compared as media types are.
#include <gtest/gtest.h>

#include <variant>

#include "server/handlers/handlers.hpp"
#include "server/request_reader.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

constexpr std::size_t kImportLimit = hipfit::server::handlers::kImportUploadLimit;

class Admissions : public ::testing::Test {
  protected:
    void SetUp() override {
        owner = server.sign_up("owner@example.com");
        other = server.sign_up("other@example.com");
    }

    // The header of `method target` as the listener hands it over: no body yet.
    static Request head(std::string_view method, std::string_view target, const Session* session = nullptr) {
        Request request = make_request(method, target);
        request.headers["content-type"] = "application/json";
        if (session != nullptr)
            with_session(request, *session);
        return request;
    }

    Admission admit_head(const Request& request) { return admit(request, server.database(), server.state()); }

    TestServer server;
    Session owner;
    Session other;
};

// Before, POST /api/import took 16 MiB from anyone before the session was looked at: 40 anonymous
// connections held 664 MB.
TEST_F(Admissions, ALargeBodyIsAdmittedOnlyAfterTheAccessCheck) {
    const Admission signed_in = admit_head(head("POST", "/api/import", &owner));
    EXPECT_FALSE(signed_in.refusal);
    EXPECT_EQ(signed_in.body_limit, kImportLimit);

    const Admission anonymous = admit_head(head("POST", "/api/import"));
    ASSERT_TRUE(anonymous.refusal);
    EXPECT_EQ(anonymous.refusal->status, 401);
    EXPECT_EQ(json::parse(anonymous.refusal->body)["error"]["code"], "unauthenticated");

    Request without_csrf = head("POST", "/api/import", &owner);
    without_csrf.headers.erase("x-csrf-token");
    const Admission forged = admit_head(without_csrf);
    ASSERT_TRUE(forged.refusal);
    EXPECT_EQ(forged.refusal->status, 403);

    Request expired = head("POST", "/api/import", &owner);
    server.advance(kSessionLifetimeSeconds + 1);
    const Admission late = admit_head(expired);
    ASSERT_TRUE(late.refusal);
    EXPECT_EQ(late.refusal->status, 401);
}

TEST_F(Admissions, TheRoutesAccessRuleIsChecked) {
    const Admission of_a_stranger =
        admit_head(head("PUT", "/api/program?account=" + std::to_string(other.id), &owner));
    ASSERT_TRUE(of_a_stranger.refusal);
    EXPECT_EQ(of_a_stranger.refusal->status, 403);
    EXPECT_EQ(json::parse(of_a_stranger.refusal->body)["error"]["message"],
              "you are not a coach of account " + std::to_string(other.id));

    const Admission not_a_number = admit_head(head("POST", "/api/import?account=abc", &owner));
    ASSERT_TRUE(not_a_number.refusal);
    EXPECT_EQ(not_a_number.refusal->status, 400);

    const Admission own = admit_head(head("POST", "/api/entries", &owner));
    EXPECT_FALSE(own.refusal);
    EXPECT_EQ(own.body_limit, Route::kDefaultBodyLimit);
}

TEST_F(Admissions, AnyonesRequestsKeepTheAnonymousLimit) {
    for (const auto& [method, target] :
         {std::pair{"POST", "/api/accounts"}, std::pair{"POST", "/api/session"},
          std::pair{"GET", "/api/health"}, std::pair{"GET", "/"}, std::pair{"POST", "/api/no-such-route"},
          std::pair{"PATCH", "/api/import"}}) {
        const Admission admission = admit_head(head(method, target));
        EXPECT_FALSE(admission.refusal) << method << " " << target;
        EXPECT_EQ(admission.body_limit, Route::kAnonymousBodyLimit) << method << " " << target;
    }
    EXPECT_EQ(admit_head(head("POST", "/api/accounts", &owner)).body_limit, Route::kAnonymousBodyLimit)
        << "a session does not raise the limit of a route anyone may call";
}

// The listener's path: the refusal comes back though the body never arrived.
TEST_F(Admissions, AnUnauthenticatedImportIsAnsweredFromItsHeader) {
    const std::string header_only =
        "POST /api/import HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: "
        "10485760\r\n\r\n";
    const std::variant<Request, Response> read =
        read_request(header_only, [&](const Request& request) { return admit_head(request); });
    ASSERT_TRUE(std::holds_alternative<Response>(read));
    EXPECT_EQ(std::get<Response>(read).status, 401);
}

// Before, "Application/JSON" was refused with 415 (media types are case-insensitive, RFC 9110 §8.3.1).
TEST_F(Admissions, ContentTypeIsComparedAsAMediaType) {
    for (const std::string type : {"application/json", "Application/JSON", "APPLICATION/JSON; charset=utf-8",
                                   "application/json;charset=\"UTF-8\"", " application/json ; foo=bar"}) {
        const Answer reply =
            server.send("POST", "/api/entries", &owner, R"({"kind":"water","value":250})", type);
        EXPECT_EQ(reply.status, 201) << type << ": " << reply;
    }
    for (const std::string type :
         {"application/jsonp", "text/json", "application/json; charset=latin1", "application", "json"}) {
        const Answer reply =
            server.send("POST", "/api/entries", &owner, R"({"kind":"water","value":250})", type);
        EXPECT_EQ(reply.status, 415) << type << ": " << reply;
        EXPECT_EQ(reply.error_code(), "unsupported_media_type") << type;
    }
    EXPECT_EQ(server.get("/api/entries", &owner).json.size(), 5u);

    const std::string csv = server.get("/api/export?format=csv", &owner).body;
    const Answer imported = server.send("POST", "/api/import", &other, csv, "Text/CSV; Charset=UTF-8");
    EXPECT_EQ(imported.status, 200) << imported;
    EXPECT_EQ(imported.json.value("imported", 0), 5);
}

}  // namespace
}  // namespace hipfit::server
