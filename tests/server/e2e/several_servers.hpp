// The fixture of the tests of several 'hipfit serve' processes on one PostgreSQL database: the real
// binaries, started one after the other on the same URL, each on a port of its own. The tests skip
// ("skipped: no PostgreSQL") without a PostgreSQL test server (./scripts/with-postgresql gives one).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "tests/server/e2e/api_client.hpp"
#include "tests/server/e2e/server_process.hpp"
#include "tests/support/postgresql_cluster.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::testing {

inline constexpr const char* kNoPostgresql =
    "skipped: no PostgreSQL (HIPFIT_TEST_POSTGRESQL is unset or empty: run the tests through "
    "./scripts/with-postgresql, with the postgresql package installed)";
inline constexpr const char* kNoPostgresqlPrograms =
    "skipped: no PostgreSQL programs (initdb, pg_ctl) to make a server of the test's own";

class SeveralServersTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!test_postgresql_server())
            GTEST_SKIP() << kNoPostgresql;
    }

    // Starts `count` servers on the database at `url`, one after the other (the first migrates it), each
    // with `threads` worker threads.
    void start_servers(const std::string& url, int count = 2, int threads = 3) {
        for (int i = 0; i < count; ++i) {
            servers_.push_back(std::make_unique<ServerProcess>(
                url, std::vector<std::string>{"--threads", std::to_string(threads)}));
        }
    }
    ServerProcess& server(std::size_t i) { return *servers_.at(i); }
    [[nodiscard]] unsigned short port(std::size_t i) const { return servers_.at(i)->port(); }

    // Signs up `email` through server `i`: the session, and the account's id.
    ApiClient signed_up(std::size_t i, const std::string& email, std::int64_t* id = nullptr) {
        ApiClient client(port(i));
        const nlohmann::json account = client.sign_up(email);
        if (id != nullptr)
            *id = account.at("id").get<std::int64_t>();
        return client;
    }

    std::vector<std::unique_ptr<ServerProcess>> servers_;
};

}  // namespace hipfit::testing
