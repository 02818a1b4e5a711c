// io::parse_json on an array of n small objects (the shape of an export's entries or a workout file's
// sets): the time per object must stay flat as n grows (linear parsing). nlohmann's callback parser,
// used before, walked the array after every object: n² (200,000 sets took minutes under the sanitizers).
#include <benchmark/benchmark.h>

#include <string>

#include <nlohmann/json.hpp>

#include "io/json_parse.hpp"

namespace {

void BM_ParseArrayOfObjects(benchmark::State& state) {
    std::string text = "[";
    for (int i = 0; i < state.range(0); ++i) text += R"({"exercise":"glute-bridge","reps":12},)";
    text.back() = ']';
    for (auto _ : state) benchmark::DoNotOptimize(hipfit::io::parse_json(text));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ParseArrayOfObjects)
    ->RangeMultiplier(4)
    ->Range(1'000, 256'000)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

}  // namespace
