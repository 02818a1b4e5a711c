// How fast Hall's body-weight model runs: a batch of people through a year (the goal: at least 20 million
// person-days a second on one core, at the default accuracy of kDefaultStepsPerDay RK4 steps a day), and
// one ten-year forecast as `hipfit forecast` computes it.
#include <benchmark/benchmark.h>

#include <vector>

#include "core/forecast/body_model_batch.hpp"
#include "core/forecast/forecast.hpp"

namespace {

using namespace hipfit::core;

constexpr int kPeople = 10'000;
constexpr int kDays = 365;

// A spread of adults from a fixed pattern (no randomness, so every run times the same work): both sexes,
// 20–79 years, 150–194 cm, BMI 19–43, PAL 1.4–2.1.
BodyModelPerson person(int i) {
    BodyModelPerson p;
    p.sex = i % 2 == 0 ? Sex::female : Sex::male;
    p.age_years = 20.0 + (i * 7) % 60;
    p.height = Centimetres(150.0 + (i * 13) % 45);
    const double metres = to_metres(p.height);
    p.weight = Kilograms((19.0 + (i * 17) % 25) * metres * metres);
    p.pal = 1.4 + ((i * 5) % 8) / 10.0;
    return p;
}

// Each person's plan: a change of −800…+199 kcal/day for the first half year, then −400…+359.
double first_change(int i) {
    return -800.0 + (i * 37) % 1000;
}
double second_change(int i) {
    return -400.0 + (i * 53) % 760;
}

void BM_BatchYear(benchmark::State& state) {
    std::vector<BodyBaseline> people;
    std::vector<double> first, second;
    for (int i = 0; i < kPeople; ++i) {
        people.push_back(body_baseline(person(i)));
        first.push_back(first_change(i));
        second.push_back(second_change(i));
    }
    for (auto _ : state) {
        BodyBatch batch(people);
        for (int day = 0; day < kDays; ++day) batch.advance_day(day < kDays / 2 ? first : second);
        benchmark::DoNotOptimize(batch.state(kPeople - 1).fat_kg);
    }
    state.counters["person_days"] = benchmark::Counter(static_cast<double>(kPeople) * kDays,
                                                       benchmark::Counter::kIsIterationInvariantRate);
    state.counters["steps_per_day"] = kDefaultStepsPerDay;
}
BENCHMARK(BM_BatchYear)->Unit(benchmark::kMillisecond);

void BM_ForecastTenYears(benchmark::State& state) {
    const BodyModelPerson p{Sex::female, 34.0, Kilograms(72.0), Centimetres(165.0), 1.55, std::nullopt};
    const std::vector<IntakeChange> plan{{0, Kilocalories(-300.0)}, {180, Kilocalories(0.0)}};
    for (auto _ : state) benchmark::DoNotOptimize(forecast(p, plan, kMaxForecastDays, Kilograms(68.0)));
}
BENCHMARK(BM_ForecastTenYears)->Unit(benchmark::kMillisecond);

}  // namespace
