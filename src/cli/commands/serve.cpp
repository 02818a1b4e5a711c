// hipfit serve: the HTTP API (docs/api.md) on the same database as the command line.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "core/base/errors.hpp"
#include "server/client_address.hpp"
#include "server/server.hpp"

namespace hipfit::cli {
namespace {

struct ServeOptions {
    std::string listen = "127.0.0.1:8080";
    bool secure_cookies = false;
    std::vector<std::string> trusted_proxies;
    bool claim_owner = false;
    std::string max_connections = "1024";
    std::string max_connections_per_address = std::to_string(server::kDefaultMaxConnectionsPerAddress);
    std::string threads = "0";
};

constexpr int kMaxConnectionsLimit = 100000;
constexpr int kMaxThreads = 256;

// "127.0.0.1:8080", "[::1]:8080" or "0.0.0.0:0" (0: any free port; the address served is printed).
void parse_listen(const std::string& text, server::ServerOptions& options) {
    const std::size_t colon = text.rfind(':');
    auto fail = [&] {
        throw core::InvalidInput(
            "--listen", fmt::format("--listen: '{}' is not ADDRESS:PORT, e.g. 127.0.0.1:8080", text));
    };
    if (colon == std::string::npos || colon == 0)
        fail();
    std::string address = text.substr(0, colon);
    if (address.front() == '[' && address.back() == ']')
        address = address.substr(1, address.size() - 2);
    const std::string port_text = text.substr(colon + 1);
    unsigned port = 0;
    const auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (port_text.empty() || error != std::errc() || end != port_text.data() + port_text.size() ||
        port > 65535)
        fail();
    options.address = address;
    options.port = static_cast<unsigned short>(port);
}

int whole_in_range(const std::string& text, const char* flag, int low, int high) {
    const int value = core::parse_whole_number(text, flag);
    if (value < low || value > high)
        throw core::InvalidInput(
            flag, fmt::format("{}: {} is outside the accepted range {}–{}", flag, value, low, high));
    return value;
}

// "--trusted-proxy 10.0.0.2 --trusted-proxy ::1,10.0.0.3": each an IP address, kept normalized.
std::vector<std::string> trusted_proxies(const std::vector<std::string>& values) {
    std::vector<std::string> addresses;
    for (const std::string& value : values) {
        std::size_t start = 0;
        while (start <= value.size()) {
            const std::size_t comma = std::min(value.find(',', start), value.size());
            const std::string item = value.substr(start, comma - start);
            const std::optional<std::string> address = server::normalized_ip(item);
            if (!address)
                throw core::InvalidInput(
                    "--trusted-proxy",
                    fmt::format("--trusted-proxy: '{}' is not an IP address, e.g. 127.0.0.1 or ::1", item));
            addresses.push_back(*address);
            start = comma + 1;
        }
    }
    return addresses;
}

int serve(const ServeOptions& flags, const GlobalOptions& global, Environment& environment) {
    server::ServerOptions options;
    parse_listen(flags.listen, options);
    options.database_location = database_location(global.db, environment);
    options.secure_cookies = flags.secure_cookies;
    options.trusted_proxies = trusted_proxies(flags.trusted_proxies);
    options.claim_owner = flags.claim_owner;
    options.max_connections = static_cast<std::size_t>(
        whole_in_range(flags.max_connections, "--max-connections", 1, kMaxConnectionsLimit));
    options.max_connections_per_address = static_cast<std::size_t>(whole_in_range(
        flags.max_connections_per_address, "--max-connections-per-address", 1, kMaxConnectionsLimit));
    options.threads = whole_in_range(flags.threads, "--threads", 0, kMaxThreads);
    // A malformed HIPFIT_TODAY is refused now (exit 2), not at the server's first request.
    (void)environment.clock.today();
    server::ServerState state(options, environment.clock);
    try {
        server::serve(state, environment.console.out);
    } catch (const server::ListenError& error) {
        // What was typed, and why in the system's words ("Address already in use", lowercased).
        std::string reason = error.reason();
        if (!reason.empty())
            reason.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(reason.front())));
        throw core::InvalidInput(
            "--listen",
            fmt::format("cannot listen on {}: {} (another address or port: --listen ADDRESS:PORT)",
                        flags.listen, reason));
    }
    fmt::print(environment.console.out, "hipfit stopped.\n");
    return kExitOk;
}

}  // namespace

Action declare_serve(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<ServeOptions>();
    app.add_option("--listen", options->listen, "Address and port to serve on (default 127.0.0.1:8080)")
        ->type_name("ADDR:PORT");
    app.add_flag("--secure-cookies", options->secure_cookies, "Mark cookies Secure (when served behind TLS)");
    app.add_option("--trusted-proxy", options->trusted_proxies,
                   "A reverse proxy in front of the server, whose X-Forwarded-For names the client "
                   "(repeatable, or a comma-separated list)")
        ->type_name("ADDR");
    app.add_flag("--claim-owner", options->claim_owner,
                 "Let the first account to sign up take over the journal the command line keeps in this "
                 "database");
    app.add_option("--max-connections", options->max_connections, "Open connections at most (default 1024)")
        ->type_name("N");
    app.add_option("--max-connections-per-address", options->max_connections_per_address,
                   "Open connections from one client address (an IPv6 /64) at most (default 512)")
        ->type_name("N");
    app.add_option("--threads", options->threads, "Worker threads (default: one per core)")->type_name("N");
    return [options, &global, &environment] { return serve(*options, global, environment); };
}

}  // namespace hipfit::cli
