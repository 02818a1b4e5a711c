#include "cli/workout_input.hpp"

#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <istream>
#include <ostream>

namespace hipfit::cli {
namespace {

// How long a terminal waits for a key before the countdown is redrawn.
constexpr int kPollMilliseconds = 100;

WorkoutCommand command_of_key(char key) {
    switch (key) {
        case '\n':
        case '\r':
            return WorkoutCommand::done;
        case 'p':
        case 'P':
            return WorkoutCommand::pause;
        case 's':
        case 'S':
            return WorkoutCommand::skip;
        case 'b':
        case 'B':
            return WorkoutCommand::back;
        case 'x':
        case 'X':
            return WorkoutCommand::swap;
        case 'q':
        case 'Q':
        case '\x03':  // Ctrl-C: raw mode delivers it as a key, and the progress is kept
        case '\x04':  // Ctrl-D
            return WorkoutCommand::quit;
        default:
            return WorkoutCommand::none;
    }
}

class TerminalInput final : public WorkoutInput {
  public:
    explicit TerminalInput(std::ostream& out) : out_(out) {
        raw_ = tcgetattr(STDIN_FILENO, &cooked_) == 0;
        if (raw_)
            set_raw(true);
    }
    ~TerminalInput() override {
        if (raw_)
            set_raw(false);
    }
    TerminalInput(const TerminalInput&) = delete;
    TerminalInput& operator=(const TerminalInput&) = delete;

    WorkoutCommand next(bool /*counting_down*/) override {
        pollfd fd{STDIN_FILENO, POLLIN, 0};
        if (poll(&fd, 1, kPollMilliseconds) <= 0)
            return WorkoutCommand::none;
        char key = 0;
        if (read(STDIN_FILENO, &key, 1) != 1)
            return WorkoutCommand::ended;
        return command_of_key(key);
    }

    std::optional<std::string> answer(std::string_view question) override {
        set_raw(false);
        out_ << question << std::flush;
        std::string line;
        char c = 0;
        bool any = false;
        while (read(STDIN_FILENO, &c, 1) == 1) {
            any = true;
            if (c == '\n')
                break;
            line += c;
        }
        set_raw(true);
        return any ? std::optional<std::string>(line) : std::nullopt;
    }

    [[nodiscard]] core::PlayerTime now() const override {
        return std::chrono::duration_cast<core::PlayerTime>(
            std::chrono::steady_clock::now().time_since_epoch());
    }
    void advance_to(core::PlayerTime /*time*/) override {}
    [[nodiscard]] bool live() const override { return true; }

  private:
    // Keys arrive one by one, unechoed, with Ctrl-C as a key; output is left as it is.
    void set_raw(bool raw) {
        termios mode = cooked_;
        if (raw) {
            mode.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ISIG);
            mode.c_cc[VMIN] = 1;
            mode.c_cc[VTIME] = 0;
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &mode);
    }

    std::ostream& out_;
    termios cooked_{};
    bool raw_ = false;
};

class LineInput final : public WorkoutInput {
  public:
    LineInput(std::istream& in, std::ostream& out) : in_(in), out_(out) {}

    WorkoutCommand next(bool counting_down) override {
        std::string line;
        if (!std::getline(in_, line))
            return WorkoutCommand::ended;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            return counting_down ? WorkoutCommand::run_out : WorkoutCommand::done;
        return line.size() == 1 ? command_of_key(line.front()) : WorkoutCommand::none;
    }

    std::optional<std::string> answer(std::string_view question) override {
        out_ << question;
        std::string line;
        if (!std::getline(in_, line)) {
            out_ << '\n';
            return std::nullopt;
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        out_ << line << '\n';  // the answer, as a terminal would have echoed it
        return line;
    }

    [[nodiscard]] core::PlayerTime now() const override { return now_; }
    void advance_to(core::PlayerTime time) override { now_ = std::max(now_, time); }
    [[nodiscard]] bool live() const override { return false; }

  private:
    std::istream& in_;
    std::ostream& out_;
    core::PlayerTime now_{0};
};

}  // namespace

std::unique_ptr<WorkoutInput> terminal_input(std::ostream& out) {
    return std::make_unique<TerminalInput>(out);
}

std::unique_ptr<WorkoutInput> line_input(std::istream& in, std::ostream& out) {
    return std::make_unique<LineInput>(in, out);
}

}  // namespace hipfit::cli
