#include "tests/server/e2e/server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <regex>
#include <stdexcept>
#include <thread>

namespace hipfit::testing {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

int status_of(int wait_status) {
    return WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
}

}  // namespace

ServerProcess::ServerProcess(std::string database, std::vector<std::string> extra_args, std::string today)
    : database_(std::move(database)) {
    std::vector<std::string> arguments{HIPFIT_BINARY, "serve", "--listen", "127.0.0.1:0", "--db", database_};
    arguments.insert(arguments.end(), extra_args.begin(), extra_args.end());
    std::vector<std::string> environment{"HIPFIT_TODAY=" + today, "HOME=" + dir_.path(), "LANG=C.UTF-8"};
    const std::string err_path = dir_.file("stderr");
    // Everything the child needs is built before fork(): after it, only async-signal-safe calls.
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (std::string& variable : environment) envp.push_back(variable.data());
    envp.push_back(nullptr);

    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe2 failed");
    pid_ = fork();
    if (pid_ < 0) {
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        throw std::runtime_error("fork failed");
    }
    if (pid_ == 0) {
        const int null_fd = open("/dev/null", O_RDONLY);
        const int err_fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (null_fd < 0 || err_fd < 0 || dup2(null_fd, STDIN_FILENO) < 0 ||
            dup2(pipe_fds[1], STDOUT_FILENO) < 0 || dup2(err_fd, STDERR_FILENO) < 0)
            _exit(126);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    ::close(pipe_fds[1]);
    stdout_fd_ = pipe_fds[0];

    // The first line names the port: "hipfit serves http://127.0.0.1:PORT (database PATH)".
    const auto deadline = Clock::now() + milliseconds(10000);
    static const std::regex kFirstLine(R"(^hipfit serves http://127\.0\.0\.1:(\d+) \(database .*\)\n)");
    std::smatch match;
    const auto fail = [this](const std::string& what) {
        kill_and_reap();
        ::close(stdout_fd_);
        stdout_fd_ = -1;
        return std::runtime_error("hipfit serve " + what + ": stdout '" + out_ + "', stderr '" + err() + "'");
    };
    while (!std::regex_search(out_, match, kFirstLine)) {
        if (out_.find('\n') != std::string::npos)
            throw fail("printed an unexpected first line");
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
        pollfd entry{stdout_fd_, POLLIN, 0};
        if (left <= 0 || poll(&entry, 1, static_cast<int>(left)) == 0)
            throw fail("did not say where it serves within 10 s");
        char chunk[512];
        const ssize_t got = read(stdout_fd_, chunk, sizeof chunk);
        if (got == 0 || (got < 0 && errno != EINTR))
            throw fail("ended at start");
        if (got > 0)
            out_.append(chunk, static_cast<std::size_t>(got));
    }
    port_ = static_cast<unsigned short>(std::stoul(match[1]));
}

ServerProcess::~ServerProcess() {
    if (!exit_status_ && pid_ > 0 && !stop())
        kill_and_reap();
    if (stdout_fd_ >= 0)
        ::close(stdout_fd_);
}

void ServerProcess::kill_and_reap() {
    if (pid_ <= 0 || exit_status_)
        return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    exit_status_ = status_of(status);
}

void ServerProcess::signal(int number) const {
    if (pid_ > 0 && !exit_status_)
        ::kill(pid_, number);
}

std::optional<int> ServerProcess::wait_for_exit(milliseconds timeout) {
    if (exit_status_)
        return exit_status_;
    const auto deadline = Clock::now() + timeout;
    while (true) {
        int status = 0;
        const pid_t done = waitpid(pid_, &status, WNOHANG);
        if (done == pid_) {
            exit_status_ = status_of(status);
            drain_stdout(milliseconds(1000));
            return exit_status_;
        }
        if (Clock::now() >= deadline)
            return std::nullopt;
        std::this_thread::sleep_for(milliseconds(5));  // polling the child's state
    }
}

std::optional<int> ServerProcess::stop(milliseconds timeout) {
    signal(SIGTERM);
    return wait_for_exit(timeout);
}

bool ServerProcess::running() {
    return !wait_for_exit(milliseconds(0));
}

void ServerProcess::drain_stdout(milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (stdout_fd_ >= 0) {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
        pollfd entry{stdout_fd_, POLLIN, 0};
        if (left <= 0 || poll(&entry, 1, static_cast<int>(left)) <= 0)
            return;
        char chunk[4096];
        const ssize_t got = read(stdout_fd_, chunk, sizeof chunk);
        if (got <= 0)
            return;
        out_.append(chunk, static_cast<std::size_t>(got));
    }
}

std::string ServerProcess::out() {
    drain_stdout(milliseconds(0));
    return out_;
}

std::string ServerProcess::err() const {
    const std::string text = read_file_or_missing(dir_.file("stderr"));
    return text == "<missing>" ? "" : text;
}

}  // namespace hipfit::testing
