#!/bin/sh
# Apple Health import against its goals (docs/performance.md): the C++ reader on the synthetic export
# (written once by the bench), then Python's iterparse over the same file, for the ratio.
#   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DHIPFIT_BUILD_TESTS=OFF -DHIPFIT_BUILD_BENCHMARKS=ON
#   cmake --build build/bench --target apple_health_bench
#   bench/apple_health_bench.sh [build/bench]
set -eu
build=${1:-build/bench}
here=$(dirname "$0")
"$build/bench/apple_health_bench" --benchmark_counters_tabular=true
python3 "$here/apple_health_iterparse.py"
