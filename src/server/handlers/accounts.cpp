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

ApiError throttled(std::int64_t seconds) {
    return {429, "too_many_requests",
            fmt::format("too many failed sign-ins: try again in {} minute{}", (seconds + 59) / 60,
                        (seconds + 59) / 60 == 1 ? "" : "s")};
}

}  // namespace

Response sign_up(Call& call) {
    refuse_cross_site(call);
    const nlohmann::json body = call.json_body();
    const std::string email = checked_email(body);
    const std::string password = checked_password(body, "password");
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
    const std::int64_t now = call.state.seconds_now();
    std::string account_key = "account:" + email;
    for (char& c : account_key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::string address_key = "address:" + call.request.remote_address;
    const std::optional<std::int64_t> wait = call.state.account_failures.blocked_for(account_key, now);
    const std::optional<std::int64_t> address_wait =
        call.state.address_failures.blocked_for(address_key, now);
    if (wait || address_wait) {
        const std::int64_t seconds = std::max(wait.value_or(0), address_wait.value_or(0));
        ApiError error = throttled(seconds);
        Response response = error_response(error.status(), error.code(), error.what());
        response.headers.emplace_back("Retry-After", std::to_string(seconds));
        return response;
    }
    const std::optional<store::Account> account = call.database.accounts().find_account_by_email(email);
    if (!account) {
        // As slow as a wrong password, with the same answer: which e-mails have accounts stays private.
        static const std::string kUnusedHash = hash_password(random_token());
        password_matches(kUnusedHash, password);
    }
    if (!account || !password_matches(account->password_hash, password)) {
        call.state.account_failures.record_failure(account_key, now);
        call.state.address_failures.record_failure(address_key, now);
        throw ApiError(401, "unauthenticated", "the e-mail or the password is wrong");
    }
    call.state.account_failures.clear(account_key);
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
    if (!password_matches(call.account().password_hash, current))
        throw invalid("current_password", "current_password: this is not your password");
    store::Accounts& accounts = call.database.accounts();
    accounts.set_password_hash(call.account().id, hash_password(next));
    // Every other session ends; this one stays, with the account as it is now.
    accounts.delete_other_sessions(call.account().id, call.session_token_hash);
    call.state.sessions.erase_account(call.account().id);
    return no_content();
}

}  // namespace hipfit::server::handlers
