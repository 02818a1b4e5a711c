// Sign-up, sign-in, the session, sign-out and password change (docs/api.md, "Sessions and CSRF").
#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "server/api_error.hpp"
#include "server/client_address.hpp"
#include "server/credentials.hpp"
#include "server/handlers/handlers.hpp"
#include "server/handlers/request_fields.hpp"
#include "server/server_state.hpp"

namespace hipfit::server::handlers {
namespace {

std::string checked_email(const nlohmann::json& body) {
    std::string email = required_string(body, "email");
    if (!acceptable_email(email))
        throw invalid("email",
                      "email: give an e-mail address such as name@example.com (no spaces or control "
                      "characters)");
    return email;
}

// A new password: 10 to 128 characters, counted as people count them (code points, not bytes); any
// printable character, in any script, but no control characters (NIST SP 800-63B §5.1.1.2).
std::string checked_password(const nlohmann::json& body, const char* field) {
    std::string password = required_string(body, field);
    const std::size_t length = character_count(password);
    if (length < kMinPasswordLength || length > kMaxPasswordLength)
        throw invalid(field, fmt::format("{}: use {} to {} characters ({} given)", field, kMinPasswordLength,
                                         kMaxPasswordLength, length));
    if (has_control_character(password))
        throw invalid(field, fmt::format("{}: use printable characters only (no tabs, line breaks or other "
                                         "control characters)",
                                         field));
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

// The first account takes over the journal the command line keeps in this database. That is for the
// person at this machine, who says so by starting the server with --claim-owner: a loopback address
// proves nothing, since a reverse proxy on the same machine makes every visitor one.
void refuse_unasked_claim(Call& call) {
    if (call.state.options().claim_owner || call.database.accounts().find_account(store::kLocalAccount))
        return;
    const auto local = call.database.journal(store::kLocalAccount);
    if (local->load_profile() || !local->entries({}).empty())
        throw forbidden(
            "this database holds the journal the command line keeps on this machine; to make it yours, "
            "restart the server with 'hipfit serve --claim-owner' and sign up again");
}

nlohmann::json account_json(const store::Account& account) {
    return {{"id", account.id},
            {"email", account.email},
            {"role", account.role == store::Role::owner ? "owner" : "member"}};
}

std::string session_cookie(const Call& call, std::string_view token, std::int64_t max_age) {
    return fmt::format("{}={}; Path=/; Max-Age={}; HttpOnly; SameSite=Strict{}", call.state.session_cookie(),
                       token, max_age, call.state.options().secure_cookies ? "; Secure" : "");
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

std::string wait_in_words(std::int64_t seconds) {
    if (seconds < 60)
        return fmt::format("{} second{}", seconds, seconds == 1 ? "" : "s");
    const std::int64_t minutes = (seconds + 59) / 60;
    return fmt::format("{} minute{}", minutes, minutes == 1 ? "" : "s");
}

// 429 with Retry-After.
Response throttled_response(std::string_view what, std::int64_t seconds) {
    Response response = error_response(429, "too_many_requests",
                                       fmt::format("{}: try again in {}", what, wait_in_words(seconds)));
    response.headers.emplace_back("Retry-After", std::to_string(seconds));
    return response;
}

// The throttle's key for an account: its e-mail, whatever its case.
std::string account_key(const std::string& email) {
    std::string key = email;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

std::string address_key(const Call& call) {
    return throttle_key(client_address(call.request, call.state.options().trusted_proxies));
}

const ApiError kWrongCredentials{401, "unauthenticated", "the e-mail or the password is wrong"};

}  // namespace

Response sign_up(Call& call) {
    refuse_cross_site(call);
    const nlohmann::json body = call.json_body();
    const std::string email = checked_email(body);
    const std::string password = checked_password(body, "password");
    refuse_unasked_claim(call);
    if (const std::optional<std::int64_t> wait =
            call.state.sign_ups.reserve(call.database, address_key(call), call.state.seconds_now()))
        return throttled_response("too many sign-ups from your address", *wait);
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
    // No account has such an e-mail or password: the same answer as a wrong one, and nothing counted.
    if (!acceptable_email(email) || character_count(password) > kMaxPasswordLength)
        throw kWrongCredentials;
    const std::int64_t now = call.state.seconds_now();
    const std::string account = account_key(email);
    const std::string address = address_key(call);
    // Counted before the password is checked, so parallel guesses cannot slip past the count.
    if (const std::optional<std::int64_t> wait =
            call.state.sign_ins.reserve(call.database, account, address, now))
        return throttled_response("too many failed sign-ins", *wait);
    const std::optional<store::Account> found = call.database.accounts().find_account_by_email(email);
    if (!found) {
        // As slow as a wrong password, with the same answer: which e-mails have accounts stays private.
        static const std::string kUnusedHash = hash_password(random_token());
        password_matches(kUnusedHash, password);
        throw kWrongCredentials;
    }
    if (!password_matches(found->password_hash, password))
        throw kWrongCredentials;
    call.state.sign_ins.succeeded(call.database, account, address, now);
    return start_session(call, *found, 200);
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
    const std::string account = account_key(call.account().email);
    const std::string address = address_key(call);
    const std::int64_t now = call.state.seconds_now();
    if (const std::optional<std::int64_t> wait =
            call.state.sign_ins.reserve(call.database, account, address, now))
        return throttled_response("too many wrong passwords", *wait);
    if (!password_matches(call.account().password_hash, current))
        throw invalid("current_password", "current_password: this is not your password");
    call.state.sign_ins.succeeded(call.database, account, address, now);
    // Every other session ends; this one stays, with the account as it is now.
    call.database.accounts().change_password(call.account().id, hash_password(next), call.session_token_hash);
    call.state.sessions.erase_account(call.account().id);
    return no_content();
}

}  // namespace hipfit::server::handlers
