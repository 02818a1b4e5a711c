#include "server/throttle.hpp"

#include <algorithm>

namespace hipfit::server {

std::optional<std::int64_t> WindowRule::wait(const std::optional<store::ThrottleWindow>& window,
                                             std::int64_t now) const {
    if (!window || window->count < limit)
        return std::nullopt;
    const std::int64_t left = window->start + seconds - now;
    return left > 0 ? std::optional(left) : std::nullopt;
}

void WindowRule::count(std::optional<store::ThrottleWindow>& window, std::int64_t now) const {
    if (!window || window->count == 0 || now - window->start >= seconds)
        window = store::ThrottleWindow{now, 0};
    ++window->count;
}

void WindowRule::give_back(std::optional<store::ThrottleWindow>& window) {
    if (window && window->count > 0)
        --window->count;
}

std::optional<store::ThrottleWindow> WindowCounts::find(const std::string& key) const {
    const auto found = windows_.find(key);
    return found == windows_.end() ? std::nullopt : std::optional(found->second);
}

void WindowCounts::keep(const std::string& key, const std::optional<store::ThrottleWindow>& window,
                        std::int64_t now) {
    if (!window) {
        windows_.erase(key);
        return;
    }
    if (windows_.size() >= kMaxThrottleKeys && !windows_.contains(key)) {
        // Forget windows that have passed, then those that hold nobody back yet.
        std::erase_if(windows_, [&](const auto& item) { return now - item.second.start >= rule_.seconds; });
        if (windows_.size() >= kMaxThrottleKeys)
            std::erase_if(windows_, [&](const auto& item) { return item.second.count < rule_.limit; });
    }
    windows_[key] = *window;
}

std::optional<std::int64_t> WindowLimiter::reserve(const std::string& key, std::int64_t now) {
    std::lock_guard lock(mutex_);
    std::optional<store::ThrottleWindow> window = counts_.find(key);
    if (const std::optional<std::int64_t> wait = counts_.rule().wait(window, now))
        return wait;
    counts_.rule().count(window, now);
    counts_.keep(key, window, now);
    return std::nullopt;
}

std::optional<std::int64_t> WindowLimiter::reserve(store::Database& database, const std::string& key,
                                                   std::int64_t now) {
    if (!database.shared_by_servers())
        return reserve(key, now);
    const WindowRule& rule = counts_.rule();
    std::optional<std::int64_t> wait;
    database.throttles().change_window(name_, key, now, rule.seconds,
                                       [&](std::optional<store::ThrottleWindow>& window) {
                                           wait = rule.wait(window, now);
                                           if (!wait)
                                               rule.count(window, now);
                                       });
    return wait;
}

std::int64_t SignInThrottle::delay_after(int failures) {
    if (failures < kFreeFailures)
        return 0;
    const int doublings = std::min(failures - kFreeFailures, 20);  // 2^20 s is past the longest delay
    return std::min(kLongestDelaySeconds, kFirstDelaySeconds << doublings);
}

namespace {

// The account's key first: an e-mail never holds a control character (sign-in refuses them before this).
std::string pair_key(const std::string& account, const std::string& address) {
    std::string key = account;
    key += '\x1f';
    key += address;
    return key;
}

const WindowRule kAddressCap{SignInThrottle::kFailuresPerAddress, SignInThrottle::kCapWindowSeconds};
const WindowRule kAccountCap{SignInThrottle::kFailuresPerAccount, SignInThrottle::kCapWindowSeconds};

}  // namespace

std::optional<std::int64_t> SignInThrottle::reserve_on(store::SignInRecords& records, std::int64_t now) {
    std::optional<Pair>& pair = records.pair;
    if (pair && now - pair->last_attempt >= kPairMemorySeconds && pair->known_until <= now)
        pair.reset();
    const bool known = pair && pair->known_until > now;
    std::int64_t wait = pair ? pair->next_try - now : 0;
    if (!known) {
        wait = std::max({wait, kAddressCap.wait(records.by_address, now).value_or(0),
                         kAccountCap.wait(records.by_account, now).value_or(0)});
    }
    if (wait > 0)
        return wait;
    if (!pair)
        pair = Pair{};
    ++pair->failures;
    pair->last_attempt = now;
    pair->next_try = now + delay_after(pair->failures);
    kAddressCap.count(records.by_address, now);
    kAccountCap.count(records.by_account, now);
    return std::nullopt;
}

void SignInThrottle::succeeded_on(store::SignInRecords& records, std::int64_t now) {
    records.pair = Pair{0, 0, now, now + kKnownForSeconds};
    WindowRule::give_back(records.by_address);
    WindowRule::give_back(records.by_account);
}

store::SignInRecords SignInThrottle::records_of(const std::string& key, const std::string& account,
                                                const std::string& address) const {
    const auto found = pairs_.find(key);
    return {found == pairs_.end() ? std::nullopt : std::optional(found->second), by_address_.find(address),
            by_account_.find(account)};
}

void SignInThrottle::keep(const std::string& key, const std::string& account, const std::string& address,
                          const store::SignInRecords& records, std::int64_t now) {
    if (records.pair) {
        if (!pairs_.contains(key))
            make_room(now);
        pairs_[key] = *records.pair;
    } else {
        pairs_.erase(key);
    }
    by_address_.keep(address, records.by_address, now);
    by_account_.keep(account, records.by_account, now);
}

std::optional<std::int64_t> SignInThrottle::reserve(const std::string& account, const std::string& address,
                                                    std::int64_t now) {
    const std::string key = pair_key(account, address);
    std::lock_guard lock(mutex_);
    store::SignInRecords records = records_of(key, account, address);
    const std::optional<std::int64_t> wait = reserve_on(records, now);
    if (!wait)
        keep(key, account, address, records, now);
    return wait;
}

void SignInThrottle::succeeded(const std::string& account, const std::string& address, std::int64_t now) {
    const std::string key = pair_key(account, address);
    std::lock_guard lock(mutex_);
    store::SignInRecords records = records_of(key, account, address);
    succeeded_on(records, now);
    keep(key, account, address, records, now);
}

std::optional<std::int64_t> SignInThrottle::reserve(store::Database& database, const std::string& account,
                                                    const std::string& address, std::int64_t now) {
    if (!database.shared_by_servers())
        return reserve(account, address, now);
    std::optional<std::int64_t> wait;
    database.throttles().change_sign_in(account, address, now, kPairMemorySeconds, kCapWindowSeconds,
                                        [&](store::SignInRecords& records) {
                                            const store::SignInRecords before = records;
                                            wait = reserve_on(records, now);
                                            if (wait)
                                                records = before;  // a refused attempt counts nothing
                                        });
    return wait;
}

void SignInThrottle::succeeded(store::Database& database, const std::string& account,
                               const std::string& address, std::int64_t now) {
    if (!database.shared_by_servers())
        return succeeded(account, address, now);
    database.throttles().change_sign_in(account, address, now, kPairMemorySeconds, kCapWindowSeconds,
                                        [&](store::SignInRecords& records) { succeeded_on(records, now); });
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
