#include "tests/support/postgresql_cluster.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <stdexcept>

namespace hipfit::testing {
namespace {

const std::map<std::string, std::string> kEnvironment{{"PATH", "/usr/sbin:/usr/bin:/sbin:/bin"},
                                                      {"LANG", "C.UTF-8"}};

bool executable(const std::string& path) {
    return ::access(path.c_str(), X_OK) == 0;
}

std::optional<std::string> on_path(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::istringstream folders(path == nullptr ? "/usr/bin:/bin" : path);
    for (std::string folder; std::getline(folders, folder, ':');) {
        if (!folder.empty() && executable(folder + "/" + name))
            return folder + "/" + name;
    }
    return std::nullopt;
}

// "15" of /usr/lib/postgresql/15/bin as a number, for the newest.
double version_of(const std::filesystem::path& bin) {
    try {
        return std::stod(bin.parent_path().filename().string());
    } catch (const std::exception&) {
        return 0;
    }
}

std::string runuser() {
    for (const char* candidate : {"/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"}) {
        if (executable(candidate))
            return candidate;
    }
    throw std::runtime_error(
        "PostgresqlCluster: running as root, and there is no runuser to run as postgres");
}

}  // namespace

std::optional<std::string> PostgresqlCluster::programs() {
    if (const std::optional<std::string> pg_config = on_path("pg_config")) {
        ProcessResult bindir = run_process(*pg_config, {"--bindir"}, kEnvironment);
        while (!bindir.out.empty() && (bindir.out.back() == '\n' || bindir.out.back() == ' '))
            bindir.out.pop_back();
        if (bindir.exit_code == 0 && executable(bindir.out + "/initdb"))
            return bindir.out;
    }
    std::optional<std::filesystem::path> newest;
    std::error_code error;
    for (const auto& version : std::filesystem::directory_iterator("/usr/lib/postgresql", error)) {
        const std::filesystem::path bin = version.path() / "bin";
        if (executable((bin / "initdb").string()) && (!newest || version_of(bin) > version_of(*newest)))
            newest = bin;
    }
    if (!newest)
        return std::nullopt;
    return newest->string();
}

PostgresqlCluster::PostgresqlCluster() {
    const std::optional<std::string> found = programs();
    if (!found)
        throw std::runtime_error("PostgresqlCluster: PostgreSQL is not installed (no initdb)");
    programs_ = *found;
    if (::geteuid() == 0) {
        const passwd* postgres = ::getpwnam("postgres");
        if (postgres == nullptr || ::chown(folder_.path().c_str(), postgres->pw_uid, postgres->pw_gid) != 0)
            throw std::runtime_error(
                "PostgresqlCluster: running as root, and the folder cannot be given to "
                "the postgres user");
    }
    // Durability is the tests' subject only through hipfit's own commits, and the machine does not crash
    // under them: no waiting for the disk (--no-sync here, fsync=off in start()).
    run("initdb",
        {"-D", folder_.file("data"), "-U", "hipfit", "--auth=trust", "--no-sync", "-E", "UTF8",
         "--locale=C.UTF-8"},
        "initdb");
    url_ = "postgresql://hipfit@/postgres?host=" + folder_.path();
    start();
}

PostgresqlCluster::~PostgresqlCluster() {
    if (!running_)
        return;
    try {
        stop(Stop::immediate);
    } catch (const std::exception&) {  // the folder goes anyway
    }
}

void PostgresqlCluster::start() {
    run("pg_ctl",
        {"-D", folder_.file("data"), "-l", folder_.file("server.log"), "-w", "-s", "-o",
         "-k " + folder_.path() + " -c listen_addresses='' -c fsync=off", "start"},
        "start");
    running_ = true;
}

void PostgresqlCluster::stop(Stop how) {
    run("pg_ctl",
        {"-D", folder_.file("data"), "-m", how == Stop::fast ? "fast" : "immediate", "-w", "-s", "stop"},
        "stop");
    running_ = false;
}

void PostgresqlCluster::restart(Stop how) {
    stop(how);
    start();
}

std::string PostgresqlCluster::log() const {
    return read_file_or_missing(folder_.file("server.log"));
}

void PostgresqlCluster::run(const std::string& program, const std::vector<std::string>& args,
                            const std::string& what) const {
    std::vector<std::string> command{programs_ + "/" + program};
    command.insert(command.end(), args.begin(), args.end());
    std::string runner = command.front();
    command.erase(command.begin());
    if (::geteuid() == 0) {
        command.insert(command.begin(), {"-u", "postgres", "--", runner});
        runner = runuser();
    }
    const ProcessResult result = run_process(runner, command, kEnvironment);
    if (result.exit_code != 0)
        throw std::runtime_error("PostgresqlCluster: " + what + " failed (exit " +
                                 std::to_string(result.exit_code) + "): " + result.out + result.err +
                                 "\nserver log:\n" + log());
}

}  // namespace hipfit::testing
