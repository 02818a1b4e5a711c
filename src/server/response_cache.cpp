#include "server/response_cache.hpp"

namespace hipfit::server {
namespace {

// What an answer costs besides its text: the list and map nodes, the strings' own allocations.
constexpr std::size_t kBookkeepingBytes = 256;

std::size_t size_of(const std::string& key, const Response& response) {
    std::size_t bytes =
        kBookkeepingBytes + 2 * key.size() + response.body.size() + response.content_type.size();
    for (const auto& [name, value] : response.headers) bytes += name.size() + value.size() + 64;
    return bytes;
}

}  // namespace

std::optional<Response> ResponseCache::find(const std::string& key, const store::Database::Stamp& stamp) {
    const std::lock_guard lock(mutex_);
    const auto found = index_.find(key);
    if (found == index_.end())
        return std::nullopt;
    if (!(found->second->stamp == stamp)) {
        forget(found->second);
        return std::nullopt;
    }
    order_.splice(order_.begin(), order_, found->second);
    return found->second->response;
}

void ResponseCache::put(const std::string& key, const store::Database::Stamp& stamp,
                        const Response& response) {
    if (response.body.size() > kMaxBodyBytes)
        return;
    const std::size_t bytes = size_of(key, response);
    if (bytes > max_bytes_)
        return;
    Order kept;  // copied before the lock is taken: the other threads wait only for the list's links
    kept.push_front(Kept{key, stamp, response, bytes});
    const std::lock_guard lock(mutex_);
    if (const auto found = index_.find(key); found != index_.end())
        forget(found->second);
    while (bytes_ + bytes > max_bytes_) forget(std::prev(order_.end()));
    order_.splice(order_.begin(), kept);
    index_[key] = order_.begin();
    bytes_ += bytes;
}

std::size_t ResponseCache::bytes() const {
    const std::lock_guard lock(mutex_);
    return bytes_;
}

std::size_t ResponseCache::size() const {
    const std::lock_guard lock(mutex_);
    return index_.size();
}

void ResponseCache::forget(Order::iterator kept) {
    bytes_ -= kept->bytes;
    index_.erase(kept->key);
    order_.erase(kept);
}

}  // namespace hipfit::server
