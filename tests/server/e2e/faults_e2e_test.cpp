// Faults under load, with two 'hipfit serve' processes on one PostgreSQL database: one server killed
// (SIGKILL) while both are written to loses no acknowledged write, and the other keeps serving, the killed
// one's clients too; PostgreSQL stopped under load makes every request that needs it fail with 503,
// code database_unavailable and Retry-After (never a 500, never a hang), the servers come back by
// themselves once it is started again, and nothing acknowledged is lost. The restart uses a PostgreSQL
// server of the test's own (tests/support/postgresql_cluster.hpp): restarting the shared test server would
// break the tests running beside this one.
#include <csignal>
#include <ostream>
#include <set>

#include "tests/server/e2e/serve_fixture.hpp"
#include "tests/server/e2e/server_load.hpp"
#include "tests/server/e2e/several_servers.hpp"

namespace hipfit::testing {

// How GoogleTest names a stop in the tests' list.
void PrintTo(PostgresqlCluster::Stop stop, std::ostream* out) {
    *out << (stop == PostgresqlCluster::Stop::fast ? "fast" : "immediate");
}

namespace {

using nlohmann::json;
using std::chrono::milliseconds;
using Answer = ServerLoad::Answer;
using Outcome = ServerLoad::Outcome;

// Generous deadlines for conditions that come within milliseconds on an idle machine.
constexpr milliseconds kDeadline{60000};

constexpr std::size_t kAccounts = 4;
constexpr int kWriters = 8;

const char* const kUnavailableMessage = "the database cannot be reached just now; try again in a moment";

class Faults : public SeveralServersTest {
  protected:
    // `count` accounts, signed up through the servers in turn, each with a profile.
    void sign_up_accounts(std::size_t count = kAccounts) {
        for (std::size_t a = 0; a < count; ++a) {
            std::int64_t id = 0;
            sessions_.push_back(
                signed_up(a % servers_.size(), "person" + std::to_string(a) + "@example.com", &id));
            account_ids_.push_back(id);
            ASSERT_EQ(sessions_.back().put("/api/profile", reference_profile()).status, 200);
        }
    }

    // Each account's entries as the server on `port` lists them, against what the database holds.
    void expect_listed_as_stored(const std::vector<StoredEntry>& stored, unsigned short port) {
        for (std::size_t a = 0; a < account_ids_.size(); ++a) {
            std::set<std::int64_t> own;
            for (const StoredEntry& entry : stored) {
                if (entry.account == account_ids_[a])
                    own.insert(entry.id);
            }
            std::set<std::int64_t> listed;
            const http::Response list = sessions_[a].same_account(port).get("/api/entries");
            ASSERT_EQ(list.status, 200) << describe(list);
            for (const json& entry : list.json()) listed.insert(entry["id"].get<std::int64_t>());
            EXPECT_EQ(listed, own) << "account " << account_ids_[a];
        }
    }

    void TearDown() override {
        servers_.clear();  // before their database goes
        database_.reset();
    }

