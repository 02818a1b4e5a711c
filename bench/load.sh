#!/usr/bin/env bash
# Load test of `hipfit serve` on loopback (127.0.0.1 only), compared with nginx serving a static file
# of the same size as GET /api/today. Goals: GET /api/today >= 50% of nginx's requests/s; its p99 < 20 ms
# at 256 connections; POST /api/entries >= 5,000/s; every acknowledged (2xx) write is stored.
#   bench/load.sh [HIPFIT=path] [DURATION=15s] [CONNECTIONS=256] [THREADS=2]   (or set them in the env)
# Needs wrk, nginx (nginx-light), curl and python3. Exits 0 when it ran (missed goals are reported, not
# an error), 2 when the hipfit binary is missing, 1 when anything else failed.
set -euo pipefail

for arg in "$@"; do
  case "$arg" in
    HIPFIT=* | DURATION=* | CONNECTIONS=* | THREADS=*) export "${arg?}" ;;
    -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "load.sh: unknown argument '$arg' (try --help)" >&2; exit 1 ;;
  esac
done

# A HIPFIT given by the caller is relative to the caller's directory; the default to the repo root.
if [[ -n "${HIPFIT:-}" && "$HIPFIT" != /* ]]; then HIPFIT="$PWD/$HIPFIT"; fi
cd "$(dirname "$0")/.."
HIPFIT="${HIPFIT:-$PWD/build/bench/src/cli/hipfit}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-256}"
THREADS="${THREADS:-2}"
LOAD_DIR="$PWD/bench/load"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

if [[ ! -x "$HIPFIT" ]]; then
  echo "load.sh: no hipfit binary at $HIPFIT" >&2
  echo "  build it with: cmake --preset bench && cmake --build --preset bench   (or pass HIPFIT=path)" >&2
  exit 2
fi
for tool in wrk "$NGINX" curl python3; do
  command -v "$tool" >/dev/null || { echo "load.sh: '$tool' is not installed" >&2; exit 1; }
done
if ! [[ "$CONNECTIONS" =~ ^[1-9][0-9]*$ && "$THREADS" =~ ^[1-9][0-9]*$ ]] || ((THREADS > CONNECTIONS)); then
  echo "load.sh: CONNECTIONS and THREADS must be whole numbers with THREADS <= CONNECTIONS" >&2
  exit 1
fi

LOAD_NAME=load.sh
# shellcheck source=bench/load/common.sh
source "$LOAD_DIR/common.sh"

read -r PORT NGINX_PORT < <(free_ports 2)
BASE="http://127.0.0.1:$PORT"
NGINX_BASE="http://127.0.0.1:$NGINX_PORT"

COUNT_ENTRIES='import json, sys
data = json.load(open(sys.argv[1]))
if isinstance(data, dict): data = data.get("entries", data.get("items", []))
print(sum(1 for e in data if not isinstance(e, dict) or e.get("kind", "water") == "water"))'

echo "hipfit load test: $HIPFIT"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1 ($(nproc) CPUs, shared by wrk and the server)"

# 1. hipfit on a fresh database, one account with a profile.
"$HIPFIT" serve --listen "127.0.0.1:$PORT" --db "$TMP/hipfit.db" >"$TMP/hipfit.log" 2>&1 &
pids+=($!)
wait_for "$BASE/api/health" "${pids[-1]}" "hipfit serve" "$TMP/hipfit.log"

api POST /api/accounts 201 "$TMP/signup.json" '{"email":"bench@example.com","password":"correct horse battery"}'
CSRF="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["csrf_token"])' "$TMP/signup.json")"
SESSION="$(awk -F'\t' '$6 == "hipfit_session" { v = $7 } END { print v }' "$JAR")"
if [[ -z "$CSRF" || -z "$SESSION" ]]; then
  echo "load.sh: sign-up gave no csrf_token or no hipfit_session cookie: $(cat "$TMP/signup.json")" >&2
  exit 1
fi
export HIPFIT_COOKIE="hipfit_session=$SESSION" HIPFIT_CSRF="$CSRF" # read by bench/load/post_entry.lua
api PUT /api/profile '2??' "$TMP/profile.json" \
  '{"sex":"female","age_years":34,"height_cm":165,"weight_kg":72,"waist_cm":80,"hip_cm":104,"neck_cm":33,"activity":"light","goal":"lose-fat"}'
api GET /api/today 200 "$TMP/today.json"
STATIC_BYTES="$(wc -c <"$TMP/today.json")"

# 2. nginx serving a file of the same size (the today body itself) from its own prefix in TMP.
mkdir -p "$TMP/nginx/www"
cp "$TMP/today.json" "$TMP/nginx/www/today.json"
start_nginx "$NGINX_BASE/api/today" PORT="$NGINX_PORT"

# 3. The runs: nginx, then GET today (on the empty journal), then the writes.
run_wrk nginx "$NGINX_BASE/api/today"
run_wrk get "$BASE/api/today" -H "Cookie: $HIPFIT_COOKIE"

# One write by hand first, so that a refused write is explained here rather than as wrk's non-2xx count.
api POST /api/entries 201 "$TMP/entry.json" '{"kind":"water","value":250}'
api GET '/api/entries?kind=water' 200 "$TMP/water-before.json"
WATER_BEFORE="$(python3 -c "$COUNT_ENTRIES" "$TMP/water-before.json")"
run_wrk post "$BASE/api/entries" -s "$LOAD_DIR/post_entry.lua"
api GET '/api/entries?kind=water' 200 "$TMP/water-after.json"
WATER_STORED=$(($(python3 -c "$COUNT_ENTRIES" "$TMP/water-after.json") - WATER_BEFORE))

python3 "$LOAD_DIR/report.py" "$TMP/nginx.out" "$TMP/get.out" "$TMP/post.out" \
  "$CONNECTIONS" "$STATIC_BYTES" "$WATER_STORED"
