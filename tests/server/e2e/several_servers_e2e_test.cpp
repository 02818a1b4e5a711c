// Several servers, one truth: two 'hipfit serve' processes on one PostgreSQL database behave as one
// service. A session made through one is a session on the other (cookie and CSRF token), and its end
// (signing out, a new password) is seen by the other at once; coach links made through one hold on the
// other; an answer one server keeps shows a write made through the other on the next request; and writers
// on both at once neither lose nor duplicate an entry, nor show one to another account.
#include <map>
#include <set>

#include "tests/server/e2e/serve_fixture.hpp"
#include "tests/server/e2e/server_load.hpp"
#include "tests/server/e2e/several_servers.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class SeveralServers : public SeveralServersTest {
  protected:
    void SetUp() override {
        SeveralServersTest::SetUp();
        if (IsSkipped())
            return;
        database_ = std::make_unique<TestDatabase>(Backend::postgresql);
        start_servers(database_->location());
    }
    void TearDown() override {
        servers_.clear();  // before the database's schema goes
        database_.reset();
    }

    std::unique_ptr<TestDatabase> database_;
};

const json kWater = {{"kind", "water"}, {"value", 500}};

TEST_F(SeveralServers, ASessionMadeThroughOneServerIsASessionOnTheOther) {
    ApiClient phone = signed_up(0, "person@example.com");
    ApiClient phone_there = phone.same_account(port(1));
    const http::Response session = phone_there.get("/api/session");
    ASSERT_EQ(session.status, 200) << describe(session);
    EXPECT_EQ(session.json()["account"]["email"], "person@example.com");
    EXPECT_EQ(session.json()["csrf_token"], phone.csrf_token());
    EXPECT_EQ(phone_there.post("/api/entries", kWater).status, 201) << "the CSRF token holds there too";

    // A wrong CSRF token is refused there as here.
    http::Connection raw(port(1));
    const http::Response forged = raw.request("POST", "/api/entries",
                                              {{"Cookie", phone.session_cookie()},
                                               {"X-CSRF-Token", "not-the-token"},
                                               {"Content-Type", "application/json"}},
                                              kWater.dump());
    EXPECT_EQ(forged.status, 403) << describe(forged);

    // Signed in through the second server: a session on the first.
    ApiClient laptop(port(1));
    laptop.sign_in("person@example.com");
    ApiClient laptop_there = laptop.same_account(port(0));
    EXPECT_EQ(laptop_there.get("/api/session").status, 200);
    EXPECT_EQ(laptop_there.get("/api/entries").json().size(), 1U);

    // Signing out through the first ends the session on the second at once, and only that session.
    ASSERT_EQ(phone.get("/api/entries").status, 200);  // each server has answered with it just now
    ASSERT_EQ(phone_there.get("/api/entries").status, 200);
    ASSERT_EQ(phone.del("/api/session").status, 204);
    EXPECT_EQ(phone_there.get("/api/session").status, 401);
    EXPECT_EQ(phone_there.get("/api/entries").status, 401);
    EXPECT_EQ(phone_there.post("/api/entries", kWater).status, 401);
    EXPECT_EQ(laptop_there.get("/api/session").status, 200);

    // A new password set through the second server ends every other session on the first at once; the
    // session that set it goes on, on both.
    ApiClient tablet(port(0));
    tablet.sign_in("person@example.com");
    ASSERT_EQ(tablet.get("/api/entries").status, 200);
    ASSERT_EQ(tablet.same_account(port(1)).get("/api/entries").status, 200);
    const http::Response changed =
        laptop.put("/api/account/password",
                   {{"current_password", kPassword}, {"new_password", "another long passphrase"}});
    ASSERT_EQ(changed.status, 204) << describe(changed);
    EXPECT_EQ(tablet.get("/api/session").status, 401);
    EXPECT_EQ(tablet.post("/api/entries", kWater).status, 401);
    EXPECT_EQ(tablet.same_account(port(1)).get("/api/entries").status, 401);
    EXPECT_EQ(laptop.get("/api/session").status, 200);
    EXPECT_EQ(laptop_there.post("/api/entries", kWater).status, 201);

    // The new password is the one either server takes.
    ApiClient again(port(0));
    const http::Response old_password =
        again.post("/api/session", {{"email", "person@example.com"}, {"password", kPassword}});
    EXPECT_EQ(old_password.status, 401) << describe(old_password);
    EXPECT_NO_THROW(again.sign_in("person@example.com", "another long passphrase"));
}

