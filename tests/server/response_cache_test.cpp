// GET answers are kept by the server while the account is unchanged (src/server/response_cache.cpp): every
// write, the server's or the command line's, must show on the next GET, and no answer may be served for
// another request than the one it was made for.
#include <gtest/gtest.h>

#include "store/repository.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

class ResponseCache : public ::testing::TestWithParam<hipfit::testing::Backend> {
  protected:
    void SetUp() override {
        person = server.sign_up("person@example.com");
        ASSERT_EQ(server.put("/api/profile", adult_profile(), &person).status, 200);
        ASSERT_EQ(server.post("/api/entries", weight_entry(72.5), &person).status, 201);
        ASSERT_EQ(server.post("/api/entries", {{"kind", "water"}, {"value", 750}}, &person).status, 201);
    }

    std::vector<std::string> kinds(const std::string& target) {
        const Answer reply = server.get(target, &person);
        EXPECT_EQ(reply.status, 200) << target << ": " << reply;
        std::vector<std::string> found;
        for (const json& entry : reply.json) found.push_back(entry.value("kind", ""));
        return found;
    }

    TestServer server{GetParam()};
    Session person;
};

TEST_P(ResponseCache, EveryWriteThroughTheApiShowsOnTheNextGet) {
    EXPECT_EQ(kinds("/api/entries").size(), 2U);
    const Answer added = server.post("/api/entries", {{"kind", "steps"}, {"value", 9000}}, &person);
    ASSERT_EQ(added.status, 201);
    EXPECT_EQ(kinds("/api/entries").size(), 3U);
    EXPECT_EQ(server.del("/api/entries/" + std::to_string(added.json.value("id", 0)), &person).status, 204);
    EXPECT_EQ(kinds("/api/entries").size(), 2U);
    EXPECT_EQ(server.post("/api/undo", json(), &person).status, 200);
    EXPECT_EQ(kinds("/api/entries").size(), 3U);

    EXPECT_EQ(server.get("/api/profile", &person).json.value("weight_kg", 0.0), 72.0);
    ASSERT_EQ(server.put("/api/profile", {{"weight_kg", 70.5}}, &person).status, 200);
    EXPECT_EQ(server.get("/api/profile", &person).json.value("weight_kg", 0.0), 70.5);
}

TEST_P(ResponseCache, AWriteByTheCommandLineShowsOnTheNextGet) {
    const std::string before = server.get("/api/today", &person).body;
    EXPECT_EQ(server.get("/api/today", &person).body, before);
    core::Entry steps;
    steps.kind = core::EntryKind::steps;
    steps.date = kToday;
    steps.time = {8, 0};
    steps.value = 4321;
    store::open_repository(server.path(), store::OpenFor::write)->add_entry(steps);
    const Answer after = server.get("/api/today", &person);
    EXPECT_NE(after.body, before);
    EXPECT_EQ(after.json["logged"].value("steps", 0.0), 4321.0) << after;
}

TEST_P(ResponseCache, DifferentQueriesGetTheirOwnAnswers) {
    EXPECT_EQ(kinds("/api/entries?kind=weight"), std::vector<std::string>{"weight"});
    EXPECT_EQ(kinds("/api/entries?kind=water"), std::vector<std::string>{"water"});
    EXPECT_EQ(kinds("/api/entries").size(), 2U);
    EXPECT_EQ(kinds("/api/entries?since=2026-11-21"), std::vector<std::string>{"water"});
}

// Regression: src/server/dispatch.cpp handle() builds the cache key by joining the decoded query as
// name=value& without escaping, so ?a=1%26kind%3Dweight (one parameter, a = "1&kind=weight") and
// ?a=1&kind=weight (two) share a key: the second is answered with the first's list, water included.
TEST_P(ResponseCache, AQueryValueThatLooksLikeTwoParametersIsNotConfusedWithThem) {
    EXPECT_EQ(kinds("/api/entries?a=1%26kind%3Dweight").size(), 2U) << "an unknown parameter filters nothing";
    EXPECT_EQ(kinds("/api/entries?a=1&kind=weight"), std::vector<std::string>{"weight"});
}

TEST_P(ResponseCache, AnswersAreNotSharedBetweenAccountsOrDatabases) {
    const Session other = server.sign_up("other@example.com");
    EXPECT_EQ(kinds("/api/entries").size(), 2U);
    EXPECT_EQ(server.get("/api/entries", &other).json, json::array());
    EXPECT_EQ(server.get("/api/profile", &other).status, 404);

    // A second server in the same thread, whose account 1 has another journal.
    TestServer second;
    const Session owner = second.sign_up("owner@example.com");
    ASSERT_EQ(owner.id, person.id);
    EXPECT_EQ(second.get("/api/entries", &owner).json, json::array());
    EXPECT_EQ(kinds("/api/entries").size(), 2U);
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(ResponseCache);

}  // namespace
}  // namespace hipfit::server
