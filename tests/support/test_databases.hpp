// The stores a test runs on: SQLite always, PostgreSQL too when a test server is given (scripts/test starts
// a throwaway one and sets HIPFIT_TEST_POSTGRESQL to its URL). A suite instantiated with
// every_backend() runs each test on each store: the same test, not a copy.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "tests/support/process.hpp"

namespace hipfit::testing {

enum class Backend { sqlite, postgresql };

// The PostgreSQL server's URL from HIPFIT_TEST_POSTGRESQL; none when unset or empty.
[[nodiscard]] std::optional<std::string> test_postgresql_server();

// SQLite, and PostgreSQL when there is a test server.
[[nodiscard]] std::vector<Backend> available_backends();
inline auto every_backend() {
    return ::testing::ValuesIn(available_backends());
}
// "SQLite" or "PostgreSQL", for the tests' names.
std::string backend_name(const ::testing::TestParamInfo<Backend>& info);

// A new, empty database for one test: a file in a temporary folder on SQLite; on PostgreSQL a schema of its
// own on the test server (the URL sets its search_path), dropped with everything in it at the end.
class TestDatabase {
  public:
    explicit TestDatabase(Backend backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    [[nodiscard]] Backend backend() const { return backend_; }
    // A path or a postgresql:// URL, as --db takes it.
    [[nodiscard]] const std::string& location() const { return location_; }
    // Another location of the same backend, for a second database (a copy's target).
    [[nodiscard]] const TempDir& dir() const { return dir_; }

  private:
    Backend backend_;
    TempDir dir_;
    std::string schema_;
    std::string location_;
};

// A suite whose every test runs on each store, each on a new database.
class OnEveryStore : public ::testing::TestWithParam<Backend> {
  protected:
    [[nodiscard]] const std::string& location() const { return database_.location(); }
    [[nodiscard]] bool on_sqlite() const { return GetParam() == Backend::sqlite; }

    TestDatabase database_{GetParam()};
};

}  // namespace hipfit::testing

#define HIPFIT_INSTANTIATE_ON_EVERY_STORE(suite)                               \
    INSTANTIATE_TEST_SUITE_P(Store, suite, ::hipfit::testing::every_backend(), \
                             ::hipfit::testing::backend_name)
