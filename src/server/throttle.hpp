// The throttles of sign-up, sign-in and coach invitations. Each checks and counts an attempt in one step
// under one lock: two requests at once cannot both see the last free attempt (40 parallel wrong guesses
// used to be checked 6 times against a limit of 5). Memory is bounded: each keeps at most kMaxKeys keys.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace hipfit::server {

inline constexpr std::size_t kMaxThrottleKeys = 100'000;

// At most `limit` attempts per key in a window that starts at the key's first attempt. Not locked: the
// owner locks (WindowLimiter, SignInThrottle).
class WindowCounts {
  public:
    WindowCounts(int limit, std::int64_t window_seconds) : limit_(limit), window_(window_seconds) {}
    // Seconds until the key's window ends when it has used its limit; none while it may try.
    [[nodiscard]] std::optional<std::int64_t> full_for(const std::string& key, std::int64_t now) const;
    void add(const std::string& key, std::int64_t now);
    // Gives back one attempt (one that succeeded and should not count).
    void give_back(const std::string& key);

  private:
    struct Window {
        std::int64_t start = 0;
        int count = 0;
    };
    int limit_;
    std::int64_t window_;
    std::unordered_map<std::string, Window> windows_;
};

// WindowCounts behind a lock, for a throttle of its own (sign-ups per address, invitations per account).
class WindowLimiter {
  public:
    WindowLimiter(int limit, std::int64_t window_seconds) : counts_(limit, window_seconds) {}
    // Counts an attempt and answers none, or, when the key has used its limit, counts nothing and answers
    // the seconds until it may try again.
    [[nodiscard]] std::optional<std::int64_t> reserve(const std::string& key, std::int64_t now);

  private:
    std::mutex mutex_;
    WindowCounts counts_;
};

// Sign-in (and a password change's current password). Instead of locking an account after a few
// failures — which lets anyone lock its owner out — each (account, address) pair gets a few free tries,
// then waits longer after every failure: 1 s, 2 s, 4 s … up to 15 minutes (OWASP ASVS 4.0.3 V2.2.1,
// NIST SP 800-63B §5.2.2). Two generous caps stop guessing spread wide: per address (password spraying,
// many accounts from one place) and per account (ASVS V2.2.1: at most 100 failures an hour on one
// account, from however many addresses). Neither cap stops a pair that signed in before — the owner at
// home, people behind a shared proxy who were signed in — so an attacker who reaches a cap locks out
// only newcomers, and only for the rest of the hour.
class SignInThrottle {
  public:
    // A person who mistypes gets this many tries before any wait.
    static constexpr int kFreeFailures = 5;
    static constexpr std::int64_t kFirstDelaySeconds = 1;
    static constexpr std::int64_t kLongestDelaySeconds = 15 * 60;
    // A pair's failures are forgotten a day after its last attempt.
    static constexpr std::int64_t kPairMemorySeconds = 24 * 60 * 60;
    // A pair that signed in is known for as long as a session lives.
    static constexpr std::int64_t kKnownForSeconds = 30 * 24 * 60 * 60;
    // Per address: a household or an office behind one address mistypes far less than this in an hour.
    static constexpr int kFailuresPerAddress = 100;
    // Per account: OWASP ASVS 4.0.3 V2.2.1, "no more than 100 failed attempts per hour".
    static constexpr int kFailuresPerAccount = 100;
    static constexpr std::int64_t kCapWindowSeconds = 60 * 60;

    // The wait before the next try after `failures` failures in a row.
    [[nodiscard]] static std::int64_t delay_after(int failures);

    // Reserves one attempt for the account (its key) from the address, counted as a failure until
    // succeeded() says otherwise; or, when it must wait, counts nothing and answers the seconds to wait.
    [[nodiscard]] std::optional<std::int64_t> reserve(const std::string& account, const std::string& address,
                                                      std::int64_t now);
    // The reserved attempt was right: the pair's failures are forgotten, the pair is known, and the
    // attempt no longer counts against the caps.
    void succeeded(const std::string& account, const std::string& address, std::int64_t now);

  private:
    struct Pair {
        int failures = 0;
        std::int64_t next_try = 0;
        std::int64_t last_attempt = 0;
        std::int64_t known_until = 0;
    };
    void make_room(std::int64_t now);

    std::mutex mutex_;
    std::unordered_map<std::string, Pair> pairs_;
    WindowCounts by_address_{kFailuresPerAddress, kCapWindowSeconds};
    WindowCounts by_account_{kFailuresPerAccount, kCapWindowSeconds};
};

}  // namespace hipfit::server
