// The route table: every (method, path) the server answers, who may call it, and the handler. Handlers
// are plain functions from a Call to a Response; they never see a socket.
#pragma once

#include <any>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/base/date.hpp"
#include "core/program/catalog.hpp"
#include "server/http.hpp"
#include "store/accounts.hpp"
#include "store/database.hpp"

namespace hipfit::server {

class ServerState;

// Who may call a route. The check is made in dispatch(), before the handler runs.
enum class Access {
    anyone,  // no session needed
    // No session needed; with one, the caller's data shapes the answer as for self_or_coach (the catalog
    // with their own exercises, or with ?account= a client's).
    anyone_or_self_or_coach,
    signed_in,      // a session; acts on the caller's own account
    self,           // a session; the caller's own data (?account= may only name the caller)
    self_or_coach,  // a session; the caller's data or, with ?account=ID, an active client's
};

// What a handler receives: the request, the database (this thread's connection), today's date, who
// is calling and whose data the call is about.
struct Call {
    const Request& request;
    store::Database& database;
    ServerState& state;
    core::Date today;
    std::optional<store::Account> caller;
    std::string session_token_hash;  // empty without a session
    store::AccountId subject = 0;    // whose data: the caller, or a client of theirs
    std::vector<std::string> path_parameters;
    // What the route's prepare step made of the request, when it has one (Route::prepare).
    std::shared_ptr<const std::any> prepared;

    // The request body as JSON, or ApiError 415/400.
    [[nodiscard]] nlohmann::json json_body() const;
    // For routes that take no body: ApiError 400 naming `body` unless it is empty, blank, {} or null
    // (what clients send for none), so that fields sent to it are refused rather than ignored.
    void require_no_body() const;
    // The journal of the subject.
    [[nodiscard]] std::unique_ptr<store::Repository> journal() const;
    // The catalog the subject's ids resolve in: the built-in one with their own exercises; the built-in
    // one alone for a caller who is not signed in.
    [[nodiscard]] std::shared_ptr<const core::Catalog> catalog() const;
    [[nodiscard]] const store::Account& account() const { return *caller; }
};

using Handler = Response (*)(Call& call);
// Reads and checks a request before its write is queued: runs on the request's own thread, so that a
// large body is parsed there and the one writer thread only writes (an import of 15 MB held every other
// account's writes for seconds). Throws as a handler does; what it returns reaches the handler as
// Call::prepared.
using Prepare = std::any (*)(const Call& call);

struct Route {
    std::string_view method;
    std::string_view path;  // "/api/entries/{id}": {…} matches one path segment
    Access access;
    Handler handler;
    std::size_t body_limit = kDefaultBodyLimit;
    Prepare prepare = nullptr;

    static constexpr std::size_t kDefaultBodyLimit = 1024 * 1024;
    // Routes anyone may call (sign-up, sign-in), and requests to no route, take no more than this
    // whatever their route says: a body larger than the default is read only for a caller the access
    // check has let through, so connections without a session hold little memory.
    static constexpr std::size_t kAnonymousBodyLimit = 64 * 1024;
};

// The API's routes (described by data/openapi.json), and the web app's (its page and files).
std::span<const Route> routes();
std::span<const Route> web_routes();

// The largest body any route with this method and path accepts, without looking at who calls.
std::size_t body_limit_for(std::string_view method, std::string_view path);

// What a request's header alone decides, before its body is read: dispatch()'s one access check
// (session cookie, CSRF header, ?account=) for the request's route, and then the route's body limit;
// or the refusal (401, 403, 400) to answer at once. `head` is the request without its body. Routes
// anyone may call, and paths no route matches, get at most Route::kAnonymousBodyLimit. Never throws.
Admission admit(const Request& head, store::Database& database, ServerState& state);

// Receives a request's response; may be called on another thread (the group commit's writer, the
// password pool's).
using Reply = std::function<void(Response)>;

// Finds the route, checks the session, CSRF token and access, runs the handler and turns every error
// into the one JSON shape. Never throws. Writes to a person's data go to the server's group commit, and
// `reply` is called once their group is committed; sign-up, sign-in and password changes go to its
// password pool; everything else replies before dispatch returns.
void dispatch(std::shared_ptr<const Request> request, store::Database& database, ServerState& state,
              const Reply& reply);
// The same, waiting for the response.
Response dispatch(const Request& request, store::Database& database, ServerState& state);

// {"error":{"code","message","field"?}}
Response error_response(int status, std::string_view code, std::string_view message,
                        std::string_view field = {});

}  // namespace hipfit::server
