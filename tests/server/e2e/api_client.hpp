// One person using the API: a keep-alive connection with the session cookie and CSRF token of a signed
// in account. It reconnects only when the server said it would close; it never retries a request.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "tests/server/e2e/http_client.hpp"

namespace hipfit::testing {

inline constexpr const char* kPassword = "correct horse battery";

class ApiClient {
  public:
    explicit ApiClient(unsigned short port, http::Millis timeout = http::kDefaultTimeout)
        : port_(port), timeout_(timeout) {}

    http::Response get(std::string_view target) { return send("GET", target); }
    http::Response post(std::string_view target, const nlohmann::json& body) {
        return send("POST", target, body.dump(), "application/json");
    }
    http::Response put(std::string_view target, const nlohmann::json& body) {
        return send("PUT", target, body.dump(), "application/json");
    }
    http::Response del(std::string_view target) { return send("DELETE", target); }
    // Any request; the session's cookie and CSRF token are added when there is a session.
    http::Response send(std::string_view method, std::string_view target, std::string_view body = {},
                        std::string_view content_type = {}, const http::Headers& extra = {});

    // Signs up (expects 201) and keeps the session: the account's JSON ({"id","email","role"}).
    nlohmann::json sign_up(const std::string& email, const std::string& password = kPassword);
    // Signs in (expects 200) and keeps the new session: the account's JSON.
    nlohmann::json sign_in(const std::string& email, const std::string& password = kPassword);

    // The same account's session on a connection of its own (for another thread), to this server or,
    // after a restart, to the one on `port`.
    [[nodiscard]] ApiClient same_account(unsigned short port = 0) const {
        ApiClient other(port == 0 ? port_ : port, timeout_);
        other.cookie_ = cookie_;
        other.csrf_ = csrf_;
        return other;
    }

    [[nodiscard]] const std::string& session_cookie() const { return cookie_; }
    [[nodiscard]] const std::string& csrf_token() const { return csrf_; }
    [[nodiscard]] int connections_opened() const { return connections_opened_; }
    [[nodiscard]] unsigned short port() const { return port_; }

  private:
    // POST {email, password} to `target`, expecting `status` and a new session, which it keeps.
    nlohmann::json start_session(std::string_view target, int status, const std::string& email,
                                 const std::string& password);

    unsigned short port_;
    http::Millis timeout_;
    std::optional<http::Connection> connection_;
    bool reconnect_ = true;
    int connections_opened_ = 0;
    std::string cookie_;  // "hipfit_session=…"
    std::string csrf_;
};

// The reference profile of these tests (as 'hipfit init' takes it, in JSON).
nlohmann::json reference_profile();

}  // namespace hipfit::testing
