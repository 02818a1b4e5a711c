#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <map>
#include <span>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/field_names.hpp"
#include "cli/suggest.hpp"
#include "cli/version.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/program/catalog.hpp"
#include "store/errors.hpp"

namespace hipfit::cli {
namespace {

constexpr std::string_view kHelpCommand = "help";

constexpr std::string_view kDescription =
    "hipfit — an evidence-based coach for slimmer hips and thighs and a stronger lower body.";

bool is_command(std::string_view word) {
    for (const Command& command : commands()) {
        if (command.name == word)
            return true;
    }
    return false;
}

// A word that is not a command: name it, and the closest command if any.
std::string unknown_command(std::string_view word) {
    std::vector<std::string_view> names;
    for (const Command& command : commands()) names.push_back(command.name);
    std::string message = fmt::format("unknown command '{}'.", core::printable(word));
    if (const auto closest = closest_name(word, names))
        message += fmt::format(" Did you mean '{}'?", *closest);
    return message + " Run 'hipfit --help' for the list.";
}

// A first word that is not an option nor a command ('help' is handled before).
std::optional<std::string> unknown_command_message(std::span<const std::string> args) {
    if (args.size() < 2)
        return std::nullopt;
    const std::string_view word = args[1];
    if (word.empty() || word.front() == '-' || is_command(word))
        return std::nullopt;
    return unknown_command(word);
}

// 'hipfit help' is 'hipfit --help', and 'hipfit help COMMAND' is 'hipfit COMMAND --help'.
std::vector<std::string> without_help_command(std::vector<std::string> args) {
    if (args.size() < 2 || args[1] != kHelpCommand)
        return args;
    if (args.size() > 3)
        throw core::InvalidInput("", "help takes one command at most, e.g. 'hipfit help log'");
    if (args.size() == 2 || args[2] == "--help" || args[2] == "-h")
        return {args[0], "--help"};
    if (!is_command(args[2]))
        throw core::InvalidInput("", unknown_command(args[2]));
    return {args[0], args[2], "--help"};
}

// CLI11 lists unexpected arguments in reverse; name them in the order typed, with the command's help.
std::string unexpected_arguments_message(const CLI::App& app) {
    const CLI::App* command = &app;
    for (const CLI::App* sub : app.get_subcommands()) command = sub;
    std::vector<std::string> remaining = app.remaining();
    for (const CLI::App* sub : app.get_subcommands()) {
        const auto extra = sub->remaining();
        remaining.insert(remaining.end(), extra.begin(), extra.end());
    }
    for (std::string& argument : remaining) argument = core::printable(argument);
    const std::string name = command == &app ? "hipfit" : "hipfit " + command->get_name();
    return fmt::format("unexpected argument{} '{}'; see '{} --help' for the options",
                       remaining.size() == 1 ? "" : "s", fmt::join(remaining, "' '"), name);
}

int parse_and_run(std::span<const std::string> args, Environment& environment) {
    CLI::App app{std::string(kDescription), "hipfit"};
    app.require_subcommand(1);
    app.set_version_flag("--version", version_text(), "Print the version and exit");
    app.footer("'hipfit help COMMAND' (or 'hipfit COMMAND --help') shows a command's options.");
    GlobalOptions global;
    app.add_option_function<std::string>(
           "--db", [&](const std::string& path) { global.db = path; },
           "Database: a file, or a postgresql:// URL (default: $HIPFIT_DB, else "
           "$XDG_DATA_HOME/hipfit/hipfit.db)")
        ->type_name("PATH|URL");
    std::map<const CLI::App*, Action> actions;
    for (const Command& command : commands()) {
        CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
        sub->fallthrough();  // `hipfit assess --db x` works as well as `hipfit --db x assess`
        actions[sub] = command.declare(*sub, global, environment);
    }
    try {
        std::vector<const char*> argv;
        for (const std::string& arg : args) argv.push_back(arg.c_str());
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::CallForHelp&) {
        environment.console.out << app.help();
        return kExitOk;
    } catch (const CLI::ExtrasError&) {
        throw core::InvalidInput("", unexpected_arguments_message(app));
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) {  // --help on a subcommand, or --version
            app.exit(error, environment.console.out, environment.console.err);
            return kExitOk;
        }
        // CLI11's message repeats what was typed.
        throw core::InvalidInput("", core::printable(error.what(), core::kShowAll));
    }
    for (const auto& [sub, action] : actions) {
        if (sub->parsed()) {
            const int status = action();
            // Output that could not be written (a full disk, a closed pipe) is a failure, not a success.
            environment.console.out.flush();
            if (!environment.console.out)
                throw std::runtime_error("could not write the output");
            return status;
        }
    }
    return kExitUsage;
}

}  // namespace

int run(int argc, const char* const* argv, Environment& environment) {
    std::ostream& err = environment.console.err;
    try {
        const std::vector<std::string> args = without_help_command({argv, argv + argc});
        if (auto message = unknown_command_message(args)) {
            fmt::print(err, "hipfit: {}\n", *message);
            return kExitUsage;
        }
        return parse_and_run(args, environment);
    } catch (const core::InvalidInput& error) {
        fmt::print(err, "hipfit: error: {}\n", shown(error));
        return kExitUsage;
    } catch (const core::SafetyRefusal& refusal) {
        fmt::print(err, "hipfit: {}\n", shown(refusal));
        return kExitRefused;
    } catch (const core::CatalogError& error) {
        fmt::print(err, "hipfit: the exercise catalog is broken: {}\n", error.what());
        return kExitFailure;
    } catch (const store::StoreError& error) {
        fmt::print(err, "hipfit: database: {}\n", error.what());
        return kExitFailure;
    } catch (const std::exception& error) {
        fmt::print(err, "hipfit: internal error: {}\n", error.what());
        return kExitFailure;
    }
}

}  // namespace hipfit::cli
