#include "tests/support/test_databases.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdlib>

#include <fmt/format.h>

#include "store/postgresql.hpp"

namespace hipfit::testing {

std::optional<std::string> test_postgresql_server() {
    const char* url = std::getenv("HIPFIT_TEST_POSTGRESQL");
    if (url == nullptr || *url == '\0')
        return std::nullopt;
    return std::string(url);
}

std::vector<Backend> available_backends() {
    if (test_postgresql_server())
        return {Backend::sqlite, Backend::postgresql};
    return {Backend::sqlite};
}

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
    return info.param == Backend::sqlite ? "SQLite" : "PostgreSQL";
}

namespace {

std::string with_search_path(const std::string& url, const std::string& schema) {
    const char joiner = url.find('?') == std::string::npos ? '?' : '&';
    return fmt::format("{}{}options=-csearch_path%3D{}", url, joiner, schema);
}

std::string next_schema() {
    static std::atomic<int> count = 0;
    return fmt::format("hipfit_test_{}_{}", ::getpid(), ++count);
}

}  // namespace

TestDatabase::TestDatabase(Backend backend) : backend_(backend) {
    if (backend == Backend::sqlite) {
        location_ = dir_.file("hipfit.db");
        return;
    }
    const std::string server = test_postgresql_server().value();
    schema_ = next_schema();
    store::postgresql::Connection admin(server);
    // The name is made here from a number, never from input.
    admin.execute(fmt::format("DROP SCHEMA IF EXISTS {0} CASCADE; CREATE SCHEMA {0}", schema_));
    location_ = with_search_path(server, schema_);
}

TestDatabase::~TestDatabase() {
    if (schema_.empty())
        return;
    try {
        store::postgresql::Connection admin(test_postgresql_server().value());
        admin.execute(fmt::format("DROP SCHEMA IF EXISTS {} CASCADE", schema_));
    } catch (...) {  // the throwaway server goes with its folder anyway
    }
}

}  // namespace hipfit::testing
