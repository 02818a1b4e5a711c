// dispatch(): the one place where a request meets the route table, the session and CSRF checks, the
// access rule, and where every error becomes a status and the one JSON error shape.
#include <charconv>
#include <future>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/own_exercises.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "io/json_parse.hpp"
#include "server/api_error.hpp"
#include "server/conditional_get.hpp"
#include "server/credentials.hpp"
#include "server/group_commit.hpp"
#include "server/handlers/handlers.hpp"
#include "server/password_pool.hpp"
#include "server/response_cache.hpp"
#include "server/routes.hpp"
#include "server/server_state.hpp"
#include "store/errors.hpp"

namespace hipfit::server {
namespace {

// Splits "/api/entries/12" and matches it against "/api/entries/{id}", collecting the parameters.
bool matches(std::string_view pattern, std::string_view path, std::vector<std::string>& parameters) {
    parameters.clear();
    while (!pattern.empty() || !path.empty()) {
        if (pattern.empty() || path.empty() || pattern.front() != '/' || path.front() != '/')
            return false;
        pattern.remove_prefix(1);
        path.remove_prefix(1);
        const std::string_view pattern_segment = pattern.substr(0, pattern.find('/'));
        const std::string_view path_segment = path.substr(0, path.find('/'));
        if (pattern_segment.starts_with('{')) {
            if (path_segment.empty())
                return false;
            parameters.emplace_back(path_segment);
        } else if (pattern_segment != path_segment) {
            return false;
        }
        pattern.remove_prefix(pattern_segment.size());
        path.remove_prefix(path_segment.size());
    }
    return true;
}

bool changes_state(std::string_view method) {
    return method != "GET" && method != "HEAD";
}

// The signed-in account behind the session cookie, from the cache or the database.
std::optional<SessionCache::Cached> find_session(Call& call) {
    // Only the name in use: with --secure-cookies a cookie without the __Host- prefix may have been set
    // by a subdomain or over plain HTTP, and is not read.
    const std::optional<std::string> token = call.request.cookie(call.state.session_cookie());
    if (!token || token->empty())
        return std::nullopt;
    const std::string hash = token_hash(*token);
    // Servers that share a database each read the session afresh: a sign-out or a password change through
    // another server ends it here at once.
    const bool keep_in_memory = !call.database.shared_by_servers();
    std::optional<SessionCache::Cached> cached =
        keep_in_memory ? call.state.sessions.find(hash) : std::nullopt;
    if (!cached) {
        const std::uint64_t generation = call.state.sessions.generation();
        store::Accounts& accounts = call.database.accounts();
        const std::optional<store::SessionRecord> session = accounts.find_session(hash);
        const std::optional<store::Account> account =
            session ? accounts.find_account(session->account) : std::nullopt;
        if (!account)
            return std::nullopt;
        cached = SessionCache::Cached{*session, *account};
        if (keep_in_memory)
            call.state.sessions.put(hash, *cached, generation);
    }
    if (cached->session.expires_at <= call.state.seconds_now()) {
        call.state.sessions.erase(hash);
        call.database.accounts().delete_session(hash);
        return std::nullopt;
    }
    call.session_token_hash = hash;
    return cached;
}

store::AccountId requested_account(const Call& call) {
    const std::optional<std::string_view> text = call.request.query_value("account");
    if (!text)
        return call.caller->id;
    store::AccountId id = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), id);
    if (error != std::errc() || end != text->data() + text->size() || id <= 0)
        throw invalid("account", fmt::format("account: '{}' is not an account id", core::printable(*text)));
    return id;
}

// Whose data a signed-in caller acts on: their own, or with ?account= an active client's where `access`
// allows it.
void choose_subject(Call& call, Access access) {
    call.subject = call.caller->id;
    if (access == Access::signed_in)
        return;
    const store::AccountId requested = requested_account(call);
    if (requested == call.caller->id)
        return;
    if (access == Access::self)
        throw forbidden("only the account's owner may do this");
    if (!call.database.accounts().is_active_coach(call.caller->id, requested))
        throw forbidden(fmt::format("you are not a coach of account {}", requested));
    call.subject = requested;
}

// Who the call is about, and whether the caller may act on them: the one access check.
void authorize(Call& call, Access access) {
    if (access == Access::anyone)
        return;
    if (access == Access::anyone_or_self_or_coach) {
        // A signed-in reader of the catalog sees their own exercises in it (a coach, with ?account=, a
        // client's); nothing is refused without a session.
        if (const std::optional<SessionCache::Cached> session = find_session(call)) {
            call.caller = session->account;
            choose_subject(call, Access::self_or_coach);
        }
        return;
    }
    const std::optional<SessionCache::Cached> session = find_session(call);
    if (!session)
        throw ApiError(401, "unauthenticated", "sign in first");
    call.caller = session->account;
    if (changes_state(call.request.method)) {
        const std::optional<std::string_view> csrf = call.request.header("x-csrf-token");
        if (!csrf || !same_secret(*csrf, session->session.csrf_token))
            throw forbidden("the X-CSRF-Token header is missing or does not match this session");
    }
    choose_subject(call, access);
}

