// hipfit serve: the HTTP API (docs/api.md) on the same database as the command line.
#include <charconv>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "core/errors.hpp"
#include "server/server.hpp"

namespace hipfit::cli {
namespace {

struct ServeOptions {
    std::string listen = "127.0.0.1:8080";
    bool secure_cookies = false;
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

int serve(const ServeOptions& flags, const GlobalOptions& global, Environment& environment) {
    server::ServerOptions options;
    parse_listen(flags.listen, options);
    options.database_path = database_path(global.db, environment);
    options.secure_cookies = flags.secure_cookies;
    options.max_connections = static_cast<std::size_t>(
        whole_in_range(flags.max_connections, "--max-connections", 1, kMaxConnectionsLimit));
    options.max_connections_per_address = static_cast<std::size_t>(whole_in_range(
        flags.max_connections_per_address, "--max-connections-per-address", 1, kMaxConnectionsLimit));
    options.threads = whole_in_range(flags.threads, "--threads", 0, kMaxThreads);
    // A malformed HIPFIT_TODAY is refused now (exit 2), not at the server's first request.
    (void)environment.clock.today();
    server::ServerState state(options, environment.clock);
    server::serve(state, environment.console.out);
    fmt::print(environment.console.out, "hipfit stopped.\n");
    return kExitOk;
}

}  // namespace

Action declare_serve(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<ServeOptions>();
    app.add_option("--listen", options->listen, "Address and port to serve on (default 127.0.0.1:8080)")
        ->type_name("ADDR:PORT");
    app.add_flag("--secure-cookies", options->secure_cookies, "Mark cookies Secure (when served behind TLS)");
    app.add_option("--max-connections", options->max_connections, "Open connections at most (default 1024)")
        ->type_name("N");
    app.add_option("--max-connections-per-address", options->max_connections_per_address,
                   "Open connections from one client address (an IPv6 /64) at most (default 512)")
        ->type_name("N");
    app.add_option("--threads", options->threads, "Worker threads (default: one per core)")->type_name("N");
    return [options, &global, &environment] { return serve(*options, global, environment); };
}

}  // namespace hipfit::cli
