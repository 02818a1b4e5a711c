// hipfit backup: (being written).
#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "core/errors.hpp"

namespace hipfit::cli {

Action declare_backup(CLI::App&, const GlobalOptions&, Environment&) {
    return []() -> int { throw core::InvalidInput("backup", "backup: not available yet"); };
}

}  // namespace hipfit::cli