// GET answers about a person's data or the catalog depend only on the database, the day and the
// request; the session's own answers (GET /api/session, coach lists) are not kept.
bool cacheable(const Route& route) {
    return route.method == "GET" && route.access != Access::signed_in && route.access != Access::self;
}

Response cached_or_made(const Route& route, Call& call) {
    if (!cacheable(route))
        return route.handler(call);
    ResponseCache& cache = call.state.responses;
    std::string key =
        fmt::format("{}|{}|{}|", call.subject, core::format_date(call.today), call.request.path);
    // Escaped, so "a=1%26b" is not "a=1&b"; bytes that are not UTF-8 replaced rather than thrown about.
    key += nlohmann::json(call.request.query).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // An answer about no one (the catalog without a session, the web app's files, the health check) does
    // not depend on the database, and is given while the database is out of reach.
    const store::Database::Stamp stamp =
        call.subject == 0 ? store::Database::Stamp{} : call.database.stamp(call.subject);
    if (std::optional<Response> kept = cache.find(key, stamp))
        return *kept;
    Response response = route.handler(call);
    if (response.status == 200)
        cache.put(key, stamp, response);
    return response;
}

Response handle(const Route& route, Call& call) {
    return answer_conditionally(call.request, cached_or_made(route, call));
}

// Runs `work`, turning every error into a status and the one JSON error shape.
template <class Work>
Response guarded(Work&& work) {
    try {
        return work();
    } catch (const ApiError& error) {
        return error_response(error.status(), error.code(), error.what(), error.field());
    } catch (const core::SafetyRefusal& refusal) {
        const ApiError error = api_error(refusal);
        return error_response(error.status(), error.code(), error.what(), error.field());
    } catch (const core::InvalidInput& input) {
        const ApiError error = api_error(input);
        return error_response(error.status(), error.code(), error.what(), error.field());
    } catch (const store::StoreUnavailable&) {
        // PostgreSQL restarting or out of reach: nothing was written, and the next try may succeed.
        Response busy = error_response(503, "database_unavailable",
                                       "the database cannot be reached just now; try again in a moment");
        busy.headers.emplace_back("Retry-After", "2");
        return busy;
    } catch (const store::StoreConflict&) {
        // Two servers wrote the same rows at once and PostgreSQL stopped one: nothing of it was written.
        Response busy = error_response(503, "write_conflict", "another change met this one; try again");
        busy.headers.emplace_back("Retry-After", "1");
        return busy;
    } catch (const store::StoreError&) {
        // The message may name a path or SQL: people see only that it failed.
        return error_response(500, "internal", "the database could not be read or written; try again");
    } catch (const std::exception&) {
        return error_response(500, "internal", "something went wrong; try again");
    }
}

// Writes to a person's data go through the group commit (when the server runs one); the accounts'
// own routes hash passwords, which would hold up every other write, and go to the password pool.
bool grouped(const Route& route) {
    return changes_state(route.method) &&
           (route.access == Access::self || route.access == Access::self_or_coach);
}

// Sign-up, sign-in and a password change run argon2id (src/server/password_pool.hpp).
bool hashes_passwords(const Route& route) {
    return route.handler == &handlers::sign_up || route.handler == &handlers::sign_in ||
           route.handler == &handlers::change_password;
}

// A copy of what the handler needs, for another thread: it runs later, never on this call.
auto elsewhere(const Route& route, const Call& call, const std::shared_ptr<const Request>& request) {
    return [&route, request, &state = call.state, today = call.today, caller = call.caller,
            token = call.session_token_hash, subject = call.subject, parameters = call.path_parameters,
            prepared = call.prepared](store::Database& database) {
        Call there{*request, database, state, today, caller, token, subject, parameters, prepared};
        return guarded([&] { return route.handler(there); });
    };
}

// Answers through `reply`: at once; for a grouped write once its group is committed; for a route that
// hashes a password once the password pool has run it (503 at once when its queue is full).
void run(const Route& route, Call& call, const std::shared_ptr<const Request>& request, const Reply& reply) {
    Response refused = guarded([&] {
        authorize(call, route.access);
        if (route.prepare != nullptr)
            call.prepared = std::make_shared<const std::any>(route.prepare(call));
        return Response{0, {}, {}, {}};
    });
    if (refused.status != 0)
        return reply(std::move(refused));
    if (hashes_passwords(route) && call.state.password_pool != nullptr) {
        if (!call.state.password_pool->submit(elsewhere(route, call, request), reply))
            reply(PasswordPool::busy());
        return;
    }
    if (!grouped(route) || call.state.group_commit == nullptr)
        return reply(guarded([&] { return handle(route, call); }));
    call.state.group_commit->submit(call.subject, elsewhere(route, call, request), reply);
}

}  // namespace

