#include "server/server_state.hpp"

#include <chrono>

namespace hipfit::server {

std::optional<SessionCache::Cached> SessionCache::find(const std::string& token_hash) {
    std::lock_guard lock(mutex_);
    const auto found = sessions_.find(token_hash);
    return found == sessions_.end() ? std::nullopt : std::optional<Cached>(found->second);
}

std::uint64_t SessionCache::generation() {
    std::lock_guard lock(mutex_);
    return generation_;
}

void SessionCache::put(const std::string& token_hash, const Cached& cached,
                       std::uint64_t read_at_generation) {
    std::lock_guard lock(mutex_);
    if (read_at_generation == generation_)
        sessions_[token_hash] = cached;
}

void SessionCache::erase(const std::string& token_hash) {
    std::lock_guard lock(mutex_);
    ++generation_;
    sessions_.erase(token_hash);
}

void SessionCache::erase_account(store::AccountId account) {
    std::lock_guard lock(mutex_);
    ++generation_;
    std::erase_if(sessions_, [account](const auto& item) { return item.second.account.id == account; });
}

ServerState::ServerState(ServerOptions options, const core::Clock& clock,
                         std::function<std::int64_t()> seconds_now)
    : options_(std::move(options)), clock_(clock), seconds_now_(std::move(seconds_now)) {}

std::int64_t ServerState::system_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace hipfit::server
