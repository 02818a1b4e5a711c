#include "server/response_cache.hpp"

namespace hipfit::server {

std::optional<Response> ResponseCache::find(const std::string& key, const store::Database::Stamp& stamp) {
    if (!(stamp == stamp_)) {
        answers_.clear();
        stamp_ = stamp;
        return std::nullopt;
    }
    const auto found = answers_.find(key);
    return found == answers_.end() ? std::nullopt : std::optional<Response>(found->second);
}

void ResponseCache::put(const std::string& key, const store::Database::Stamp& stamp,
                        const Response& response) {
    if (!(stamp == stamp_) || response.body.size() > kMaxBodyBytes)
        return;
    if (answers_.size() >= kMaxEntries)
        answers_.clear();
    answers_[key] = response;
}

}  // namespace hipfit::server
