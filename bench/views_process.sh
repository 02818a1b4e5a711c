#!/usr/bin/env bash
# The views on five years of daily logs as a person meets them (docs/performance.md, "The views on five
# years"): the whole process of `today`, `stats` and `report --json` (and of `--version`, the start-up every
# command pays), timed by hyperfine; then GET /api/coach, /api/stats, /api/today and /api/forecast on a
# running `hipfit serve`, each right after a write to the journal so that the response cache cannot answer.
#   bench/views_process.sh build/ci/src/cli/hipfit [RUNS]     # needs hyperfine, curl, python3
set -euo pipefail

binary="$(realpath "${1:?usage: bench/views_process.sh HIPFIT_BINARY [RUNS]}")"
runs="${2:-40}"
here="$(cd "$(dirname "$0")" && pwd)"
folder="$(mktemp -d /tmp/hipfit-views-process.XXXXXX)"
server=""
stop() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$folder"
}
trap stop EXIT

export HIPFIT_TODAY=2026-11-21 HIPFIT_DB="$folder/hipfit.db"
"$here/five_year_journal.py" --today "$HIPFIT_TODAY" >"$folder/five-years.json"
"$binary" import "$folder/five-years.json" >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 3 --runs "$runs" --export-json "$folder/hyperfine.json" \
  "$binary --version" "$binary today --json" "$binary stats --json" "$binary report --json" >/dev/null
python3 - "$folder/hyperfine.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    ms = lambda s: s * 1000
    print(f"{r['command'].split('/')[-1]:32} median {ms(r['median']):6.1f} ms wall  "
          f"(min {ms(r['min']):.1f}), user+sys {ms(r['user'] + r['system']):.1f} ms")
EOF

port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
"$binary" serve --listen "127.0.0.1:$port" --claim-owner >"$folder/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "$base/api/health" >/dev/null 2>&1 && break; sleep 0.05; done
csrf="$(curl -s -c "$folder/jar" -H 'Content-Type: application/json' \
  -d '{"email":"me@example.com","password":"a long passphrase"}' "$base/api/accounts" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["csrf_token"])')"
for route in /api/coach /api/stats /api/today "/api/forecast?step=7" /api/forecast; do
  for _ in $(seq "$runs"); do
    curl -s -o /dev/null -b "$folder/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
      -d '{"kind":"water","value":250,"date":"2026-11-20","time":"09:00"}' "$base/api/entries"
    curl -s -o /dev/null -b "$folder/jar" -w '%{time_total} %{size_download}\n' "$base$route"
  done | python3 -c "
import statistics, sys
rows = [line.split() for line in sys.stdin]
t = sorted(float(r[0]) * 1000 for r in rows)
print(f'GET {sys.argv[1]:30} median {statistics.median(t):6.1f} ms (min {t[0]:.1f}, max {t[-1]:.1f}), '
      f'{int(rows[-1][1]):,} bytes')" "$route"
done
