// Answers to GET requests, kept by the server while the account they are about stays as it was: a
// person who opens the app many times a day costs one computation, not one each time. A write to an
// account, from this server, another server on the same database or the command line, invalidates that
// account's answers only (store::Database::Stamp). Bounded by memory: the least recently used answers go
// first. Shared by the server's threads (one lock, held to look up or copy an answer): an answer made on
// one thread serves the next request on any, so a write costs one computation, not one per thread.
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "server/http.hpp"
#include "store/database.hpp"

namespace hipfit::server {

class ResponseCache {
  public:
    // The memory the answers may hold: a year's report is ~100 KB unkept (kMaxBodyBytes), today's page a
    // few KB, so this keeps the common answers of some thousands of people.
    static constexpr std::size_t kDefaultMaxBytes = 32 * 1024 * 1024;
    static constexpr std::size_t kMaxBodyBytes = 64 * 1024;

    explicit ResponseCache(std::size_t max_bytes = kDefaultMaxBytes) : max_bytes_(max_bytes) {}

    [[nodiscard]] std::optional<Response> find(const std::string& key, const store::Database::Stamp& stamp);
    void put(const std::string& key, const store::Database::Stamp& stamp, const Response& response);

    [[nodiscard]] std::size_t bytes() const;
    [[nodiscard]] std::size_t size() const;

  private:
    struct Kept {
        std::string key;
        store::Database::Stamp stamp;
        Response response;
        std::size_t bytes = 0;
    };
    using Order = std::list<Kept>;  // most recently used first

    void forget(Order::iterator kept);

    mutable std::mutex mutex_;
    std::size_t max_bytes_;
    std::size_t bytes_ = 0;
    Order order_;
    std::unordered_map<std::string, Order::iterator> index_;
};

}  // namespace hipfit::server
