// The server's threads share one response cache (src/server/response_cache.hpp): an answer made on one
// thread serves the next request on any, and none is ever given for another request or another version
// of its account than the one it was made for.
#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "server/response_cache.hpp"
#include "store/database.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::server {
namespace {

using hipfit::testing::Backend;
using hipfit::testing::TestDatabase;

Response answer_for(const std::string& key, const store::Database::Stamp& stamp) {
    Response response;
    response.status = 200;
    response.content_type = "application/json";
    response.body = key + "@" + std::to_string(stamp.version) + std::string(stamp.version % 7 * 100, 'x');
    return response;
}

TEST(SharedResponseCache, ThreadsNeverGetAnAnswerMadeForAnotherRequestOrVersion) {
    // Small enough that answers are evicted all the time while four threads look up and keep them.
    ResponseCache cache(64 * 1024);
    std::atomic<int> wrong = 0;
    std::atomic<int> hits = 0;
    std::vector<std::thread> threads;
    for (unsigned seed = 1; seed <= 4; ++seed) {
        threads.emplace_back([&cache, &wrong, &hits, seed] {
            std::mt19937 random(seed);
            for (int i = 0; i < 20000; ++i) {
                const std::string key = "account|" + std::to_string(random() % 50);
                const store::Database::Stamp stamp{1, 7, static_cast<std::int64_t>(random() % 3)};
                if (const std::optional<Response> kept = cache.find(key, stamp)) {
                    ++hits;
                    if (kept->body != answer_for(key, stamp).body)
                        ++wrong;
                } else {
                    cache.put(key, stamp, answer_for(key, stamp));
                }
            }
        });
    }
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_GT(hits.load(), 0);
    EXPECT_LE(cache.bytes(), 64U * 1024U);
}

class DatabaseStamps : public ::testing::TestWithParam<Backend> {
  protected:
    TestDatabase database_{GetParam()};
};

// Each of a server's threads has its own Database on the same location: their stamps must agree, or no
// thread could use another's answers.
TEST_P(DatabaseStamps, TwoConnectionsToOneDatabaseStampAnAccountAlike) {
    store::Database first(database_.location());
    store::Database second(database_.location());
    EXPECT_EQ(first.stamp(1), second.stamp(1));
    EXPECT_FALSE(first.stamp(1) == first.stamp(2));
}

TEST_P(DatabaseStamps, TwoDatabasesNeverStampAlike) {
    TestDatabase other(GetParam());
    store::Database first(database_.location());
    store::Database second(other.location());
    EXPECT_FALSE(first.stamp(1) == second.stamp(1));
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(DatabaseStamps);

}  // namespace
}  // namespace hipfit::server
