// How long one assessment takes: the figure the CLI and (later) every API request computes.
#include <benchmark/benchmark.h>

#include "core/assessment/assessment.hpp"

namespace {

using namespace hipfit::core;

void BM_Assess(benchmark::State& state) {
    Profile profile;
    profile.sex = Sex::female;
    const Date today{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)};
    profile.age = AgeRecord{std::nullopt, 34, today};
    profile.height = Centimetres(165);
    profile.weight = Kilograms(72);
    profile.waist = Centimetres(80);
    profile.hip = Centimetres(104);
    profile.neck = Centimetres(33);
    for (auto _ : state) benchmark::DoNotOptimize(assess(profile, today));
}
BENCHMARK(BM_Assess);

}  // namespace
