// hipfit today: (being written).
#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "core/errors.hpp"

namespace hipfit::cli {

Action declare_today(CLI::App&, const GlobalOptions&, Environment&) {
    return []() -> int { throw core::InvalidInput("today", "today: not available yet"); };
}

}  // namespace hipfit::cli
