// `hipfit today` and `hipfit stats --month` on a journal of five years of daily entries: goal under
// 20 ms wall each (issue #4). Results: docs/performance.md.
//   BM_*_InProcess: the command's work through cli::run (the catalog already parsed).
//   BM_*_Process:   the real binary started for each run, as a person or a script runs it.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>

#include "cli/command.hpp"
#include "core/body/profile.hpp"
#include "store/repository.hpp"

extern char** environ;

namespace {

using namespace hipfit;
using core::Date;
using core::Entry;
using core::EntryKind;

const Date kToday{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)};

core::Profile profile(Date start) {
    core::Profile p;
    p.sex = core::Sex::female;
    p.age = core::AgeRecord{std::nullopt, 34, start};
    p.height = core::Centimetres(165);
    p.weight = core::Kilograms(80);
    p.waist = core::Centimetres(86);
    p.hip = core::Centimetres(108);
    p.neck = core::Centimetres(34);
    p.program_start = start;
    return p;
}

Entry entry(EntryKind kind, Date date, int hour, double value) {
    Entry e;
    e.kind = kind;
    e.date = date;
    e.time = {hour, 0};
    e.value = value;
    return e;
}

// About ten entries a day for five years: weight, three meals, water, sleep, steps, standing breaks,
// three workouts a week and a weekly measurement.
std::vector<Entry> five_years(Date first) {
    std::mt19937 rng(1);
    std::normal_distribution<double> noise(0.0, 0.4);
    std::vector<Entry> entries;
    double weight = 80;
    for (int day = 0; day < 5 * 365; ++day) {
        const Date date{std::chrono::sys_days(first) + std::chrono::days(day)};
        weight -= 0.004;
        entries.push_back(entry(EntryKind::weight, date, 7, weight + noise(rng)));
        for (int meal = 0; meal < 3; ++meal) {
            Entry food = entry(EntryKind::food, date, 8 + 5 * meal, 550);
            food.protein_g = 35;
            entries.push_back(food);
        }
        entries.push_back(entry(EntryKind::water, date, 10, 1600));
        entries.push_back(entry(EntryKind::sleep, date, 7, 7.4));
        entries.push_back(entry(EntryKind::steps, date, 21, 8200));
        entries.push_back(entry(EntryKind::standup, date, 18, 7));
        if (day % 7 == 0) {
            Entry measure = entry(EntryKind::measure, date, 7, 0);
            measure.measurements.waist = core::Centimetres(86 - day * 0.002);
            measure.measurements.hip = core::Centimetres(108 - day * 0.002);
            entries.push_back(measure);
        }
        if (day % 7 == 0 || day % 7 == 2 || day % 7 == 4) {
            Entry workout = entry(EntryKind::workout, date, 18, 0);
            workout.sets = {{"glute-bridge", 12, {}, {}, 8, {}, {}, {}, {}, {}},
                            {"glute-bridge", 12, {}, {}, 8, {}, {}, {}, {}, {}},
                            {"walking", {}, {}, {}, {}, 30.0, 2.5, {}, {}, {}}};
            workout.energy_kcal = 180;
            entries.push_back(workout);
        }
    }
    return entries;
}

class Journal {
  public:
    Journal() {
        folder_ = std::filesystem::temp_directory_path() / "hipfit-bench-journal";
        std::filesystem::remove_all(folder_);
        const Date first{std::chrono::sys_days(kToday) - std::chrono::days(5 * 365 - 1)};
        auto repository = store::open_sqlite(path(), store::OpenFor::write);
        repository->import(five_years(first), profile(first), {});
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

BENCHMARK(BM_Today_InProcess)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StatsMonth_InProcess)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Today_Process)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StatsMonth_Process)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