nlohmann::json Call::json_body() const {
    if (!request.has_media_type("application/json"))
        throw ApiError(415, "unsupported_media_type", "send the body as application/json");
    nlohmann::json body;
    try {
        body = io::parse_json(request.body);
    } catch (const io::JsonSyntaxError& error) {
        throw invalid("body", fmt::format("body: {}", error.what()));
    }
    if (!body.is_object())
        throw invalid("body", "the body must be a JSON object");
    return body;
}

void Call::require_no_body() const {
    if (request.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return;
    try {
        const nlohmann::json body = io::parse_json(request.body);
        if (body.is_null() || (body.is_object() && body.empty()))
            return;
    } catch (const io::JsonSyntaxError&) {
        // falls through: not an empty body
    }
    throw invalid("body", fmt::format("{} {} takes no body", request.method, request.path));
}

std::unique_ptr<store::Repository> Call::journal() const {
    return database.journal(subject);
}

std::shared_ptr<const core::Catalog> Call::catalog() const {
    return app::person_catalog(subject == 0 ? nullptr : journal().get());
}

Response error_response(int status, std::string_view code, std::string_view message, std::string_view field) {
    nlohmann::json error = {{"code", code}, {"message", message}};
    if (!field.empty())
        error["field"] = field;
    return json_response(status, {{"error", error}});
}

namespace {

// The route for `method` (HEAD is GET without its body) and `path`, and its parameters; none when no
// route matches both.
const Route* find_route(std::string_view method, std::string_view path,
                        std::vector<std::string>& parameters) {
    if (method == "HEAD")
        method = "GET";
    for (const std::span<const Route> table : {routes(), web_routes()}) {
        for (const Route& route : table) {
            if (route.method == method && matches(route.path, path, parameters))
                return &route;
        }
    }
    return nullptr;
}

bool open_to_anyone(Access access) {
    return access == Access::anyone || access == Access::anyone_or_self_or_coach;
}

// What a route takes; a request anyone may make, no more than the anonymous limit.
std::size_t body_limit_of(const Route* route) {
    if (route != nullptr && !open_to_anyone(route->access))
        return route->body_limit;
    return std::min(route == nullptr ? Route::kAnonymousBodyLimit : route->body_limit,
                    Route::kAnonymousBodyLimit);
}

}  // namespace

std::size_t body_limit_for(std::string_view method, std::string_view path) {
    std::vector<std::string> parameters;
    return body_limit_of(find_route(method, path, parameters));
}

Admission admit(const Request& head, store::Database& database, ServerState& state) {
    Call call{head, database, state, state.today(), std::nullopt, {}, 0, {}, nullptr};
    const Route* route = find_route(head.method, head.path, call.path_parameters);
    if (route == nullptr || open_to_anyone(route->access))
        return {body_limit_of(route), std::nullopt};
    Response refused = guarded([&] {
        authorize(call, route->access);
        return Response{0, {}, {}, {}};
    });
    if (refused.status != 0)
        return {0, std::move(refused)};
    return {body_limit_of(route), std::nullopt};
}

void dispatch(std::shared_ptr<const Request> request, store::Database& database, ServerState& state,
              const Reply& reply) {
    Call call{*request, database, state, state.today(), std::nullopt, {}, 0, {}, nullptr};
    // HEAD is GET without the body (the listener leaves the body out).
    const std::string_view method = request->method == "HEAD" ? "GET" : std::string_view(request->method);
    std::string allowed;
    for (const std::span<const Route> table : {routes(), web_routes()}) {
        for (const Route& route : table) {
            if (!matches(route.path, request->path, call.path_parameters))
                continue;
            if (route.method == method)
                return run(route, call, request, reply);
            allowed += (allowed.empty() ? "" : ", ") + std::string(route.method);
        }
    }
    reply(guarded([&] {
        if (allowed.empty())
            return error_response(404, "not_found", fmt::format("there is no {}", request->path));
        Response response = error_response(
            405, "method_not_allowed", fmt::format("{} does not take {}", request->path, request->method));
        response.headers.emplace_back("Allow", allowed);
        return response;
    }));
}

Response dispatch(const Request& request, store::Database& database, ServerState& state) {
    std::promise<Response> answer;
    dispatch(std::make_shared<const Request>(request), database, state,
             [&answer](Response response) { answer.set_value(std::move(response)); });
    return answer.get_future().get();
}

}  // namespace hipfit::server
