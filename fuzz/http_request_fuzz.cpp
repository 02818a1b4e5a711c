// libFuzzer target for the HTTP request path: raw bytes → the listener's request reader (Beast's
// parser with the server's limits, server::read_request) → the access check on the header alone
// (server::admit) → server::dispatch() on a database in a temporary file. Property: whatever the bytes,
// the answer is never a 5xx (a 5xx means a request reached an error nobody mapped; abort() so libFuzzer
// keeps the input) — but 501, the deliberate answer to a transfer coding other than chunked (RFC 9112
// §6.1).
//
// The database holds one account with a session whose cookie and CSRF token the seed corpus
// (fuzz/corpus/http_request/) uses, so that signed-in routes, handlers and writes are reached too:
//   Cookie: hipfit_session=fuzz-session-token        X-CSRF-Token: fuzz-csrf-token
#include <sys/types.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <variant>

#include "core/base/date.hpp"
#include "server/credentials.hpp"
#include "server/http.hpp"
#include "server/request_reader.hpp"
#include "server/routes.hpp"
#include "server/server_state.hpp"
#include "store/database.hpp"

namespace {

using namespace hipfit;

constexpr std::string_view kSessionToken = "fuzz-session-token";
constexpr std::string_view kCsrfToken = "fuzz-csrf-token";
constexpr std::int64_t kNowSeconds = 1'795'000'000;  // a day in November 2026, as the clock's date
const core::Date kToday{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)};

// A folder of its own under the system's temporary folder, removed when the fuzzer exits.
std::filesystem::path fresh_folder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "hipfit-fuzz-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        std::perror("http_request_fuzz: mkdtemp");
        std::abort();
    }
    return pattern;
}

struct World {
    World()
        : folder(fresh_folder()),
          clock(kToday, {9, 30}),
          state(server::ServerOptions{}, clock, [] { return kNowSeconds; }),
          database((folder / "fuzz.db").string()) {
        const auto account = database.accounts().create_account(
            "fuzz@example.com", server::hash_password("correct horse battery"));
        if (!account)
            std::abort();
        database.accounts().create_session(
            server::token_hash(kSessionToken),
            store::SessionRecord{account->id, std::string(kCsrfToken), kNowSeconds + 365 * 24 * 60 * 60});
    }
    ~World() {
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
    }
    World(const World&) = delete;
    World& operator=(const World&) = delete;

    std::filesystem::path folder;
    core::FixedClock clock;
    server::ServerState state;
    store::Database database;
};

World& world() {
    static World instance;
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    World& w = world();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::variant<server::Request, server::Response> read = server::read_request(
        bytes, [&w](const server::Request& head) { return server::admit(head, w.database, w.state); });
    const server::Response response =
        std::holds_alternative<server::Request>(read)
            ? server::dispatch(std::get<server::Request>(read), w.database, w.state)
            : std::get<server::Response>(read);
    const bool unsupported_transfer_coding = response.status == 501;
    if (response.status >= 500 && !unsupported_transfer_coding) {
        std::fprintf(stderr, "http_request_fuzz: %d %s\n", response.status, response.body.c_str());
        std::abort();
    }
    return 0;
}
