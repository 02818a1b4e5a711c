// Answers to GET requests, kept per worker thread while the database stays as it was: a person who opens
// the app many times a day costs one computation, not one each time. Any commit, from this server or
// from the command line, invalidates every answer (store::Database::Stamp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>

#include "server/http.hpp"
#include "store/database.hpp"

namespace hipfit::server {

class ResponseCache {
  public:
    static constexpr std::size_t kMaxEntries = 256;
    static constexpr std::size_t kMaxBodyBytes = 64 * 1024;

    [[nodiscard]] std::optional<Response> find(const std::string& key, const store::Database::Stamp& stamp);
    void put(const std::string& key, const store::Database::Stamp& stamp, const Response& response);

  private:
    store::Database::Stamp stamp_;
    std::unordered_map<std::string, Response> answers_;
};

}  // namespace hipfit::server
