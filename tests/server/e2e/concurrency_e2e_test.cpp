// Many people logging at once: 16 clients × 50 entries on their own keep-alive connections, several
// sharing an account, with reads in between. Every acknowledged (201) write must be stored exactly
// once: checked through the API and, after the server has stopped, in the database file itself.
#include <latch>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "tests/server/e2e/serve_fixture.hpp"
#include "tests/server/e2e/stored_entries.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

constexpr int kWriters = 16;
constexpr int kEntriesEach = 50;
constexpr int kAccounts = 6;  // writers share accounts: writer w writes as account w % kAccounts

struct Acknowledged {
    std::int64_t id = 0;
    std::size_t account = 0;
    std::string note;
};

class Concurrency : public ServeTest {
  protected:
    void SetUp() override { start_server({"--threads", "4"}); }
};

// The entry writer `w` logs as its `i`-th, named by its note.
json entry_of(int w, int i) {
    const std::string note = "writer " + std::to_string(w) + " entry " + std::to_string(i);
    switch (i % 4) {
        case 0:
            return {{"kind", "water"}, {"value", 100 + i}, {"note", note}};
        case 1:
            return {{"kind", "steps"}, {"value", 1000 + w}, {"note", note}};
        case 2:
            return {{"kind", "food"}, {"value", 300}, {"protein_g", 12}, {"note", note}};
        default:
            return {{"kind", "workout"},
                    {"sets", {{{"exercise", "glute-bridge"}, {"reps", 10}}}},
                    {"note", note}};
    }
}

TEST_F(Concurrency, EveryAcknowledgedWriteIsStoredExactlyOnce) {
    std::vector<ApiClient> accounts;
    std::vector<std::int64_t> account_ids;
    for (int a = 0; a < kAccounts; ++a) {
        accounts.push_back(signed_up("person" + std::to_string(a) + "@example.com"));
        account_ids.push_back(accounts.back().get("/api/session").json()["account"]["id"]);
        ASSERT_EQ(accounts.back().put("/api/profile", reference_profile()).status, 200);
    }

    std::mutex mutex;
    std::vector<Acknowledged> acknowledged;
    std::vector<std::string> failures;
    std::latch start(kWriters);
    std::vector<std::jthread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            const std::size_t account = static_cast<std::size_t>(w % kAccounts);
            ApiClient client = accounts[account].same_account();
            start.arrive_and_wait();
            for (int i = 0; i < kEntriesEach; ++i) {
                try {
                    const json entry = entry_of(w, i);
                    const http::Response response = client.post("/api/entries", entry);
                    std::lock_guard lock(mutex);
                    if (response.status == 201)
                        acknowledged.push_back({response.json()["id"], account, entry["note"]});
                    else
                        failures.push_back(entry["note"].get<std::string>() + ": " + describe(response));
                    if (i % 10 == 9 && client.get("/api/today").status != 200)
                        failures.push_back("GET /api/today failed during the writes");
                } catch (const std::exception& error) {
                    std::lock_guard lock(mutex);
                    failures.push_back("writer " + std::to_string(w) + ": " + error.what());
                }
            }
            if (client.connections_opened() != 1) {
                std::lock_guard lock(mutex);
                failures.push_back("writer " + std::to_string(w) + " needed " +
                                   std::to_string(client.connections_opened()) + " connections");
            }
        });
    }
    writers.clear();  // joins

    EXPECT_EQ(failures, std::vector<std::string>{}) << "every write under load is acknowledged";
    ASSERT_EQ(acknowledged.size() + failures.size(), static_cast<std::size_t>(kWriters * kEntriesEach));

    // Through the API: each account holds exactly its acknowledged entries.
    std::set<std::int64_t> all_ids;
    for (std::size_t a = 0; a < accounts.size(); ++a) {
        std::map<std::int64_t, std::string> expected;
        for (const Acknowledged& ack : acknowledged) {
            if (ack.account == a) {
                EXPECT_TRUE(expected.emplace(ack.id, ack.note).second) << "id " << ack.id << " given twice";
            }
        }
        std::map<std::int64_t, std::string> listed;
        for (const json& entry : accounts[a].get("/api/entries").json()) {
            const std::int64_t id = entry["id"];
            EXPECT_TRUE(listed.emplace(id, entry["note"]).second) << "id " << id << " listed twice";
            EXPECT_TRUE(all_ids.insert(id).second) << "id " << id << " in two accounts";
        }
        EXPECT_EQ(listed, expected) << "account " << account_ids[a];
    }

    // In the file, after the server has stopped.
    ASSERT_EQ(server().stop(), 0) << server().err();
    const std::vector<StoredEntry> stored = stored_entries(database());
    EXPECT_EQ(stored.size(), acknowledged.size());
    std::map<std::int64_t, StoredEntry> by_id;
    for (const StoredEntry& entry : stored) EXPECT_TRUE(by_id.emplace(entry.id, entry).second);
    std::set<std::string> notes;
    for (const Acknowledged& ack : acknowledged) {
        EXPECT_TRUE(notes.insert(ack.note).second) << ack.note << " acknowledged twice";
        const auto found = by_id.find(ack.id);
        ASSERT_NE(found, by_id.end()) << "acknowledged id " << ack.id << " is not stored";
        EXPECT_EQ(found->second.note, ack.note);
        EXPECT_EQ(found->second.account, account_ids[ack.account]);
    }
    EXPECT_EQ(integrity_check(database()), "ok");
}

}  // namespace
}  // namespace hipfit::testing
