// hipfit undo: reverts the last change to the journal. Run it again to go further back.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"

namespace hipfit::cli {

namespace {

int undo(const GlobalOptions& global, Environment& environment) {
    if (open_journal_for_reading(global, environment) == nullptr) {
        fmt::print(environment.console.out, "Nothing to undo.\n");
        return kExitOk;
    }
    const std::optional<std::string> undone = open_journal_for_writing(global, environment)->undo();
    fmt::print(environment.console.out, "{}\n", undone ? "Undid " + *undone + "." : "Nothing to undo.");
    return kExitOk;
}

}  // namespace

Action declare_undo(CLI::App&, const GlobalOptions& global, Environment& environment) {
    return [&global, &environment] { return undo(global, environment); };
}

}  // namespace hipfit::cli
