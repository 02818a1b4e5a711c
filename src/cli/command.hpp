// The command table: each command's name, one-line summary and the function that declares its
// options and returns what to run. The table drives dispatch, `--help` and "did you mean".
#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "cli/environment.hpp"

namespace CLI {
class App;
}

namespace hipfit::cli {

// Options shared by every command.
struct GlobalOptions {
    std::optional<std::string> db;
};

// What a command runs once its options are parsed; returns the exit status.
using Action = std::function<int()>;

struct Command {
    std::string_view name;
    std::string_view summary;
    // Declares the command's options on `app` and returns the action that uses them.
    Action (*declare)(CLI::App& app, const GlobalOptions& global, Environment& environment);
};

std::span<const Command> commands();

// Exit statuses, decided in run() alone.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // storage or internal failure
inline constexpr int kExitUsage = 2;    // bad input: unknown flag, malformed or out-of-range value
inline constexpr int kExitRefused = 3;  // a valid request refused for safety

// Parses argv, runs the command, turns every error into a message and an exit status.
int run(int argc, const char* const* argv, Environment& environment);

}  // namespace hipfit::cli