    std::unique_ptr<TestDatabase> database_;  // on the shared test server, when the test uses it
    std::vector<ApiClient> sessions_;
    std::vector<std::int64_t> account_ids_;
};

auto acknowledged_write_through(unsigned short port) {
    return [port](const Outcome& outcome) {
        return outcome.port == port && outcome.write && outcome.answer == Answer::acknowledged;
    };
}

TEST_F(Faults, KillingOneOfTwoServersUnderLoadLosesNoAcknowledgedWriteAndTheOtherServesOn) {
    database_ = std::make_unique<TestDatabase>(Backend::postgresql);
    start_servers(database_->location());
    sign_up_accounts();
    // Half the writers go to each server; those of the first go on through the second once it is gone,
    // with the same session, as a load balancer would send them.
    std::vector<ServerLoad::Writer> writers;
    for (int w = 0; w < kWriters; ++w) {
        const std::size_t account = static_cast<std::size_t>(w) % kAccounts;
        if (w % 2 == 0)
            writers.push_back({account, {port(0), port(1)}});
        else
            writers.push_back({account, {port(1)}});
    }
    ServerLoad load(sessions_, writers);
    ASSERT_TRUE(eventually(
        [&] {
            return load.count(acknowledged_write_through(port(0))) >= 50 &&
                   load.count(acknowledged_write_through(port(1))) >= 50;
        },
        kDeadline))
        << "the servers did not take the load";

    server(0).signal(SIGKILL);
    ASSERT_EQ(server(0).wait_for_exit(milliseconds(10000)), 128 + SIGKILL);
    const std::size_t killed = load.recorded();
    // Every writer of the first server has moved to the second and been served there.
    ASSERT_TRUE(eventually(
        [&] {
            for (int w = 0; w < kWriters; w += 2) {
                if (load.count(
                        [&](const Outcome& o) {
                            return o.writer == w && acknowledged_write_through(port(1))(o);
                        },
                        killed) < 5)
                    return false;
            }
            return load.count(acknowledged_write_through(port(1)), killed) >= 100;
        },
        kDeadline))
        << "the second server did not serve on";
    load.stop();

    const std::vector<Outcome> outcomes = load.outcomes();
    std::size_t unanswered = 0;
    for (const Outcome& outcome : outcomes) {
        if (outcome.port == port(1)) {
            EXPECT_EQ(outcome.answer, Answer::acknowledged) << "the second server: " << describe(outcome);
        } else if (outcome.answer != Answer::acknowledged) {
            // The first server answered everything until it was killed; then its writers' requests in
            // flight went unanswered, one each.
            EXPECT_EQ(outcome.answer, Answer::unanswered) << describe(outcome);
            ++unanswered;
        }
    }
    EXPECT_EQ(unanswered, static_cast<std::size_t>(kWriters / 2))
        << "one request each, then on to the second";

    const std::vector<StoredEntry> stored = stored_entries_in_postgresql(database_->location());
    expect_stored_exactly_once(outcomes, stored, account_ids_, true);
    expect_listed_as_stored(stored, port(1));
}

// While PostgreSQL is down, whatever needs the database is answered 503 database_unavailable with
// Retry-After, through the server's every way to it: a read (a worker thread's connection), a write (the
// group commit's writer), the session check before a body is read, and a sign-in (the password pool).
void expect_unavailable(unsigned short port, const ApiClient& session) {
    const auto expect_503 = [](const http::Response& response, const std::string& what) {
        EXPECT_EQ(response.status, 503) << what << ": " << describe(response);
        if (response.status != 503)
            return;
        const json error = response.json()["error"];
        EXPECT_EQ(error["code"], "database_unavailable") << what;
        EXPECT_EQ(error["message"], kUnavailableMessage) << what;
        const std::string retry_after = response.header("retry-after").value_or("");
        EXPECT_FALSE(retry_after.empty()) << what << ": no Retry-After";
        EXPECT_EQ(retry_after.find_first_not_of("0123456789"), std::string::npos)
            << what << ": " << retry_after;
    };
    ApiClient client = session.same_account(port);
    expect_503(client.get("/api/entries"), "GET /api/entries");
    expect_503(client.get("/api/session"), "GET /api/session");
    expect_503(client.post("/api/entries", {{"kind", "water"}, {"value", 100}}), "POST /api/entries");
    expect_503(client.put("/api/profile", reference_profile()), "PUT /api/profile");
    ApiClient stranger(port);
    expect_503(stranger.post("/api/session", {{"email", "person0@example.com"}, {"password", kPassword}}),
               "POST /api/session");
    // What needs no database is served: the server itself is up.
    for (const char* target : {"/api/health", "/", "/api/exercises"}) {
        const http::Response served = stranger.get(target);
        EXPECT_EQ(served.status, 200) << target << ": " << describe(served);
    }
}

// The servers on a PostgreSQL server of the test's own, which the test stops and starts.
class OwnPostgresql : public Faults {
  protected:
    void SetUp() override {
        Faults::SetUp();
        if (IsSkipped())
            return;
        if (!PostgresqlCluster::programs())
            GTEST_SKIP() << kNoPostgresqlPrograms;
        cluster_ = std::make_unique<PostgresqlCluster>();
    }
    void TearDown() override {
        Faults::TearDown();
        cluster_.reset();
    }

