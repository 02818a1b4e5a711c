// hipfit serve: the HTTP server. Only listener.cpp and request_reader.cpp include Boost.Beast;
// everything else sees plain requests and responses (http.hpp).
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <string>

#include "core/base/date.hpp"
#include "server/server_state.hpp"

namespace hipfit::server {

// How long a client may take, and how long shutdown waits (docs/api.md, "Limits").
inline constexpr int kHeaderTimeoutSeconds = 10;  // reading a request's header, and idle keep-alive
// The same once more than half of --max-connections are open: slow and idle clients give up their
// slots sooner to those who wait (a trickle of slow connections cannot keep the slots for long).
inline constexpr int kHeaderTimeoutUnderPressureSeconds = 3;
inline constexpr int kBodyTimeoutSeconds = 30;         // reading its body
inline constexpr int kShutdownGraceSeconds = 10;       // finishing requests in flight after SIGTERM
inline constexpr std::size_t kHeaderLimit = 8 * 1024;  // the header; chunk extensions and trailers count too
// After an answer sent before a request was read to its end (400, 401, 403, 413 …), what the client
// still sends is read and thrown away, this long and this much at most, before the connection closes.
inline constexpr int kDrainSeconds = 5;
inline constexpr std::size_t kDrainLimit = 16 * 1024 * 1024;

// The address cannot be listened on (in use, not this machine's, not allowed): `reason` says why, as
// the system does ("Address already in use").
class ListenError : public std::runtime_error {
  public:
    ListenError(const std::string& address, unsigned short port, std::string reason);
    [[nodiscard]] const std::string& reason() const { return reason_; }

  private:
    std::string reason_;
};

// Opens the database (migrating it), listens, prints "hipfit serves http://ADDRESS:PORT" to `out` and
// serves until SIGTERM or SIGINT. Then it stops accepting, finishes the requests in flight and returns.
// Throws store::StoreError when the database cannot be opened, ListenError when it cannot listen.
void serve(ServerState& state, std::ostream& out);

}  // namespace hipfit::server
