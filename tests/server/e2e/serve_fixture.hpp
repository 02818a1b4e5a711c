// The fixture of the end-to-end server tests: a temporary database, the real server on it, and the
// command line on the same database with the same date (to compare the API's answers with the CLI's).
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/server/e2e/api_client.hpp"
#include "tests/server/e2e/http_client.hpp"
#include "tests/server/e2e/server_process.hpp"
#include "tests/support/process.hpp"

namespace hipfit::testing {

class ServeTest : public ::testing::Test {
  protected:
    [[nodiscard]] std::string database() const { return dir_.file("h.db"); }

    // Starts (or restarts) the server on this test's database.
    ServerProcess& start_server(std::vector<std::string> extra_args = {}) {
        server_.reset();
        server_ = std::make_unique<ServerProcess>(database(), std::move(extra_args));
        return *server_;
    }
    ServerProcess& server() { return *server_; }
    [[nodiscard]] unsigned short port() const { return server_->port(); }

    // The command line on the same database, with the same date.
    [[nodiscard]] ProcessResult hipfit(const std::vector<std::string>& args) const {
        return run_process(HIPFIT_BINARY, args,
                           {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", kServeToday}, {"HOME", dir_.path()}});
    }
    // What a command printed to stdout (it must succeed).
    [[nodiscard]] std::string cli_output(const std::vector<std::string>& args) const {
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << "hipfit " << ::testing::PrintToString(args) << ": " << result.err;
        return result.out;
    }
    [[nodiscard]] nlohmann::json cli_json(const std::vector<std::string>& args) const {
        return nlohmann::json::parse(cli_output(args));
    }

    // A signed-in account with a fresh client (the first one is the owner, account 1).
    ApiClient signed_up(const std::string& email) {
        ApiClient client(port());
        client.sign_up(email);
        return client;
    }

    TempDir dir_;
    std::unique_ptr<ServerProcess> server_;
};

// "201 {…}" for assertion messages.
inline std::string describe(const http::Response& response) {
    return std::to_string(response.status) + " " + response.body.substr(0, 500);
}

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Polls `condition` every 10 ms until it holds (true) or `timeout` passes (false).
template <class Condition>
bool eventually(Condition condition, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (!condition()) {
        if (Clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

// The header of a signed-in JSON POST to `path` announcing `content_length` bytes (the body follows
// separately, or never).
inline std::string post_header(const ApiClient& client, const std::string& path, std::size_t content_length) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + client.session_cookie() +
           "\r\nX-CSRF-Token: " + client.csrf_token() +
           "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(content_length) +
           "\r\n\r\n";
}

// Waits (at most 5 s) until the server has taken in everything sent on `connection` (the kernel holds
// nothing unread for it), then makes one whole request on another connection, so that the server has
// surely handled what it read. True when it did.
inline bool server_has_read(unsigned short port, const http::Connection& connection) {
    const unsigned short client_port = connection.local_port();
    if (!eventually([&] { return http::unread_by_server(port, client_port) == std::size_t{0}; },
                    std::chrono::milliseconds(5000)))
        return false;
    return http::Connection(port).request("GET", "/api/health").status == 200;
}

}  // namespace hipfit::testing