    std::unique_ptr<PostgresqlCluster> cluster_;
};

// Stopped at once as a crash would (immediate), or as an operator's restart does (fast).
class PostgresqlRestart : public OwnPostgresql,
                          public ::testing::WithParamInterface<PostgresqlCluster::Stop> {};

TEST_P(PostgresqlRestart, UnderLoadRequestsFailWith503UntilTheServersReconnectByThemselvesAndNothingIsLost) {
    const bool crash = GetParam() == PostgresqlCluster::Stop::immediate;
    start_servers(cluster_->url());
    sign_up_accounts();
    std::vector<ServerLoad::Writer> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.push_back({static_cast<std::size_t>(w) % kAccounts, {port(static_cast<std::size_t>(w) % 2)}});
    ServerLoad load(sessions_, writers);
    const auto served_by_both = [&](std::size_t from, std::size_t writes) {
        return load.count(acknowledged_write_through(port(0)), from) >= writes &&
               load.count(acknowledged_write_through(port(1)), from) >= writes &&
               load.count([](const Outcome& o) { return !o.write && o.answer == Answer::acknowledged; },
                          from) >= 2;
    };
    ASSERT_TRUE(eventually([&] { return served_by_both(0, 30); }, kDeadline))
        << "the servers did not take the load";
    const std::size_t up = load.recorded();

    cluster_->stop(GetParam());
    const std::size_t stopped = load.recorded();
    const auto refused_through = [&](unsigned short port, bool write) {
        return load.count(
            [&](const Outcome& o) {
                return o.port == port && o.write == write && o.answer != Answer::acknowledged;
            },
            stopped);
    };
    ASSERT_TRUE(eventually(
        [&] {
            return refused_through(port(0), true) >= 5 && refused_through(port(1), true) >= 5 &&
                   refused_through(port(0), false) >= 1 && refused_through(port(1), false) >= 1;
        },
        kDeadline))
        << "the load was not refused while PostgreSQL was down";
    for (std::size_t s = 0; s < 2; ++s) {
        SCOPED_TRACE("server " + std::to_string(s) + ", PostgreSQL down");
        expect_unavailable(port(s), sessions_[0]);
    }

    cluster_->start();
    const std::size_t started = load.recorded();
    ASSERT_TRUE(eventually([&] { return served_by_both(started, 30); }, kDeadline))
        << "the servers did not come back by themselves";
    load.stop();

    const std::vector<Outcome> outcomes = load.outcomes();
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const Outcome& outcome = outcomes[i];
        if (i < up) {
            EXPECT_EQ(outcome.answer, Answer::acknowledged) << "PostgreSQL was up: " << describe(outcome);
        } else if (outcome.answer != Answer::acknowledged) {
            // Refused, never left without an answer, and in the one way that says what happened.
            EXPECT_EQ(outcome.answer, Answer::refused) << describe(outcome);
            EXPECT_EQ(outcome.status, 503) << describe(outcome);
            EXPECT_EQ(outcome.code, "database_unavailable") << describe(outcome);
            EXPECT_EQ(outcome.message, kUnavailableMessage) << describe(outcome);
            EXPECT_TRUE(outcome.retry_after) << describe(outcome);
        }
    }

    // Once PostgreSQL is back, nothing fails: each server's every connection has come back, not only the
    // ones the load happened to use.
    for (std::size_t s = 0; s < 2; ++s) {
        for (std::size_t a = 0; a < kAccounts; ++a) {
            ApiClient client = sessions_[a].same_account(port(s));
            EXPECT_EQ(client.get("/api/today").status, 200) << "server " << s;
            EXPECT_EQ(
                client.post("/api/entries", {{"kind", "water"}, {"value", 100}, {"note", "after"}}).status,
                201);
        }
        ApiClient again(port(s));
        EXPECT_NO_THROW(again.sign_in("person1@example.com")) << "server " << s;
    }

    // What an answer said was written is there, once; what it said was not, is not (a crash may end a
    // commit whose answer was on its way: then the entry may be there, once).
    std::vector<StoredEntry> stored = stored_entries_in_postgresql(cluster_->url());
    std::erase_if(stored, [](const StoredEntry& entry) { return entry.note == "after"; });
    expect_stored_exactly_once(outcomes, stored, account_ids_, !crash);
    expect_listed_as_stored(stored_entries_in_postgresql(cluster_->url()), port(0));
}

std::string stop_name(const ::testing::TestParamInfo<PostgresqlCluster::Stop>& stop) {
    return stop.param == PostgresqlCluster::Stop::fast ? "Fast" : "Crash";
}

INSTANTIATE_TEST_SUITE_P(Stop, PostgresqlRestart,
                         ::testing::Values(PostgresqlCluster::Stop::fast, PostgresqlCluster::Stop::immediate),
                         stop_name);

// A server idle while PostgreSQL restarts answers its next requests at once: a connection the restart
// ended is found ended before it is used, and made again (no 503 once the database is back). One worker
// thread, so that its one reading connection is the one the next read uses.
TEST_F(OwnPostgresql, AnIdleServerAnswersItsFirstRequestsAfterARestart) {
    start_servers(cluster_->url(), 1, 1);
    sign_up_accounts(1);
    ApiClient& person = sessions_[0];
    ASSERT_EQ(person.get("/api/today").status, 200);
    for (const PostgresqlCluster::Stop how :
         {PostgresqlCluster::Stop::fast, PostgresqlCluster::Stop::immediate}) {
        SCOPED_TRACE(how == PostgresqlCluster::Stop::fast ? "a restart" : "a crash and a start");
        cluster_->restart(how);
        const http::Response read = person.get("/api/today");
        EXPECT_EQ(read.status, 200) << describe(read);
        const http::Response write = person.post("/api/entries", {{"kind", "water"}, {"value", 100}});
        EXPECT_EQ(write.status, 201) << describe(write);
        // The password pool's threads have connections of their own (one or two: two sign-ins).
        ApiClient again(port(0));
        EXPECT_NO_THROW(again.sign_in("person0@example.com"));
        EXPECT_NO_THROW(again.sign_in("person0@example.com"));
    }
}

}  // namespace
}  // namespace hipfit::testing
