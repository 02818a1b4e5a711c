// hipfit migrate --from LOCATION --to LOCATION: moving house between stores — a household's SQLite file to
// the PostgreSQL database of a hosted service, or back. Every account, profile, entry, check-in, own
// exercise, swap, coach link and undo step is copied in one transaction, kept only when every table counts
// the same on both sides and every person's export is the same byte for byte. Sessions are not copied:
// people sign in again on the new database.
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/moving_house.hpp"
#include "cli/commands/commands.hpp"
#include "core/base/errors.hpp"
#include "store/errors.hpp"
#include "store/open.hpp"

namespace hipfit::cli {

namespace {

struct MigrateOptions {
    std::string from;
    std::string to;
    bool json = false;
};

// Tables people know by name, in the order a summary names them: one, many.
struct Counted {
    std::string_view table;
    std::string_view one;
    std::string_view many;
};
constexpr std::array<Counted, 5> kCounted{{
    {"accounts", "account", "accounts"},
    {"profiles", "profile", "profiles"},
    {"entries", "entry", "entries"},
    {"checkins", "check-in", "check-ins"},
    {"own_exercises", "own exercise", "own exercises"},
}};

void check_locations(const MigrateOptions& options) {
    for (const auto& [flag, location] :
         {std::pair{"--from", &options.from}, std::pair{"--to", &options.to}}) {
        if (location->empty())
            throw core::InvalidInput(flag, fmt::format("{}: the location is empty", flag));
    }
    if (options.from == options.to)
        throw core::InvalidInput("--to", "--to: the same database as --from");
}

int migrate(const MigrateOptions& options, Environment& environment) {
    check_locations(options);
    app::MoveOutcome outcome;
    try {
        outcome = app::move_house(options.from, options.to);
    } catch (const store::CopyRefused& refused) {
        const std::string flag = "--" + refused.side();
        throw core::InvalidInput(flag, fmt::format("{}: {}", flag, refused.what()));
    }
    const std::string from = store::printable_location(options.from);
    const std::string to = store::printable_location(options.to);
    std::ostream& out = environment.console.out;
    if (options.json) {
        out << nlohmann::json{{"from", from},
                              {"to", to},
                              {"copied", outcome.copied},
                              {"exports_compared", outcome.journals_compared}}
                   .dump(2)
            << '\n';
        return kExitOk;
    }
    std::vector<std::string> counted;
    for (const Counted& kind : kCounted) {
        const std::int64_t rows = outcome.copied.at(std::string(kind.table));
        counted.push_back(fmt::format("{} {}", rows, rows == 1 ? kind.one : kind.many));
    }
    fmt::print(out, "Copied {} from {} to {}.\n", fmt::join(counted, ", "), from, to);
    const std::string exports =
        outcome.journals_compared == 1
            ? std::string("the journal's export is")
            : fmt::format("each of the {} journals' exports is", outcome.journals_compared);
    fmt::print(out,
               "Every table holds as many rows in both, and {} the same in both. Sessions were not copied: "
               "people sign in again.\n",
               exports);
    return kExitOk;
}

}  // namespace

Action declare_migrate(CLI::App& app, const GlobalOptions&, Environment& environment) {
    auto options = std::make_shared<MigrateOptions>();
    app.add_option("--from", options->from, "The database to copy: a file or a postgresql:// URL")
        ->required()
        ->type_name("PATH|URL");
    app.add_option("--to", options->to, "A new, empty database to copy into: a file or a postgresql:// URL")
        ->required()
        ->type_name("PATH|URL");
    app.add_flag("--json", options->json, "Print the rows copied per table as JSON");
    return [options, &environment] { return migrate(*options, environment); };
}

}  // namespace hipfit::cli
