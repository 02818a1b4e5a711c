// Writers that keep logging entries until the server is told to stop, and record what happened to each
// request: acknowledged (a whole 201), refused (the shutdown closed or refused the connection before any
// answer), or a problem (an answer cut short, or a failure before the shutdown began).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "tests/server/e2e/api_client.hpp"

namespace hipfit::testing {

class LoadUntilShutdown {
  public:
    struct Ack {
        std::int64_t id = 0;
        std::string note;  // unique per request: "writer W #I"
    };

    // Starts `writers` threads, writer w logging as accounts[w % accounts.size()] on its own connection.
    LoadUntilShutdown(const std::vector<ApiClient>& accounts, int writers);
    ~LoadUntilShutdown();
    LoadUntilShutdown(const LoadUntilShutdown&) = delete;
    LoadUntilShutdown& operator=(const LoadUntilShutdown&) = delete;

    [[nodiscard]] std::size_t acknowledged_count() const { return acknowledged_count_; }
    // Marks the shutdown as begun, then calls `send_signal`. From then on a closed or refused connection
    // ends a writer; before, it is a problem.
    void signal_shutdown(const std::function<void()>& send_signal);
    void join();

    // After join():
    [[nodiscard]] const std::vector<Ack>& acknowledged() const { return acknowledged_; }
    [[nodiscard]] const std::vector<std::string>& problems() const { return problems_; }
    [[nodiscard]] bool attempted(const std::string& note) const { return attempted_.contains(note); }

  private:
    void write(const ApiClient& account, int writer);
    void problem(std::string what);

    std::atomic<bool> shutting_down_ = false;
    std::atomic<bool> abandon_ = false;  // the test ended early: stop at once
    std::atomic<std::size_t> acknowledged_count_ = 0;
    std::mutex mutex_;
    std::vector<Ack> acknowledged_;
    std::vector<std::string> problems_;
    std::set<std::string> attempted_;
    std::vector<std::jthread> writers_;
};

}  // namespace hipfit::testing
