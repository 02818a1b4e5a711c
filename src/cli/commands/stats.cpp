// hipfit stats: (being written).
#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "core/errors.hpp"

namespace hipfit::cli {

Action declare_stats(CLI::App&, const GlobalOptions&, Environment&) {
    return []() -> int { throw core::InvalidInput("stats", "stats: not available yet"); };
}

}  // namespace hipfit::cli
