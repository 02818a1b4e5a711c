// What lives as long as the server: its options, the clock, the throttles, the session and response caches.
// Shared by every worker thread; each part locks what it changes.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/planned_sessions.hpp"
#include "core/base/date.hpp"
#include "server/response_cache.hpp"
#include "server/throttle.hpp"
#include "store/accounts.hpp"

namespace hipfit::server {

class GroupCommit;
class PasswordPool;

// The connections one client address (an IPv6 client by its /64) may hold at once unless
// --max-connections-per-address says otherwise: half of the default --max-connections, so that one
// client cannot take every slot.
inline constexpr std::size_t kDefaultMaxConnectionsPerAddress = 512;

struct ServerOptions {
    std::string address = "127.0.0.1";
    unsigned short port = 8080;
    std::string database_location;
    bool secure_cookies = false;  // behind TLS: cookies carry Secure and the __Host- prefix
    // Reverse proxies whose X-Forwarded-For is believed (normalized addresses, client_address.hpp).
    std::vector<std::string> trusted_proxies;
    // The first account to sign up may take over the journal the command line keeps in the database.
    bool claim_owner = false;
    std::size_t max_connections = 1024;
    std::size_t max_connections_per_address = kDefaultMaxConnectionsPerAddress;
    int threads = 0;  // threads that handle requests; 0: one per core (at least 2)
};

inline constexpr std::int64_t kSessionLifetimeSeconds = 30 * 24 * 60 * 60;

// Sign-ups per client address an hour. Each costs an argon2id hash and a row, and eight anonymous loops
// made 113 accounts in 21 s; a household or a small group signing up together from one address stays
// under it. It also bounds how fast sign-up's "this e-mail is taken" (409) can be used to learn which
// e-mails have accounts (docs/api.md).
inline constexpr int kSignUpsPerAddress = 20;
inline constexpr std::int64_t kSignUpWindowSeconds = 60 * 60;
// Coach invitations per account an hour: far more than a person invites, few enough that inviting
// cannot be used to test many e-mails for an account.
inline constexpr int kInvitationsPerAccount = 20;
inline constexpr std::int64_t kInvitationWindowSeconds = 60 * 60;

// The session cookie's name. Behind TLS (--secure-cookies) it carries the __Host- prefix, which browsers
// accept only with Secure, Path=/ and no Domain: no subdomain, and no page served over plain HTTP, can
// set or overwrite it (OWASP ASVS 4.0.3 V3.4.4; RFC 6265bis §4.1.3.2).
inline constexpr std::string_view kSessionCookie = "hipfit_session";
inline constexpr std::string_view kSecureSessionCookie = "__Host-hipfit_session";

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

    [[nodiscard]] std::string_view session_cookie() const {
        return options_.secure_cookies ? kSecureSessionCookie : kSessionCookie;
    }

    SignInThrottle sign_ins;
    WindowLimiter sign_ups{"sign-up", kSignUpsPerAddress, kSignUpWindowSeconds};
    WindowLimiter invitations{"invitation", kInvitationsPerAccount, kInvitationWindowSeconds};
    SessionCache sessions;
    ResponseCache responses;
    app::PlannedSessions planned_sessions;
    // Set by serve(): writes to people's data are grouped into shared transactions. Without one (tests
    // that call dispatch() directly), each write commits on its own.
    GroupCommit* group_commit = nullptr;
    // Set by serve(): sign-up, sign-in and password changes run there. Without one, on the caller's thread.
    PasswordPool* password_pool = nullptr;

    static std::int64_t system_seconds();

  private:
    ServerOptions options_;
    const core::Clock& clock_;
    std::function<std::int64_t()> seconds_now_;
};

}  // namespace hipfit::server
