#include "server/client_address.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "server/header_text.hpp"

namespace hipfit::server {
namespace {

struct Parsed {
    bool v4 = false;
    std::array<unsigned char, 16> bytes{};
};

std::optional<Parsed> parse(std::string_view text) {
    text = trimmed(text);
    if (text.starts_with('[')) {  // "[2001:db8::1]" or "[2001:db8::1]:443"
        const std::size_t close = text.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        text = text.substr(1, close - 1);
    } else if (std::count(text.begin(), text.end(), ':') == 1) {  // "192.0.2.1:443"
        text = text.substr(0, text.find(':'));
    }
    if (text.empty() || text.size() >= INET6_ADDRSTRLEN)
        return std::nullopt;
    const std::string terminated(text);
    Parsed parsed;
    if (inet_pton(AF_INET, terminated.c_str(), parsed.bytes.data()) == 1) {
        parsed.v4 = true;
        return parsed;
    }
    if (inet_pton(AF_INET6, terminated.c_str(), parsed.bytes.data()) != 1)
        return std::nullopt;
    static constexpr std::array<unsigned char, 12> kMappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(kMappedPrefix.begin(), kMappedPrefix.end(), parsed.bytes.begin())) {
        std::memmove(parsed.bytes.data(), parsed.bytes.data() + 12, 4);
        parsed.v4 = true;
    }
    return parsed;
}

std::string text_of(const Parsed& parsed) {
    char buffer[INET6_ADDRSTRLEN] = {};
    inet_ntop(parsed.v4 ? AF_INET : AF_INET6, parsed.bytes.data(), buffer, sizeof buffer);
    return buffer;
}

bool trusted(const std::string& address, const std::vector<std::string>& trusted_proxies) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), address) != trusted_proxies.end();
}

}  // namespace

std::optional<std::string> normalized_ip(std::string_view text) {
    const std::optional<Parsed> parsed = parse(text);
    return parsed ? std::optional(text_of(*parsed)) : std::nullopt;
}

std::string client_address(const Request& request, const std::vector<std::string>& trusted_proxies) {
    std::string peer = normalized_ip(request.remote_address).value_or(request.remote_address);
    const std::optional<std::string_view> forwarded = request.header("x-forwarded-for");
    if (!forwarded || !trusted(peer, trusted_proxies))
        return peer;
    std::string_view hops = *forwarded;
    while (!hops.empty()) {
        const std::size_t comma = hops.rfind(',');
        const std::string_view hop = comma == std::string_view::npos ? hops : hops.substr(comma + 1);
        hops = comma == std::string_view::npos ? std::string_view() : hops.substr(0, comma);
        const std::optional<std::string> address = normalized_ip(hop);
        if (!address)
            break;  // not an address ("unknown", garbage): what the last trusted hop saw is all we know
        peer = *address;
        if (!trusted(peer, trusted_proxies))
            return peer;
    }
    return peer;
}

std::string throttle_key(std::string_view address) {
    std::optional<Parsed> parsed = parse(address);
    if (!parsed)
        return std::string(address);
    if (parsed->v4)
        return text_of(*parsed);
    std::fill(parsed->bytes.begin() + 8, parsed->bytes.end(), 0);
    return text_of(*parsed) + "/64";
}

}  // namespace hipfit::server
