// Servers that share a database count sign-in, sign-up and invitation attempts in it (store::ThrottleStore):
// an attempt counts once whichever server it reaches, under the rules a server alone keeps in memory.
#include <gtest/gtest.h>

#include <memory>

#include "server/throttle.hpp"
#include "store/database.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::server {
namespace {

using hipfit::testing::Backend;

constexpr std::int64_t kNow = 1'000'000;

// The records kept by the database read back as written, on every store; none after forgetting.
class ThrottleRecords : public hipfit::testing::OnEveryStore {};

TEST_P(ThrottleRecords, AreKeptUntilTheyAreForgotten) {
    store::Database database(location());
    store::ThrottleStore& throttles = database.throttles();
    throttles.change_sign_in("a@example.com", "192.0.2.1", kNow, 86400, 3600,
                             [](store::SignInRecords& records) {
                                 EXPECT_FALSE(records.pair || records.by_address || records.by_account);
                                 records.pair = store::SignInPair{2, kNow + 5, kNow, 0};
                                 records.by_address = store::ThrottleWindow{kNow, 2};
                                 records.by_account = store::ThrottleWindow{kNow - 10, 1};
                             });
    throttles.change_sign_in("a@example.com", "192.0.2.1", kNow + 1, 86400, 3600,
                             [](store::SignInRecords& records) {
                                 EXPECT_EQ(records.pair, (store::SignInPair{2, kNow + 5, kNow, 0}));
                                 EXPECT_EQ(records.by_address, (store::ThrottleWindow{kNow, 2}));
                                 EXPECT_EQ(records.by_account, (store::ThrottleWindow{kNow - 10, 1}));
                             });
    // A day later the quiet pair and the passed windows are forgotten.
    throttles.change_sign_in("b@example.com", "192.0.2.2", kNow + 86400, 86400, 3600,
                             [](store::SignInRecords&) {});
    throttles.change_sign_in("a@example.com", "192.0.2.1", kNow + 86401, 86400, 3600,
                             [](store::SignInRecords& records) {
                                 EXPECT_FALSE(records.pair || records.by_address || records.by_account);
                             });
    throttles.change_window("sign-up", "192.0.2.1", kNow, 3600,
                            [](std::optional<store::ThrottleWindow>& window) {
                                EXPECT_FALSE(window);
                                window = store::ThrottleWindow{kNow, 1};
                            });
    throttles.change_window("sign-up", "192.0.2.1", kNow + 1, 3600,
                            [](std::optional<store::ThrottleWindow>& window) {
                                EXPECT_EQ(window, (store::ThrottleWindow{kNow, 1}));
                            });
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(ThrottleRecords);

// Two servers on one PostgreSQL database: each with its own memory, one count between them.
class TwoServersThrottle : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!hipfit::testing::test_postgresql_server())
            GTEST_SKIP() << "skipped: no PostgreSQL (HIPFIT_TEST_POSTGRESQL; scripts/with-postgresql)";
        database_ = std::make_unique<hipfit::testing::TestDatabase>(Backend::postgresql);
        first_ = std::make_unique<store::Database>(database_->location());
        second_ = std::make_unique<store::Database>(database_->location());
    }

    std::unique_ptr<hipfit::testing::TestDatabase> database_;
    std::unique_ptr<store::Database> first_;
    std::unique_ptr<store::Database> second_;
    SignInThrottle first_server_;
    SignInThrottle second_server_;
};

TEST_F(TwoServersThrottle, FailuresThroughEitherServerCountAgainstTheSamePair) {
    for (int failure = 0; failure < SignInThrottle::kFreeFailures; ++failure) {
        SignInThrottle& server = failure % 2 == 0 ? first_server_ : second_server_;
        store::Database& database = failure % 2 == 0 ? *first_ : *second_;
        EXPECT_EQ(server.reserve(database, "a@example.com", "192.0.2.1", kNow), std::nullopt) << failure;
    }
    // The sixth try waits a second, on the server that saw none of the five.
    EXPECT_EQ(first_server_.reserve(*first_, "a@example.com", "192.0.2.1", kNow), 1);
    EXPECT_EQ(second_server_.reserve(*second_, "a@example.com", "192.0.2.1", kNow), 1);
    EXPECT_EQ(second_server_.reserve(*second_, "a@example.com", "192.0.2.1", kNow + 1), std::nullopt);
    second_server_.succeeded(*second_, "a@example.com", "192.0.2.1", kNow + 1);
    // Signed in through the second: the first lets the pair try at once.
    EXPECT_EQ(first_server_.reserve(*first_, "a@example.com", "192.0.2.1", kNow + 1), std::nullopt);
}

TEST_F(TwoServersThrottle, ALimitedWindowIsSharedToo) {
    WindowLimiter on_first("sign-up", 2, 3600);
    WindowLimiter on_second("sign-up", 2, 3600);
    EXPECT_EQ(on_first.reserve(*first_, "192.0.2.9", kNow), std::nullopt);
    EXPECT_EQ(on_second.reserve(*second_, "192.0.2.9", kNow + 10), std::nullopt);
    EXPECT_EQ(on_first.reserve(*first_, "192.0.2.9", kNow + 20), 3580);
    EXPECT_EQ(on_second.reserve(*second_, "192.0.2.9", kNow + 3600), std::nullopt);
}

}  // namespace
}  // namespace hipfit::server