TEST_F(SeveralServers, CoachLinksMadeThroughOneServerHoldOnTheOther) {
    std::int64_t client_id = 0;
    std::int64_t coach_id = 0;
    ApiClient client = signed_up(0, "client@example.com", &client_id);
    ApiClient coach = signed_up(1, "coach@example.com", &coach_id);
    ASSERT_EQ(client.put("/api/profile", reference_profile()).status, 200);
    ASSERT_EQ(client.post("/api/entries", kWater).status, 201);
    const std::string clients_entries = "/api/entries?account=" + std::to_string(client_id);

    // Invited through the first server; the coach sees it through the second, and may not read yet.
    const http::Response invited = client.post("/api/coaches", {{"email", "coach@example.com"}});
    ASSERT_EQ(invited.status, 202) << describe(invited);
    const json clients = coach.get("/api/clients").json();
    ASSERT_EQ(clients.size(), 1U) << clients.dump();
    EXPECT_EQ(clients[0]["id"], client_id);
    EXPECT_EQ(clients[0]["status"], "invited");
    EXPECT_EQ(coach.get(clients_entries).status, 403);

    // Accepted through the second server: the client sees it through the first, and the coach reads
    // through either.
    const http::Response accepted =
        coach.send("POST", "/api/clients/" + std::to_string(client_id) + "/accept");
    ASSERT_EQ(accepted.status, 200) << describe(accepted);
    const json coaches = client.get("/api/coaches").json();
    ASSERT_EQ(coaches.size(), 1U) << coaches.dump();
    EXPECT_EQ(coaches[0]["id"], coach_id);
    EXPECT_EQ(coaches[0]["status"], "active");
    ApiClient coach_there = coach.same_account(port(0));
    const http::Response read_there = coach_there.get(clients_entries);
    ASSERT_EQ(read_there.status, 200) << describe(read_there);
    EXPECT_EQ(read_there.json().size(), 1U);
    EXPECT_EQ(coach.get(clients_entries).status, 200);

    // Revoked through the second server: the coach is refused through the first at once.
    ASSERT_EQ(client.same_account(port(1)).del("/api/coaches/" + std::to_string(coach_id)).status, 204);
    EXPECT_EQ(coach_there.get(clients_entries).status, 403);
    EXPECT_EQ(coach.get(clients_entries).status, 403);
    EXPECT_EQ(coach_there.get("/api/clients").json(), json::array());
}

