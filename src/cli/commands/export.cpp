// hipfit export: (being written).
#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "core/errors.hpp"

namespace hipfit::cli {

Action declare_export(CLI::App&, const GlobalOptions&, Environment&) {
    return []() -> int { throw core::InvalidInput("export", "export: not available yet"); };
}

}  // namespace hipfit::cli
