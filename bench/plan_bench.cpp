// A 12-week plan for one profile: goal under 1 ms (issue #3). Results: docs/performance.md.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"

namespace {

using namespace hipfit::core;

void BM_TwelveWeekPlan(benchmark::State& state) {
    Profile profile;
    profile.sex = Sex::female;
    profile.equipment = {Equipment::band, Equipment::dumbbells};
    profile.days = {Weekday::mon, Weekday::wed, Weekday::fri, Weekday::sat};
    profile.level = Level::intermediate;
    PlanOptions options;
    options.start = Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23)};
    const Catalog& catalog = hipfit::io::builtin_catalog();  // parsed once, as in the binary
    for (auto _ : state) benchmark::DoNotOptimize(generate_plan(profile, catalog, options));
}
BENCHMARK(BM_TwelveWeekPlan)->Unit(benchmark::kMicrosecond);

}  // namespace

namespace {

// Parsing and validating the catalog: paid once per process.
void BM_ParseCatalog(benchmark::State& state) {
    std::ifstream in(HIPFIT_SOURCE_DIR "/data/exercises.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string json = text.str();
    for (auto _ : state) benchmark::DoNotOptimize(hipfit::io::parse_catalog(json));
}
BENCHMARK(BM_ParseCatalog)->Unit(benchmark::kMicrosecond);

}  // namespace
