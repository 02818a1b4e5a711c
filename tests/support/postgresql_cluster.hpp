// A PostgreSQL server of one test's own, for tests that stop and start the database under the servers
// (restarting the shared test server of scripts/with-postgresql would break the tests running beside it):
// a new cluster in a temporary folder (initdb, pg_ctl), reached only through a socket in that folder, run as
// the postgres user when the tests run as root (PostgreSQL refuses to run as root), as
// scripts/with-postgresql does. Stopped and removed with its folder when the object goes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tests/support/process.hpp"

namespace hipfit::testing {

class PostgresqlCluster {
  public:
    // The folder of PostgreSQL's programs: `pg_config --bindir`, else the newest
    // /usr/lib/postgresql/*/bin; none when PostgreSQL is not installed.
    [[nodiscard]] static std::optional<std::string> programs();

    // Creates the cluster and starts it. Throws std::runtime_error, with what PostgreSQL wrote, when
    // PostgreSQL is not installed or the cluster cannot be made or started.
    PostgresqlCluster();
    // Stops the server at once (if it runs) and removes the folder.
    ~PostgresqlCluster();
    PostgresqlCluster(const PostgresqlCluster&) = delete;
    PostgresqlCluster& operator=(const PostgresqlCluster&) = delete;

    // The database's URL, as --db takes it.
    [[nodiscard]] const std::string& url() const { return url_; }

    // How the server stops: `fast` ends every session (each gets "terminating connection due to
    // administrator command") and writes a checkpoint; `immediate` ends everything at once, as a crash
    // would, and the next start recovers from the write-ahead log.
    enum class Stop { fast, immediate };
    // Each waits until the server has stopped (or accepts connections); throws std::runtime_error, with
    // the server's log, when it does not.
    void stop(Stop how = Stop::fast);
    void start();
    void restart(Stop how = Stop::fast);
    [[nodiscard]] bool running() const { return running_; }

    // What the server wrote to its log so far.
    [[nodiscard]] std::string log() const;

  private:
    // Runs one of PostgreSQL's programs (as the postgres user when root); throws with `what`, the
    // program's output and the log when it fails.
    void run(const std::string& program, const std::vector<std::string>& args, const std::string& what) const;

    std::string programs_;
    TempDir folder_;  // the socket, and data/ with the cluster
    std::string url_;
    bool running_ = false;
};

}  // namespace hipfit::testing
