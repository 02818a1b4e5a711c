#include "server/throttle.hpp"

#include <algorithm>

namespace hipfit::server {

std::optional<std::int64_t> WindowCounts::full_for(const std::string& key, std::int64_t now) const {
    const auto found = windows_.find(key);
    if (found == windows_.end() || found->second.count < limit_)
        return std::nullopt;
    const std::int64_t left = found->second.start + window_ - now;
    return left > 0 ? std::optional(left) : std::nullopt;
}

void WindowCounts::add(const std::string& key, std::int64_t now) {
    if (windows_.size() >= kMaxThrottleKeys) {
        // Forget windows that have passed, then those that hold nobody back yet.
        std::erase_if(windows_, [&](const auto& item) { return now - item.second.start >= window_; });
        if (windows_.size() >= kMaxThrottleKeys)
            std::erase_if(windows_, [&](const auto& item) { return item.second.count < limit_; });
    }
    Window& window = windows_[key];
    if (window.count == 0 || now - window.start >= window_)
        window = {now, 0};
    ++window.count;
}

void WindowCounts::give_back(const std::string& key) {
    const auto found = windows_.find(key);
    if (found != windows_.end() && found->second.count > 0)
        --found->second.count;
}

std::optional<std::int64_t> WindowLimiter::reserve(const std::string& key, std::int64_t now) {
    std::lock_guard lock(mutex_);
    if (const std::optional<std::int64_t> wait = counts_.full_for(key, now))
        return wait;
    counts_.add(key, now);
    return std::nullopt;
}

std::int64_t SignInThrottle::delay_after(int failures) {
    if (failures < kFreeFailures)
        return 0;
    const int doublings = std::min(failures - kFreeFailures, 20);  // 2^20 s is past the longest delay
    return std::min(kLongestDelaySeconds, kFirstDelaySeconds << doublings);
}

namespace {

// The account's key first: an e-mail never holds a NUL (sign-in refuses control characters before this).
std::string pair_key(const std::string& account, const std::string& address) {
    std::string key = account;
    key += '\0';
    key += address;
    return key;
}

}  // namespace

std::optional<std::int64_t> SignInThrottle::reserve(const std::string& account, const std::string& address,
                                                    std::int64_t now) {
    const std::string key = pair_key(account, address);
    std::lock_guard lock(mutex_);
    auto found = pairs_.find(key);
    if (found != pairs_.end() && now - found->second.last_attempt >= kPairMemorySeconds &&
        found->second.known_until <= now) {
        pairs_.erase(found);
        found = pairs_.end();
    }
    const bool known = found != pairs_.end() && found->second.known_until > now;
    std::int64_t wait = found != pairs_.end() ? found->second.next_try - now : 0;
    if (!known) {
        wait = std::max({wait, by_address_.full_for(address, now).value_or(0),
                         by_account_.full_for(account, now).value_or(0)});
    }
    if (wait > 0)
        return wait;
    if (found == pairs_.end()) {
        make_room(now);
        found = pairs_.emplace(key, Pair{}).first;
    }
    Pair& pair = found->second;
    ++pair.failures;
    pair.last_attempt = now;
    pair.next_try = now + delay_after(pair.failures);
    by_address_.add(address, now);
    by_account_.add(account, now);
    return std::nullopt;
}

void SignInThrottle::succeeded(const std::string& account, const std::string& address, std::int64_t now) {
    const std::string key = pair_key(account, address);
    std::lock_guard lock(mutex_);
    auto found = pairs_.find(key);
    if (found == pairs_.end()) {
        make_room(now);
        found = pairs_.emplace(key, Pair{}).first;
    }
    found->second = Pair{0, 0, now, now + kKnownForSeconds};
    by_address_.give_back(address);
    by_account_.give_back(account);
}

void SignInThrottle::make_room(std::int64_t now) {
    if (pairs_.size() < kMaxThrottleKeys)
        return;
    const auto unknown = [now](const Pair& pair) { return pair.known_until <= now; };
    // Forget, in turn: pairs long quiet; pairs not made to wait now; then any pair not known.
    std::erase_if(pairs_, [&](const auto& item) {
        return unknown(item.second) && now - item.second.last_attempt >= kPairMemorySeconds;
    });
    if (pairs_.size() >= kMaxThrottleKeys)
        std::erase_if(pairs_,
                      [&](const auto& item) { return unknown(item.second) && item.second.next_try <= now; });
    if (pairs_.size() >= kMaxThrottleKeys)
        std::erase_if(pairs_, [&](const auto& item) { return unknown(item.second); });
}

}  // namespace hipfit::server