TEST_F(SeveralServers, AnAnswerOneServerKeepsShowsAWriteThroughTheOtherOnTheNextRequest) {
    ApiClient here = signed_up(0, "person@example.com");
    ASSERT_EQ(here.put("/api/profile", reference_profile()).status, 200);
    ASSERT_EQ(here.post("/api/entries", kWater).status, 201);
    ApiClient there = here.same_account(port(1));

    const std::vector<std::string> views{"/api/entries", "/api/today", "/api/exercises"};
    std::map<std::string, std::string> before;
    for (const std::string& view : views) {
        const http::Response first = there.get(view);
        ASSERT_EQ(first.status, 200) << view << ": " << describe(first);
        const http::Response kept = there.get(view);  // from the second server's cache
        ASSERT_EQ(kept.body, first.body) << view;
        before[view] = first.body;
    }

    // Written through the first server; the second's next answers show it.
    const http::Response logged =
        here.post("/api/entries", {{"kind", "water"}, {"value", 750}, {"note", "through the first server"}});
    ASSERT_EQ(logged.status, 201) << describe(logged);
    const std::int64_t id = logged.json()["id"];
    const http::Response added = here.post("/api/exercises", {{"name", "Hip thrust"},
                                                              {"kind", "strength"},
                                                              {"primary_muscles", {"gluteus-maximus"}},
                                                              {"equipment", {"barbell"}},
                                                              {"met", 5}});
    ASSERT_EQ(added.status, 201) << describe(added);
    for (const std::string& view : views) {
        const http::Response after = there.get(view);
        ASSERT_EQ(after.status, 200) << view;
        EXPECT_NE(after.body, before[view]) << view << " still shows the answer kept before the write";
        before[view] = after.body;
    }
    const json entries = there.get("/api/entries").json();
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [&](const json& entry) {
        return entry["id"] == id;
    })) << entries.dump();
    EXPECT_NE(there.get("/api/exercises").body.find("own-hip-thrust"), std::string::npos);

    // And the other way: deleted through the second server, gone from the first's next answer.
    ASSERT_EQ(here.get("/api/entries").body, before["/api/entries"]);  // the first keeps it now
    ASSERT_EQ(there.del("/api/entries/" + std::to_string(id)).status, 204);
    const json left = here.get("/api/entries").json();
    EXPECT_TRUE(std::none_of(left.begin(), left.end(), [&](const json& entry) { return entry["id"] == id; }))
        << left.dump();
}

TEST_F(SeveralServers, WritersOnBothServersAtOnceLoseAndDuplicateNothing) {
    constexpr std::size_t kAccounts = 4;
    constexpr int kWriters = 12;
    constexpr int kRequestsEach = 50;
    std::vector<ApiClient> sessions;
    std::vector<std::int64_t> account_ids;
    for (std::size_t a = 0; a < kAccounts; ++a) {
        std::int64_t id = 0;
        sessions.push_back(signed_up(a % 2, "person" + std::to_string(a) + "@example.com", &id));
        account_ids.push_back(id);
        ASSERT_EQ(sessions.back().put("/api/profile", reference_profile()).status, 200);
    }
    // Each account writes through both servers at once.
    std::vector<ServerLoad::Writer> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.push_back(
            {static_cast<std::size_t>(w) % kAccounts, {port(static_cast<std::size_t>(w) / kAccounts % 2)}});
    ServerLoad load(sessions, writers, 4, kRequestsEach);
    load.join();

    const std::vector<ServerLoad::Outcome> outcomes = load.outcomes();
    ASSERT_EQ(outcomes.size(), static_cast<std::size_t>(kWriters * kRequestsEach));
    for (const ServerLoad::Outcome& outcome : outcomes)
        EXPECT_EQ(outcome.answer, ServerLoad::Answer::acknowledged) << describe(outcome);
    const std::vector<StoredEntry> stored = stored_entries_in_postgresql(database_->location());
    expect_stored_exactly_once(outcomes, stored, account_ids, true);

    // Through the API, on either server: each account sees exactly its own entries, and another's is not
    // found.
    for (std::size_t a = 0; a < kAccounts; ++a) {
        std::set<std::int64_t> own;
        for (const StoredEntry& entry : stored) {
            if (entry.account == account_ids[a])
                own.insert(entry.id);
        }
        for (std::size_t s = 0; s < 2; ++s) {
            ApiClient reader = sessions[a].same_account(port(s));
            std::set<std::int64_t> listed;
            for (const json& entry : reader.get("/api/entries").json())
                listed.insert(entry["id"].get<std::int64_t>());
            EXPECT_EQ(listed, own) << "account " << account_ids[a] << " through server " << s;
            const auto other = std::find_if(stored.begin(), stored.end(), [&](const StoredEntry& entry) {
                return entry.account != account_ids[a];
            });
            ASSERT_NE(other, stored.end());
            EXPECT_EQ(reader.get("/api/entries/" + std::to_string(other->id)).status, 404)
                << "another account's entry " << other->id;
        }
    }
}

}  // namespace
}  // namespace hipfit::testing
