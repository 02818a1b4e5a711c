// The journal under stress on this machine: hipfit killed with SIGKILL in the middle of a burst of
// writes loses nothing it acknowledged and leaves a sound database; processes that log at the same
// moment all succeed, each entry stored once.
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

// Argument and environment strings prepared before fork, so that a child only calls async-signal-safe
// functions (execve, write, …) between fork and exec.
struct Command {
    std::vector<std::string> storage;
    std::vector<char*> pointers;
    explicit Command(std::vector<std::string> strings) : storage(std::move(strings)) {
        for (std::string& s : storage) pointers.push_back(s.data());
        pointers.push_back(nullptr);
    }
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;
};

std::vector<std::string> lines_of(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string integrity_check(const std::string& path) {
    sqlite3* db = nullptr;
    std::string result = "cannot open";
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return result;
}

// Makes this process adopt its orphaned descendants while it lives, so that a killed burst's
// hipfit processes can be waited for and none outlives the test.
class Subreaper {
  public:
    Subreaper() { prctl(PR_SET_CHILD_SUBREAPER, 1); }
    ~Subreaper() { prctl(PR_SET_CHILD_SUBREAPER, 0); }
};

class Reliability : public HipfitBinary {
  protected:
    Command environment() const {
        return Command(
            {"HIPFIT_DB=" + database(), std::string("HIPFIT_TODAY=") + kToday, "HOME=" + dir_.path()});
    }
    Command log_water(const std::string& note) const {
        return Command({HIPFIT_BINARY, "log", "water", "10ml", "--note", note});
    }

    // The stored entries' notes and ids, read back through the binary.
    std::pair<std::vector<std::string>, std::set<std::int64_t>> stored() const {
        const ProcessResult result = hipfit({"history", "--json"});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        std::vector<std::string> notes;
        std::set<std::int64_t> ids;
        for (const auto& e : nlohmann::json::parse(result.out)) {
            notes.push_back(e.value("note", ""));
            ids.insert(e["id"].get<std::int64_t>());
        }
        return {notes, ids};
    }
};

// A burst: N = 1, 2, 3 … logged one after the other, each acknowledged (with fsync) once hipfit exits 0.
[[noreturn]] void run_burst(const std::vector<std::unique_ptr<Command>>& runs, char** envp, int acked,
                            int failed, const std::vector<std::string>& lines) {
    setpgid(0, 0);
    const int quiet = open("/dev/null", O_WRONLY);
    for (std::size_t n = 0; n < runs.size(); ++n) {
        const pid_t pid = fork();
        if (pid == 0) {
            dup2(quiet, STDOUT_FILENO);
            dup2(quiet, STDERR_FILENO);
            execve(runs[n]->pointers[0], runs[n]->pointers.data(), envp);
            _exit(127);
        }
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        const int target = WIFEXITED(status) && WEXITSTATUS(status) == 0 ? acked : failed;
        if (write(target, lines[n].data(), lines[n].size()) < 0)
            _exit(126);
        fsync(target);
    }
    _exit(0);
}

struct Kill {
    std::size_t after_acks;  // the kill waits for this many acknowledgements …
    int then_microseconds;   // … and this much longer, to land anywhere in the next write
};

void PrintTo(const Kill& kill, std::ostream* out) {
    *out << kill.after_acks << " acks + " << kill.then_microseconds << " µs";
}

class KilledBurst : public Reliability, public ::testing::WithParamInterface<Kill> {};

TEST_P(KilledBurst, LosesNothingAcknowledgedAndLeavesASoundDatabase) {
    constexpr std::size_t kRuns = 300;  // an upper bound: the kill comes long before
    const Subreaper subreaper;
    std::vector<std::unique_ptr<Command>> runs;
    std::vector<std::string> lines;
    for (std::size_t n = 1; n <= kRuns; ++n) {
        runs.push_back(std::make_unique<Command>(log_water(std::to_string(n)).storage));
        lines.push_back(std::to_string(n) + "\n");
    }
    Command env = environment();
    const std::string acked_path = dir_.file("acked"), failed_path = dir_.file("failed");
    const int acked = open(acked_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    const int failed = open(failed_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    ASSERT_GE(acked, 0);
    ASSERT_GE(failed, 0);

    const pid_t burst = fork();
    ASSERT_GE(burst, 0);
    if (burst == 0)
        run_burst(runs, env.pointers.data(), acked, failed, lines);
    setpgid(burst, burst);  // also here, so that the group exists before the kill whoever runs first
    close(acked);
    close(failed);
    // Wait (bounded: 3000 × 5 ms) for the acknowledgements, then a little more, then kill them all.
    for (int poll = 0; poll < 3000 && lines_of(acked_path).size() < GetParam().after_acks; ++poll) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::this_thread::sleep_for(std::chrono::microseconds(GetParam().then_microseconds));
    ASSERT_EQ(kill(-burst, SIGKILL), 0);
    int status = 0;
    while (waitpid(-burst, &status, 0) > 0 || errno == EINTR) {
    }  // the burst and, adopted, the hipfit it was running

    const std::vector<std::string> acknowledged = lines_of(acked_path);
    EXPECT_EQ(lines_of(failed_path), std::vector<std::string>{});
    ASSERT_GE(acknowledged.size(), GetParam().after_acks);
    ASSERT_LT(acknowledged.size(), kRuns) << "the burst ended before the kill";
    const auto [notes, ids] = stored();
    const std::multiset<std::string> counted(notes.begin(), notes.end());
    for (const std::string& n : acknowledged) EXPECT_EQ(counted.count(n), 1u) << "entry " << n;
    // At most the one run in flight when the kill came is stored without its acknowledgement.
    EXPECT_GE(notes.size(), acknowledged.size());
    EXPECT_LE(notes.size(), acknowledged.size() + 1);
    for (const std::string& n : notes) {
        EXPECT_EQ(counted.count(n), 1u) << "entry " << n;
        EXPECT_LE(std::stoul(n), acknowledged.size() + 1) << n;
    }
    EXPECT_EQ(ids.size(), notes.size());
    if (read_file_or_missing(database()) == "<missing>") {
        EXPECT_TRUE(notes.empty());  // killed before the first hipfit created it
    } else {
        EXPECT_EQ(integrity_check(database()), "ok");
    }
    // And the journal goes on.
    EXPECT_EQ(hipfit({"log", "water", "10ml", "--note", "after"}).exit_code, 0);
    EXPECT_EQ(stored().first.size(), notes.size() + 1);
    EXPECT_EQ(integrity_check(database()), "ok");
}

INSTANTIATE_TEST_SUITE_P(AtDifferentMoments, KilledBurst,
                         ::testing::Values(Kill{0, 0}, Kill{0, 4000}, Kill{1, 0}, Kill{1, 1500},
                                           Kill{2, 3000}, Kill{3, 7000}, Kill{4, 500}, Kill{6, 11000}));

// Starts `count` hipfit processes, released together by closing a pipe they all wait on.
std::vector<ProcessResult> log_together(const Command& env, const std::vector<std::unique_ptr<Command>>& runs,
                                        const std::vector<std::string>& outputs) {
    int barrier[2];
    if (pipe(barrier) != 0)
        return {};
    std::vector<pid_t> pids;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const pid_t pid = fork();
        if (pid == 0) {
            close(barrier[1]);
            char byte = 0;
            while (read(barrier[0], &byte, 1) < 0 && errno == EINTR) {
            }  // returns 0 once every writer has closed: the start signal
            const int out = open(outputs[2 * i].c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            const int err = open(outputs[2 * i + 1].c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            dup2(out, STDOUT_FILENO);
            dup2(err, STDERR_FILENO);
            execve(runs[i]->pointers[0], runs[i]->pointers.data(), const_cast<char**>(env.pointers.data()));
            _exit(127);
        }
        pids.push_back(pid);
    }
    close(barrier[0]);
    close(barrier[1]);  // go
    std::vector<ProcessResult> results;
    for (std::size_t i = 0; i < pids.size(); ++i) {
        int status = 0;
        while (waitpid(pids[i], &status, 0) < 0 && errno == EINTR) {
        }
        ProcessResult result;
        result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        result.out = read_file_or_missing(outputs[2 * i]);
        result.err = read_file_or_missing(outputs[2 * i + 1]);
        results.push_back(result);
    }
    return results;
}

class AtTheSameMoment : public Reliability, public ::testing::WithParamInterface<std::size_t> {
  protected:
    void expect_all_stored_once() {
        const std::size_t count = GetParam();
        std::vector<std::unique_ptr<Command>> runs;
        std::vector<std::string> outputs;
        for (std::size_t i = 0; i < count; ++i) {
            runs.push_back(std::make_unique<Command>(log_water("p" + std::to_string(i)).storage));
            outputs.push_back(dir_.file("out" + std::to_string(i)));
            outputs.push_back(dir_.file("err" + std::to_string(i)));
        }
        const std::size_t before = stored().first.size();
        const std::vector<ProcessResult> results = log_together(environment(), runs, outputs);
        ASSERT_EQ(results.size(), count);
        std::set<std::int64_t> printed;
        for (const ProcessResult& result : results) {
            EXPECT_EQ(result.exit_code, 0) << result.err;
            std::smatch match;
            if (std::regex_search(result.out, match, std::regex(R"(\(id (\d+)\))")))
                printed.insert(std::stoll(match[1]));
        }
        EXPECT_EQ(printed.size(), count);
        const auto [notes, ids] = stored();
        EXPECT_EQ(notes.size(), before + count);
        for (std::size_t i = 0; i < count; ++i) {
            EXPECT_EQ(std::count(notes.begin(), notes.end(), "p" + std::to_string(i)), 1) << i;
        }
        for (std::int64_t id : printed) EXPECT_EQ(ids.count(id), 1u) << id;
        EXPECT_EQ(ids.size(), notes.size());
        EXPECT_EQ(integrity_check(database()), "ok");
    }
};

TEST_P(AtTheSameMoment, AllSucceedAndEachEntryIsStoredOnce) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    expect_all_stored_once();
}

// On a machine without a database, processes that start together must not each run migration 1
// (a regression test: the version is read inside the write transaction).
TEST_P(AtTheSameMoment, AllSucceedOnAFreshMachine) {
    expect_all_stored_once();
}

INSTANTIATE_TEST_SUITE_P(Processes, AtTheSameMoment, ::testing::Values(2, 8));

}  // namespace
}  // namespace hipfit::testing
