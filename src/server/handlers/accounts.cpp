// Sign-up, sign-in, the session, sign-out and password change (docs/api.md, "Sessions and CSRF").
#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "server/api_error.hpp"
#include "server/credentials.hpp"
#include "server/handlers/handlers.hpp"
#include "server/handlers/json_fields.hpp"
#include "server/server_state.hpp"

namespace hipfit::server::handlers {
namespace {

constexpr std::string_view kCookieName = "hipfit_session";
constexpr std::size_t kMaxEmailLength = 254;  // RFC 5321 §4.5.3.1: a path is at most 256 octets with <>

std::string checked_email(const nlohmann::json& body) {
    std::string email = required_string(body, "email");
    const std::size_t at = email.find('@');
    if (email.size() > kMaxEmailLength || at == 0 || at == std::string::npos || at + 1 >= email.size() ||
        email.find_first_of(" \t\r\n") != std::string::npos)
        throw invalid("email", "email: give an e-mail address such as name@example.com");
    return email;
}

std::string checked_password(const nlohmann::json& body, const char* field) {
    std::string password = required_string(body, field);
    if (password.size() < kMinPasswordLength || password.size() > kMaxPasswordLength)
        throw invalid(
            field, fmt::format("{}: use {} to {} characters", field, kMinPasswordLength, kMaxPasswordLength));
    return password;
}

// Sign-up and sign-in come without a session, so no CSRF token: a request from another site is refused
// by its Origin, and a form cannot send application/json without a preflight this server never grants.
void refuse_cross_site(const Call& call) {
    const std::optional<std::string_view> origin = call.request.header("origin");
    const std::optional<std::string_view> host = call.request.header("host");
    if (!origin || !host)
        return;
    const std::string_view without_scheme =
        origin->substr(origin->find("://") == std::string_view::npos ? 0 : origin->find("://") + 3);
    if (without_scheme != *host)
        throw forbidden("requests from another site are refused");
}

bool loopback(std::string_view address) {
    return address.starts_with("127.") || address == "::1" || address.starts_with("::ffff:127.");
}

// The first account takes over the journal the command line keeps in this database: that is for the
// person at this machine, not for whoever reaches a server listening on the network first.
void refuse_remote_claim(Call& call) {
    if (loopback(call.request.remote_address) || call.database.accounts().find_account(store::kLocalAccount))
        return;
    const auto local = call.database.journal(store::kLocalAccount);
    if (local->load_profile() || !local->entries({}).empty())
        throw forbidden(
            "the first account takes over the journal kept on this machine: sign up on the machine itself "
            "(http://127.0.0.1)");
}

nlohmann::json account_json(const store::Account& account) {
    return {{"id", account.id},
            {"email", account.email},
            {"role", account.role == store::Role::owner ? "owner" : "member"}};
}

std::string session_cookie(const Call& call, std::string_view token, std::int64_t max_age) {
    return fmt::format("{}={}; Path=/; Max-Age={}; HttpOnly; SameSite=Strict{}", kCookieName, token, max_age,
                       call.state.options().secure_cookies ? "; Secure" : "");
}

// A new session for `account`: stored by the token's hash, the token itself only in the cookie.
Response start_session(Call& call, const store::Account& account, int status) {
    const std::string token = random_token();
    const store::SessionRecord session{account.id, random_token(),
                                       call.state.seconds_now() + kSessionLifetimeSeconds};
    call.database.accounts().create_session(token_hash(token), session);
    Response response =
        json_response(status, {{"account", account_json(account)}, {"csrf_token", session.csrf_token}});
    response.headers.emplace_back("Set-Cookie", session_cookie(call, token, kSessionLifetimeSeconds));
    return response;
}

// 429 with Retry-After.
Response throttled_response(std::int64_t seconds) {
    const std::int64_t minutes = (seconds + 59) / 60;
    Response response = error_response(
        429, "too_many_requests",
        fmt::format("too many failed attempts: try again in {} minute{}", minutes, minutes == 1 ? "" : "s"));
    response.headers.emplace_back("Retry-After", std::to_string(seconds));
    return response;
}

// The throttle's key for an account: its e-mail, whatever its case.
std::string account_key(const std::string& email) {
    std::string key = "account:" + email;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

}  // namespace

Response sign_up(Call& call) {
    refuse_cross_site(call);
    const nlohmann::json body = call.json_body();
    const std::string email = checked_email(body);
    const std::string password = checked_password(body, "password");
    refuse_remote_claim(call);
    const std::optional<store::Account> account =
        call.database.accounts().create_account(email, hash_password(password));
    if (!account)
        throw conflict("email: an account with this e-mail exists; sign in instead", "email");
    return start_session(call, *account, 201);
}

Response sign_in(Call& call) {
    refuse_cross_site(call);
    const nlohmann::json body = call.json_body();
    const std::string email = required_string(body, "email");
    const std::string password = required_string(body, "password");
    if (email.size() > kMaxEmailLength || password.size() > kMaxPasswordLength)
        throw ApiError(401, "unauthenticated", "the e-mail or the password is wrong");
    const std::int64_t now = call.state.seconds_now();
    const std::string by_account = account_key(email);
    const std::string by_address = "address:" + call.request.remote_address;
    const std::optional<std::int64_t> wait = call.state.account_failures.blocked_for(by_account, now);
    const std::optional<std::int64_t> address_wait = call.state.address_failures.blocked_for(by_address, now);
    if (wait || address_wait)
        return throttled_response(std::max(wait.value_or(0), address_wait.value_or(0)));
    const std::optional<store::Account> account = call.database.accounts().find_account_by_email(email);
    if (!account) {
        // As slow as a wrong password, with the same answer: which e-mails have accounts stays private.
        static const std::string kUnusedHash = hash_password(random_token());
        password_matches(kUnusedHash, password);
    }
    if (!account || !password_matches(account->password_hash, password)) {
        call.state.account_failures.record_failure(by_account, now);
        call.state.address_failures.record_failure(by_address, now);
        throw ApiError(401, "unauthenticated", "the e-mail or the password is wrong");
    }
    call.state.account_failures.clear(by_account);
    return start_session(call, *account, 200);
}

Response get_session(Call& call) {
    const std::optional<SessionCache::Cached> cached = call.state.sessions.find(call.session_token_hash);
    const std::optional<store::SessionRecord> session =
        cached ? std::optional(cached->session)
               : call.database.accounts().find_session(call.session_token_hash);
    return json_response(
        200, {{"account", account_json(call.account())}, {"csrf_token", session ? session->csrf_token : ""}});
}

Response sign_out(Call& call) {
    call.database.accounts().delete_session(call.session_token_hash);
    call.state.sessions.erase(call.session_token_hash);
    Response response = no_content();
    response.headers.emplace_back("Set-Cookie", session_cookie(call, "", 0));
    return response;
}

Response change_password(Call& call) {
    const nlohmann::json body = call.json_body();
    const std::string current = required_string(body, "current_password");
    const std::string next = checked_password(body, "new_password");
    // The same throttle as sign-in: a stolen session must not become a way to guess the password.
    const std::string key = account_key(call.account().email);
    const std::int64_t now = call.state.seconds_now();
    if (const std::optional<std::int64_t> wait = call.state.account_failures.blocked_for(key, now))
        return throttled_response(*wait);
    if (!password_matches(call.account().password_hash, current)) {
        call.state.account_failures.record_failure(key, now);
        throw invalid("current_password", "current_password: this is not your password");
    }
    // Every other session ends; this one stays, with the account as it is now.
    call.database.accounts().change_password(call.account().id, hash_password(next), call.session_token_hash);
    call.state.sessions.erase_account(call.account().id);
    return no_content();
}

}  // namespace hipfit::server::handlers
