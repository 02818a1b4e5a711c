// The real hipfit binary serving on loopback: 'hipfit serve --listen 127.0.0.1:0 --db PATH' as a child
// process, with a fixed HIPFIT_TODAY. The port comes from the first line it prints. The destructor
// sends SIGTERM and waits (bounded), then SIGKILL, so a failing test never leaves a server behind.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "tests/support/process.hpp"

namespace hipfit::testing {

inline constexpr const char* kServeToday = "2026-11-21";

class ServerProcess {
  public:
    // Starts the server and waits (at most 10 s) for the line naming its port; throws std::runtime_error
    // (with what the server wrote to stderr) when it does not come.
    explicit ServerProcess(std::string database, std::vector<std::string> extra_args = {},
                           std::string today = kServeToday);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    [[nodiscard]] unsigned short port() const { return port_; }
    [[nodiscard]] pid_t pid() const { return pid_; }
    [[nodiscard]] const std::string& database() const { return database_; }

    // Sends a signal to the server (only to this child).
    void signal(int number) const;
    // Waits up to `timeout` for the server to end: its exit status (128 + the signal when a signal
    // ended it), or none when it is still running.
    std::optional<int> wait_for_exit(std::chrono::milliseconds timeout);
    // SIGTERM, then waits up to `timeout`: the exit status, or none when it did not stop in time.
    std::optional<int> stop(std::chrono::milliseconds timeout = std::chrono::milliseconds(15000));
    [[nodiscard]] bool running();
    [[nodiscard]] std::optional<int> exit_status() const { return exit_status_; }

    // What the server printed so far (all of it once it has ended).
    [[nodiscard]] std::string out();
    [[nodiscard]] std::string err() const;

  private:
    void drain_stdout(std::chrono::milliseconds timeout);
    void kill_and_reap();

    std::string database_;
    TempDir dir_;  // HOME and the captured stderr
    pid_t pid_ = -1;
    int stdout_fd_ = -1;
    unsigned short port_ = 0;
    std::string out_;
    std::optional<int> exit_status_;
};

}  // namespace hipfit::testing
