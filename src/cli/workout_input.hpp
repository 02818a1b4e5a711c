// Where 'hipfit workout' takes its commands and answers from: the keys of a terminal in raw mode and in
// real time, or lines (a file given with --input, or a standard input that is not a terminal) with
// simulated time, so a test can drive a whole workout in an instant.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/workout/workout_player.hpp"

namespace hipfit::cli {

enum class WorkoutCommand {
    none,     // nothing yet (a terminal: time passed)
    done,     // Enter
    run_out,  // lines: an empty line at a countdown lets it run to its end
    pause,    // p
    skip,     // s
    back,     // b
    swap,     // x: the exercise for one of its alternatives
    quit,     // q (a terminal: also Ctrl-C and Ctrl-D)
    ended,    // input has ended
};

class WorkoutInput {
  public:
    virtual ~WorkoutInput() = default;
    // The next command: a terminal waits at most a fraction of a second; lines read the next line.
    // `counting_down` says whether the current step is a countdown.
    virtual WorkoutCommand next(bool counting_down) = 0;
    // Asks a question and reads the answer line; none when input has ended.
    virtual std::optional<std::string> answer(std::string_view question) = 0;
    [[nodiscard]] virtual core::PlayerTime now() const = 0;
    // Simulated time moves to `time` (a countdown let run out); real time ignores it.
    virtual void advance_to(core::PlayerTime time) = 0;
    // A terminal in real time: countdown lines redrawn each second and a bell at each switch.
    [[nodiscard]] virtual bool live() const = 0;
};

// The terminal on standard input in raw mode (termios), restored when the object goes.
std::unique_ptr<WorkoutInput> terminal_input(std::ostream& out);

// Lines from `in`, questions written to `out`.
std::unique_ptr<WorkoutInput> line_input(std::istream& in, std::ostream& out);

}  // namespace hipfit::cli
