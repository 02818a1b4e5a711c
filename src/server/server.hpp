// hipfit serve: the HTTP server. Only listener.cpp includes Boost.Beast; everything else sees
// plain requests and responses (http.hpp).
#pragma once

#include <functional>
#include <iosfwd>

#include "core/date.hpp"
#include "server/server_state.hpp"

namespace hipfit::server {

// How long a client may take, and how long shutdown waits (docs/api.md, "Limits").
inline constexpr int kHeaderTimeoutSeconds = 10;  // reading a request's header, and idle keep-alive
inline constexpr int kBodyTimeoutSeconds = 30;    // reading its body
inline constexpr int kShutdownGraceSeconds = 10;  // finishing requests in flight after SIGTERM
inline constexpr std::size_t kHeaderLimit = 8 * 1024;

// Opens the database (migrating it), listens, prints "hipfit serves http://ADDRESS:PORT" to `out` and
// serves until SIGTERM or SIGINT. Then it stops accepting, finishes the requests in flight and returns.
// Throws store::StoreError when the database cannot be opened, std::runtime_error when it cannot listen.
void serve(ServerState& state, std::ostream& out);

}  // namespace hipfit::server
