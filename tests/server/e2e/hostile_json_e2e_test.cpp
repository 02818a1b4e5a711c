// JSON that a signed-in person can send to crash or stall the server (issue 11's probe): nesting deep
// enough to overflow a recursive copy or dump, numbers no double holds, a key given twice. Each is a 400
// naming the body, and the server goes on serving.
#include <string>

#include "tests/server/e2e/serve_fixture.hpp"

namespace hipfit::testing {
namespace {

std::string nested_arrays(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

class HostileJson : public ServeTest {
  protected:
    void SetUp() override {
        start_server();
        person_.emplace(signed_up("person@example.com"));
    }

    void expect_refused_naming_the_body(const http::Response& response, std::string_view message) {
        EXPECT_EQ(response.status, 400) << describe(response);
        EXPECT_EQ(response.json()["error"]["field"], "body") << response.body;
        EXPECT_EQ(response.json()["error"]["message"], message) << response.body;
        EXPECT_EQ(person_->get("/api/health").status, 200) << "the server stopped serving";
    }

    std::optional<ApiClient> person_;
};

// About 200 KB: the probe's SIGSEGV, through the export reader's copy and dump of `version`.
TEST_F(HostileJson, AnImportWhoseVersionNests100000ArraysDeepIsRefused) {
    const std::string body = R"({"format":"hipfit-export","version":)" + nested_arrays(100'000) + "}";
    expect_refused_naming_the_body(person_->send("POST", "/api/import", body, "application/json"),
                                   "import: not accepted: nested deeper than 64 levels");
}

TEST_F(HostileJson, EveryJsonBodyIsBoundedInDepth) {
    const std::string body = R"({"kind":"water","value":500,"note":)" + nested_arrays(50'000) + "}";
    expect_refused_naming_the_body(person_->send("POST", "/api/entries", body, "application/json"),
                                   "body: not accepted: nested deeper than 64 levels");
}

TEST_F(HostileJson, ANumberTooLargeForADoubleIsBadInputNotAnInternalError) {
    const std::string import =
        R"({"format":"hipfit-export","version":2,"profile":null,"entries":[)"
        R"({"id":1,"kind":"weight","date":"2026-11-01","time":"07:30","value":1e400}]})";
    expect_refused_naming_the_body(person_->send("POST", "/api/import", import, "application/json"),
                                   "import: not accepted: a number is too large");
    expect_refused_naming_the_body(
        person_->send("POST", "/api/entries", R"({"kind":"water","value":1e400})", "application/json"),
        "body: not accepted: a number is too large");
}

TEST_F(HostileJson, AKeyGivenTwiceIsRefusedRatherThanTheLastKept) {
    expect_refused_naming_the_body(
        person_->send("POST", "/api/entries", R"({"kind":"water","value":500,"value":5000})",
                      "application/json"),
        "body: not accepted: the key \"value\" appears twice in one object");
    EXPECT_EQ(person_->get("/api/entries").json().size(), 0U);
}

}  // namespace
}  // namespace hipfit::testing
