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

TMP="$(mktemp -d "${TMPDIR:-/tmp}/hipfit-load.XXXXXX")"
pids=()
cleanup() {
  local status=$? pid tries
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do # hipfit finishes requests in flight for up to 10 s
    for ((tries = 0; tries < 120; tries++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Two free loopback ports, both held open while choosing so that they differ.
read -r PORT NGINX_PORT < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')
BASE="http://127.0.0.1:$PORT"
NGINX_BASE="http://127.0.0.1:$NGINX_PORT"

# wait_for URL PID NAME LOG: polls URL until it answers 2xx (10 s at most) while PID is alive.
wait_for() {
  local tries
  for ((tries = 0; tries < 100; tries++)); do
    curl -fsS --max-time 1 -o /dev/null "$1" 2>/dev/null && return 0
    if ! kill -0 "$2" 2>/dev/null; then
      echo "load.sh: $3 exited while starting; its output:" >&2
      tail -n 50 "$4" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "load.sh: $3 did not answer $1 within 10 s; its output:" >&2
  tail -n 50 "$4" >&2
  exit 1
}

# api METHOD PATH EXPECTED_STATUS OUTFILE [JSON]: one call with the cookie jar (and the CSRF token once
# known); fails the run, showing the answer, unless the status matches EXPECTED_STATUS (a glob: 2??).
JAR="$TMP/cookies.txt"
CSRF=""
api() {
  local method=$1 path=$2 expected=$3 out=$4 data=${5-} code
  local args=(-sS --max-time 60 -o "$out" -w '%{http_code}' -b "$JAR" -c "$JAR" -X "$method")
  if [[ -n "$CSRF" ]]; then args+=(-H "X-CSRF-Token: $CSRF"); fi
  if [[ -n "$data" ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$data"); fi
  code="$(curl "${args[@]}" "$BASE$path")" || { echo "load.sh: $method $path: curl failed" >&2; exit 1; }
  # shellcheck disable=SC2053  # $expected is a glob on purpose
  if [[ "$code" != $expected ]]; then
    echo "load.sh: $method $path answered $code (expected $expected): $(head -c 600 "$out")" >&2
    exit 1
  fi
}
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
USER_LINE="# not root: nginx runs as $(id -un)"
if [[ "$(id -u)" == 0 ]]; then # the master needs root only to start; its workers run as nobody
  USER_LINE="user nobody $(id -gn nobody);"
  chmod 711 "$TMP"
  chmod -R a+rX "$TMP/nginx"
fi
sed -e "s|@USER@|$USER_LINE|" -e "s|@PREFIX@|$TMP/nginx|g" -e "s|@PORT@|$NGINX_PORT|g" \
  "$LOAD_DIR/nginx.conf.in" >"$TMP/nginx/nginx.conf"
NGINX_ARGS=(-p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log")
"$NGINX" -q -t "${NGINX_ARGS[@]}" || { echo "load.sh: the nginx configuration is refused" >&2; exit 1; }
"$NGINX" "${NGINX_ARGS[@]}" -g 'daemon off;' >"$TMP/nginx/stdout.log" 2>&1 &
pids+=($!)
wait_for "$NGINX_BASE/api/today" "${pids[-1]}" nginx "$TMP/nginx/error.log"

# 3. The runs: nginx, then GET today (on the empty journal), then the writes.
run_wrk() { # NAME URL [wrk options...]
  local name=$1 url=$2
  shift 2
  echo
  echo "== $name: $url"
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency "$@" "$url" | tee "$TMP/$name.out"
}
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
