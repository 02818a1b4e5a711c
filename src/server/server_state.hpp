// What lives as long as the server: its options, the clock, the sign-in throttle and the session cache.
// Shared by every worker thread; each part locks what it changes.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/date.hpp"
#include "store/accounts.hpp"

namespace hipfit::server {

class GroupCommit;

// The connections one client address (an IPv6 client by its /64) may hold at once unless
// --max-connections-per-address says otherwise: half of the default --max-connections, so that one
// client cannot take every slot.
inline constexpr std::size_t kDefaultMaxConnectionsPerAddress = 512;

struct ServerOptions {
    std::string address = "127.0.0.1";
    unsigned short port = 8080;
    std::string database_path;
    bool secure_cookies = false;  // behind TLS: cookies carry Secure
    std::size_t max_connections = 1024;
    std::size_t max_connections_per_address = kDefaultMaxConnectionsPerAddress;
    int threads = 0;  // threads that handle requests; 0: one per core (at least 2)
};

// Failed sign-ins per key (an e-mail or an address) within a window. OWASP Authentication Cheat Sheet,
// "Protect against automated attacks": limit failed attempts per account and per source.
class Throttle {
  public:
    Throttle(int limit, std::int64_t window_seconds) : limit_(limit), window_(window_seconds) {}
    // Seconds until the key may try again; none when it may try now.
    [[nodiscard]] std::optional<std::int64_t> blocked_for(const std::string& key, std::int64_t now);
    void record_failure(const std::string& key, std::int64_t now);
    void clear(const std::string& key);

    static constexpr std::size_t kMaxKeys = 100'000;

  private:
    struct Window {
        std::int64_t start = 0;
        int failures = 0;
    };
    int limit_;
    std::int64_t window_;
    std::mutex mutex_;
    std::unordered_map<std::string, Window> windows_;
};

inline constexpr int kFailuresPerAccount = 5;
inline constexpr int kFailuresPerAddress = 20;
inline constexpr std::int64_t kThrottleWindowSeconds = 15 * 60;
inline constexpr std::int64_t kSessionLifetimeSeconds = 30 * 24 * 60 * 60;

// Sessions read on every request, kept in memory after their first read; every change to a session
// goes through here, so the cache is never stale.
class SessionCache {
  public:
    struct Cached {
        store::SessionRecord session;
        store::Account account;
    };
    [[nodiscard]] std::optional<Cached> find(const std::string& token_hash);
    // Counts the sessions ended. Read it before reading a session from the database and pass it to
    // put(): a session ended meanwhile (sign-out, password change) is then not brought back.
    [[nodiscard]] std::uint64_t generation();
    void put(const std::string& token_hash, const Cached& cached, std::uint64_t read_at_generation);
    void erase(const std::string& token_hash);
    void erase_account(store::AccountId account);

  private:
    std::mutex mutex_;
    std::uint64_t generation_ = 0;
    std::unordered_map<std::string, Cached> sessions_;
};

class ServerState {
  public:
    ServerState(ServerOptions options, const core::Clock& clock,
                std::function<std::int64_t()> seconds_now = system_seconds);

    [[nodiscard]] const ServerOptions& options() const { return options_; }
    [[nodiscard]] core::Date today() const { return clock_.today(); }
    [[nodiscard]] core::TimeOfDay time_of_day() const { return clock_.time_of_day(); }
    [[nodiscard]] std::int64_t seconds_now() const { return seconds_now_(); }

    Throttle account_failures{kFailuresPerAccount, kThrottleWindowSeconds};
    Throttle address_failures{kFailuresPerAddress, kThrottleWindowSeconds};
    SessionCache sessions;
    // Set by serve(): writes to people's data are grouped into shared transactions. Without one (tests
    // that call dispatch() directly), each write commits on its own.
    GroupCommit* group_commit = nullptr;

    static std::int64_t system_seconds();

  private:
    ServerOptions options_;
    const core::Clock& clock_;
    std::function<std::int64_t()> seconds_now_;
};

}  // namespace hipfit::server
