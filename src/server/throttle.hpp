// The throttles of sign-up, sign-in and coach invitations. Each checks and counts an attempt in one step
// under one lock: two requests at once cannot both see the last free attempt (40 parallel wrong guesses
// used to be checked 6 times against a limit of 5). Memory is bounded: each keeps at most kMaxKeys keys.
// Servers that share a database count in it instead (store::ThrottleStore), under the same rules: the
// overloads taking a store::Database choose.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/database.hpp"
#include "store/throttle_store.hpp"

namespace hipfit::server {

inline constexpr std::size_t kMaxThrottleKeys = 100'000;

// The rules of one window, in memory or in the database alike: at most `limit` attempts in a window that
// starts at the key's first attempt.
struct WindowRule {
    int limit = 0;
    std::int64_t seconds = 0;
    // Seconds until the window ends when it has used its limit; none while it may try.
    [[nodiscard]] std::optional<std::int64_t> wait(const std::optional<store::ThrottleWindow>& window,
                                                   std::int64_t now) const;
    // Counts an attempt, starting a new window when the last one has passed.
    void count(std::optional<store::ThrottleWindow>& window, std::int64_t now) const;
    // Gives back one attempt (one that succeeded and should not count).
    static void give_back(std::optional<store::ThrottleWindow>& window);
};

// A WindowRule's windows per key, in memory. Not locked: the owner locks (WindowLimiter, SignInThrottle).
class WindowCounts {
  public:
    WindowCounts(int limit, std::int64_t window_seconds) : rule_{limit, window_seconds} {}
    [[nodiscard]] const WindowRule& rule() const { return rule_; }
    [[nodiscard]] std::optional<store::ThrottleWindow> find(const std::string& key) const;
    // Keeps the key's window (forgets it when none), making room first when kMaxThrottleKeys are kept.
    void keep(const std::string& key, const std::optional<store::ThrottleWindow>& window, std::int64_t now);

  private:
    WindowRule rule_;
    std::unordered_map<std::string, store::ThrottleWindow> windows_;
};

// A throttle of its own (sign-ups per address, invitations per account): a WindowRule per key, counted in
// memory behind a lock, or in a shared database.
class WindowLimiter {
  public:
    // `name` names its windows in the database ("sign-up", "invitation").
    WindowLimiter(std::string_view name, int limit, std::int64_t window_seconds)
        : name_(name), counts_(limit, window_seconds) {}
    // Counts an attempt and answers none, or, when the key has used its limit, counts nothing and answers
    // the seconds until it may try again.
    [[nodiscard]] std::optional<std::int64_t> reserve(const std::string& key, std::int64_t now);
    // The same, in the database when other servers share it.
    [[nodiscard]] std::optional<std::int64_t> reserve(store::Database& database, const std::string& key,
                                                      std::int64_t now);

  private:
    std::string name_;
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
    // The same two, counted in the database when other servers share it.
    [[nodiscard]] std::optional<std::int64_t> reserve(store::Database& database, const std::string& account,
                                                      const std::string& address, std::int64_t now);
    void succeeded(store::Database& database, const std::string& account, const std::string& address,
                   std::int64_t now);

    // The rules on one attempt's records, wherever they are kept.
    [[nodiscard]] static std::optional<std::int64_t> reserve_on(store::SignInRecords& records,
                                                                std::int64_t now);
    static void succeeded_on(store::SignInRecords& records, std::int64_t now);

  private:
    using Pair = store::SignInPair;
    // The records of one attempt, read from memory and kept back there.
    [[nodiscard]] store::SignInRecords records_of(const std::string& key, const std::string& account,
                                                  const std::string& address) const;
    void keep(const std::string& key, const std::string& account, const std::string& address,
              const store::SignInRecords& records, std::int64_t now);
    void make_room(std::int64_t now);

    std::mutex mutex_;
    std::unordered_map<std::string, Pair> pairs_;
    WindowCounts by_address_{kFailuresPerAddress, kCapWindowSeconds};
    WindowCounts by_account_{kFailuresPerAccount, kCapWindowSeconds};
};

}  // namespace hipfit::server
