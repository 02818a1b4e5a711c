// hipfit import: (being written).
#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "core/errors.hpp"

namespace hipfit::cli {

Action declare_import(CLI::App&, const GlobalOptions&, Environment&) {
    return []() -> int { throw core::InvalidInput("import", "import: not available yet"); };
}

}  // namespace hipfit::cli
