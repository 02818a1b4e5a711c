// The throttles' counts (server/throttle.hpp) kept in the database, for servers that share one: each
// attempt is counted once whichever server it reaches, and two servers never both let the last free
// attempt through. A server alone keeps them in memory instead.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace hipfit::store {

// Attempts counted in a window that starts at the key's first attempt.
struct ThrottleWindow {
    std::int64_t start = 0;  // seconds since the epoch
    int count = 0;
    bool operator==(const ThrottleWindow&) const = default;
};

// One (account, address) pair's sign-in attempts.
struct SignInPair {
    int failures = 0;
    std::int64_t next_try = 0;
    std::int64_t last_attempt = 0;
    std::int64_t known_until = 0;  // signed in from there: the caps do not hold it back until then
    bool operator==(const SignInPair&) const = default;
};

// What a sign-in attempt is decided on: its pair and the two caps' windows (none: nothing counted yet).
struct SignInRecords {
    std::optional<SignInPair> pair;
    std::optional<ThrottleWindow> by_address;
    std::optional<ThrottleWindow> by_account;
};

class ThrottleStore {
  public:
    virtual ~ThrottleStore() = default;

    // Reads the window of `key` in the limiter named `limiter`, lets `change` decide on it (none: forget
    // it) and writes it back, while no other server changes it. Windows of the limiter older than
    // `window_seconds` are forgotten.
    virtual void change_window(std::string_view limiter, const std::string& key, std::int64_t now,
                               std::int64_t window_seconds,
                               const std::function<void(std::optional<ThrottleWindow>&)>& change) = 0;

    // The same for a sign-in: the pair of `account` and `address`, and the windows of the caps per address
    // and per account (limiters "sign-in-address" and "sign-in-account"). Pairs quiet for `pair_memory`
    // seconds and not known are forgotten, as are windows older than `window_seconds`.
    virtual void change_sign_in(const std::string& account, const std::string& address, std::int64_t now,
                                std::int64_t pair_memory, std::int64_t window_seconds,
                                const std::function<void(SignInRecords&)>& change) = 0;
};

}  // namespace hipfit::store
