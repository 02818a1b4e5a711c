// `hipfit today`, `hipfit stats --month` and the --json of today, stats and report on a journal of five
// years of daily entries (five_year_journal.hpp): goal under 20 ms wall each (issues 4 and 16). Results:
// docs/performance.md.
//   BM_*_InProcess: the command's work through cli::run (the catalog already parsed).
//   BM_*_Process:   the real binary started for each run, as a person or a script runs it.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "cli/command.hpp"
#include "five_year_journal.hpp"
#include "store/repository.hpp"

extern char** environ;

namespace {

using namespace hipfit;
using bench::kToday;

class Journal {
  public:
    Journal() {
        folder_ = std::filesystem::temp_directory_path() / "hipfit-bench-journal";
        std::filesystem::remove_all(folder_);
        auto repository = store::open_sqlite(path(), store::OpenFor::write);
        repository->import(bench::five_years_of_entries(), bench::five_year_profile(), {});
    }
    ~Journal() { std::filesystem::remove_all(folder_); }
    [[nodiscard]] std::string path() const { return (folder_ / "hipfit.db").string(); }

  private:
    std::filesystem::path folder_;
};

const Journal& journal() {
    static const Journal instance;
    return instance;
}

void run_in_process(benchmark::State& state, std::vector<const char*> args) {
    const std::string db = journal().path();
    const core::FixedClock clock(kToday);
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    cli::Environment environment{cli::Console{in, out, err, false}, clock,
                                 [&db](std::string_view name) -> std::optional<std::string> {
                                     if (name == "HIPFIT_DB")
                                         return db;
                                     return std::nullopt;
                                 }};
    args.insert(args.begin(), "hipfit");
    for (auto _ : state) {
        out.str("");
        if (cli::run(static_cast<int>(args.size()), args.data(), environment) != 0) {
            state.SkipWithError(err.str().c_str());
            return;
        }
    }
}

void run_process(benchmark::State& state, std::vector<std::string> args) {
    const std::string db = "HIPFIT_DB=" + journal().path();
    std::string today = "HIPFIT_TODAY=2026-11-21";
    std::vector<std::string> storage{HIPFIT_BINARY};
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : storage) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::string db_var = db;
    char* envp[] = {db_var.data(), today.data(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    for (auto _ : state) {
        pid_t pid = 0;
        if (posix_spawn(&pid, HIPFIT_BINARY, &actions, nullptr, argv.data(), envp) != 0) {
            state.SkipWithError("spawn failed");
            break;
        }
        int status = 0;
        waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            state.SkipWithError("hipfit failed");
            break;
        }
    }
    posix_spawn_file_actions_destroy(&actions);
}

void BM_Today_InProcess(benchmark::State& state) {
    run_in_process(state, {"today"});
}
void BM_StatsMonth_InProcess(benchmark::State& state) {
    run_in_process(state, {"stats", "--month"});
}
void BM_Today_Process(benchmark::State& state) {
    run_process(state, {"today"});
}
void BM_StatsMonth_Process(benchmark::State& state) {
    run_process(state, {"stats", "--month"});
}

void BM_TodayJson_Process(benchmark::State& state) {
    run_process(state, {"today", "--json"});
}
void BM_StatsJson_Process(benchmark::State& state) {
    run_process(state, {"stats", "--json"});
}
void BM_ReportJson_Process(benchmark::State& state) {
    run_process(state, {"report", "--json"});
}
// A process that starts and stops, reading nothing: what every command's figure includes.
void BM_Version_Process(benchmark::State& state) {
    run_process(state, {"--version"});
}

BENCHMARK(BM_Today_InProcess)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StatsMonth_InProcess)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Today_Process)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StatsMonth_Process)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TodayJson_Process)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StatsJson_Process)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReportJson_Process)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Version_Process)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
