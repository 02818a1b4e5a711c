// The views on five years of daily logs (bench/five_year_journal.hpp), through src/app as the command line
// and the server call them, on SQLite and on PostgreSQL: `report` and GET /api/coach under 20 ms each
// (issue 16, point 7); today, stats and the forecast beside them. Each run builds the view and its JSON.
// The PostgreSQL half runs when HIPFIT_TEST_POSTGRESQL names a server (scripts/with-postgresql), in a
// schema of its own dropped at the end; without it, only SQLite's. Results: docs/performance.md.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/coaching.hpp"
#include "app/forecast_view.hpp"
#include "app/report_view.hpp"
#include "app/stats_view.hpp"
#include "app/today.hpp"
#include "five_year_journal.hpp"
#include "io/catalog_json.hpp"
#include "store/postgresql.hpp"
#include "store/repository.hpp"

namespace {

using namespace hipfit;
using bench::kToday;

// A five-year journal in a new database: a SQLite file in a temporary folder, or a schema of its own on
// the PostgreSQL server.
class Journal {
  public:
    // `server`: a postgresql:// URL, or empty for SQLite.
    explicit Journal(std::string server) : server_(std::move(server)) {
        if (server_.empty()) {
            folder_ =
                std::filesystem::temp_directory_path() / fmt::format("hipfit-views-bench-{}", ::getpid());
            std::filesystem::remove_all(folder_);
            location_ = (folder_ / "hipfit.db").string();
        } else {
            schema_ = fmt::format("hipfit_bench_{}", ::getpid());
            store::postgresql::Connection admin(server_);
            admin.execute(fmt::format("DROP SCHEMA IF EXISTS {0} CASCADE; CREATE SCHEMA {0}", schema_));
            const char joiner = server_.find('?') == std::string::npos ? '?' : '&';
            location_ = fmt::format("{}{}options=-csearch_path%3D{}", server_, joiner, schema_);
        }
        auto writer = store::open_repository(location_, store::OpenFor::write);
        writer->import(bench::five_years_of_entries(), bench::five_year_profile(), {});
        repository_ = store::open_repository(location_, store::OpenFor::read);
    }
    ~Journal() {
        repository_.reset();
        if (!schema_.empty()) {
            try {
                store::postgresql::Connection admin(server_);
                admin.execute(fmt::format("DROP SCHEMA IF EXISTS {} CASCADE", schema_));
            } catch (...) {
            }
        }
        if (!folder_.empty())
            std::filesystem::remove_all(folder_);
    }
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    store::Repository& repository() { return *repository_; }

  private:
    std::string server_;
    std::filesystem::path folder_;
    std::string schema_;
    std::string location_;
    std::unique_ptr<store::Repository> repository_;
};

// The journals, built once each, on first use.
Journal& journal_on(const std::string& server) {
    static std::unique_ptr<Journal> sqlite;
    static std::unique_ptr<Journal> postgresql;
    std::unique_ptr<Journal>& journal = server.empty() ? sqlite : postgresql;
    if (!journal)
        journal = std::make_unique<Journal>(server);
    return *journal;
}

using View = std::function<std::string(store::Repository&)>;

void run_view(benchmark::State& state, const std::string& server, const View& view) {
    store::Repository& journal = journal_on(server).repository();
    io::builtin_catalog();  // parsed once per process, as the binary does before any view
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string json = view(journal);
        bytes = json.size();
        benchmark::DoNotOptimize(json.data());
    }
    state.counters["json_bytes"] = static_cast<double>(bytes);
}

// As 'report --json' builds it: the figures, no chart.
std::string report(store::Repository& journal) {
    return app::to_json(app::report_view(journal, app::kWeekDays, kToday, app::ReportCharts::none)).dump();
}
// With the HTML page's charts and exercises drawn too (the page itself is not written).
std::string report_with_charts(store::Repository& journal) {
    return app::to_json(app::report_view(journal, app::kWeekDays, kToday, app::ReportCharts::drawn)).dump();
}
std::string coach(store::Repository& journal) {
    return app::to_json(app::coach_advice(journal, kToday)).dump();
}
std::string today(store::Repository& journal) {
    return app::to_json(app::today_view(&journal, kToday)).dump();
}
std::string stats_month(store::Repository& journal) {
    return app::to_json(app::stats_view(&journal, app::period_ending(app::kMonthDays, kToday), kToday))
        .dump();
}
std::string forecast(store::Repository& journal, int days, int step) {
    app::ForecastRequest request;
    request.days = days;
    request.step = step;
    return app::to_json(app::forecast_view(&journal, request, kToday)).dump();
}

void register_views(const std::string& store, const std::string& server) {
    const std::vector<std::pair<std::string, View>> views = {
        {"Report", report},
        {"ReportCharts", report_with_charts},
        {"Coach", coach},
        {"Today", today},
        {"StatsMonth", stats_month},
        {"ForecastYear", [](store::Repository& j) { return forecast(j, 365, 1); }},
        {"ForecastYearStep7", [](store::Repository& j) { return forecast(j, 365, 7); }},
        {"ForecastTenYears", [](store::Repository& j) { return forecast(j, 3650, 1); }},
        {"ForecastTenYearsStep7", [](store::Repository& j) { return forecast(j, 3650, 7); }},
    };
    for (const auto& [name, view] : views) {
        benchmark::RegisterBenchmark(
            ("BM_" + name + "_" + store).c_str(),
            [server, view = view](benchmark::State& state) { run_view(state, server, view); })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    register_views("SQLite", "");
    const char* server = std::getenv("HIPFIT_TEST_POSTGRESQL");
    if (server != nullptr && *server != '\0')
        register_views("PostgreSQL", server);
    else
        std::cerr << "views_bench: PostgreSQL skipped (HIPFIT_TEST_POSTGRESQL is not set; run it through "
                     "scripts/with-postgresql)\n";
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
