// Who is asking, for the throttles: the peer's address, or behind a reverse proxy that the server was
// told to trust (hipfit serve --trusted-proxy), the address that proxy saw (X-Forwarded-For).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/http.hpp"

namespace hipfit::server {

// An IP address in its one textual form ("::ffff:192.0.2.1" is "192.0.2.1", "2001:DB8::0:1" is
// "2001:db8::1"); none when the text is not one. "[2001:db8::1]" and a v4 address with ":PORT" (as
// some proxies write them in X-Forwarded-For) are read too.
std::optional<std::string> normalized_ip(std::string_view text);

// The client's address: the peer's, unless the peer is one of `trusted_proxies` (normalized). Then
// X-Forwarded-For is read from the right, the end the proxy wrote, skipping further trusted proxies:
// the first other address is the client (anything left of it came from the client and may be forged).
std::string client_address(const Request& request, const std::vector<std::string>& trusted_proxies);

// The key under which the throttles count an address: an IPv4 address as it is, an IPv6 address by
// its /64 network, since one subscriber is given at least a whole /64 (RFC 6177) and could otherwise
// take a fresh address for every attempt.
std::string throttle_key(std::string_view address);

}  // namespace hipfit::server
