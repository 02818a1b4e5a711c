#!/usr/bin/env bash
# Load test of several `hipfit serve` processes on one PostgreSQL database beside one on SQLite, on
# loopback on the same machine (docs/performance.md, "Several servers on PostgreSQL"). ACCOUNTS accounts,
# each with a year of daily logs (bench/load/population.py), on a fresh copy of the same population for
# each setup:
#   sqlite     one server on a SQLite file            pg1        one server on PostgreSQL
#   pg1-nginx  the same behind nginx (optional)        pg2        two servers on PostgreSQL behind nginx
# For each setup and each of ROUTES: GET /api/ROUTE for accounts chosen at random with a write (POST
# /api/entries) every tenth request; then writes only. Before them (and again at the end) nginx serves a
# static file of the size of a year-account's GET /api/today, as the yardstick. After each run with
# writes, the entries in the database are counted: every acknowledged (201) write must be stored.
# PostgreSQL is a private durable cluster in a temporary folder (fsync and synchronous_commit on; the
# settings are printed).
#   bench/load_postgresql.sh [HIPFIT=path] [DURATION=15s] [CONNECTIONS=256] [THREADS=2] [ACCOUNTS=200]
#                            [DAYS=365] [SETUPS="sqlite pg1 pg2"] [ROUTES="today stats coach"]
#                            [PG_STAT_STATEMENTS=1] [SEED=DIR] [SERVE_OPTIONS="--threads 4"]
#                            (or set them in the env)
# PG_STAT_STATEMENTS=1 prints each PostgreSQL setup's costliest statements; SEED=DIR keeps the
# populations in DIR for later runs of the same day; SERVE_OPTIONS are added to every setup's servers.
# Needs wrk, nginx (nginx-light), curl, python3, sqlite3 and PostgreSQL (initdb, pg_ctl, psql). Exits 0
# when it ran (missed speed goals are reported, not an error), 2 when the hipfit binary is missing, 1 when
# anything else failed or an acknowledged write is not stored.
set -euo pipefail

for arg in "$@"; do
  case "$arg" in
    HIPFIT=* | DURATION=* | CONNECTIONS=* | THREADS=* | ACCOUNTS=* | DAYS=* | SETUPS=* | ROUTES=* | \
      PG_STAT_STATEMENTS=* | SEED=* | SERVE_OPTIONS=*) export "${arg?}" ;;
    -h | --help) sed -n '2,/^set /s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "load_postgresql.sh: unknown argument '$arg' (try --help)" >&2; exit 1 ;;
  esac
done

if [[ -n "${HIPFIT:-}" && "$HIPFIT" != /* ]]; then HIPFIT="$PWD/$HIPFIT"; fi
if [[ -n "${SEED:-}" && "$SEED" != /* ]]; then SEED="$PWD/$SEED"; fi
cd "$(dirname "$0")/.."
HIPFIT="${HIPFIT:-$PWD/build/bench/src/cli/hipfit}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-256}"
THREADS="${THREADS:-2}"
ACCOUNTS="${ACCOUNTS:-200}"
DAYS="${DAYS:-365}"
SETUPS="${SETUPS:-sqlite pg1 pg2}"
ROUTES="${ROUTES:-today stats coach}"
PG_STAT_STATEMENTS="${PG_STAT_STATEMENTS:-0}"
read -r -a SERVE_OPTIONS <<<"${SERVE_OPTIONS:-}"
LOAD_DIR="$PWD/bench/load"
LOAD_NAME=load_postgresql.sh

if [[ ! -x "$HIPFIT" ]]; then
  echo "$LOAD_NAME: no hipfit binary at $HIPFIT" >&2
  echo "  build it with: cmake --preset bench && cmake --build --preset bench --target hipfit   (or pass HIPFIT=path)" >&2
  exit 2
fi
PG_BIN="$(pg_config --bindir 2>/dev/null || true)"
if [[ ! -x "$PG_BIN/initdb" ]]; then
  # shellcheck disable=SC2012  # as scripts/with-postgresql: the newest version's folder
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
for tool in wrk nginx curl python3 sqlite3 "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/psql"; do
  command -v "$tool" >/dev/null || [[ -x "$tool" ]] ||
    { echo "$LOAD_NAME: '$tool' is not installed" >&2; exit 1; }
done
if ! [[ "$CONNECTIONS" =~ ^[1-9][0-9]*$ && "$THREADS" =~ ^[1-9][0-9]*$ && "$ACCOUNTS" =~ ^[1-9][0-9]*$ &&
  "$DAYS" =~ ^[1-9][0-9]*$ ]] || ((THREADS > CONNECTIONS)); then
  echo "$LOAD_NAME: CONNECTIONS, THREADS, ACCOUNTS and DAYS must be whole numbers, THREADS <= CONNECTIONS" >&2
  exit 1
fi
for setup in $SETUPS; do
  case "$setup" in sqlite | pg1 | pg1-nginx | pg2) ;; *) echo "$LOAD_NAME: unknown setup '$setup'" >&2; exit 1 ;; esac
done
for route in $ROUTES; do
  case "$route" in today | stats | coach) ;; *) echo "$LOAD_NAME: unknown route '$route'" >&2; exit 1 ;; esac
done

# shellcheck source=bench/load/common.sh
source "$LOAD_DIR/common.sh"

read -r SERVER_A SERVER_B NGINX_PORT ONE_PORT TWO_PORT < <(free_ports 5)
NGINX_BASE="http://127.0.0.1:$NGINX_PORT"

echo "hipfit load test on PostgreSQL and SQLite: $HIPFIT"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1 ($(nproc) CPUs, shared by wrk, nginx, the servers and PostgreSQL)"
echo "$ACCOUNTS accounts of $DAYS days each; setups: $SETUPS; routes: $ROUTES"

# 1. A private, durable PostgreSQL cluster (PostgreSQL refuses to run as root: as postgres then), reached
# through a socket in its folder. Settings a host would use for a database of this size on this machine.
PG_DIR="$(mktemp -d /tmp/hipfit-load-postgresql.XXXXXX)"
as_owner=()
if [[ "$(id -u)" == 0 ]]; then
  chown postgres: "$PG_DIR"
  as_owner=(runuser -u postgres --)
fi
cleanups+=("${as_owner[*]} '$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m fast stop >/dev/null 2>&1; rm -rf '$PG_DIR'")
PG_SETTINGS=(
  -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c wal_sync_method=fdatasync
  -c shared_buffers=512MB -c effective_cache_size=4GB -c work_mem=8MB -c maintenance_work_mem=256MB
  -c max_wal_size=4GB -c checkpoint_timeout=15min -c checkpoint_completion_target=0.9
  -c max_connections=200 -c log_checkpoints=on
)
if [[ "$PG_STAT_STATEMENTS" == 1 ]]; then
  PG_SETTINGS+=(-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all)
fi
"${as_owner[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U hipfit --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
  -o "-k $PG_DIR -c listen_addresses='' ${PG_SETTINGS[*]}" start || { cat "$PG_DIR/server.log" >&2; exit 1; }
pg_url() { echo "postgresql://hipfit@/${1:-postgres}?host=$PG_DIR"; }
psql_run() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$(pg_url "${2:-postgres}")" -c "$1"; } # SQL [DATABASE]
echo "PostgreSQL $(psql_run 'SHOW server_version'): $(psql_run "SELECT string_agg(name || '=' ||
  current_setting(name), ' ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit',
  'full_page_writes', 'wal_sync_method', 'shared_buffers', 'effective_cache_size', 'work_mem',
  'max_wal_size', 'checkpoint_timeout', 'max_connections', 'wal_level', 'shared_preload_libraries')")"

# start_server NAME DB PORT [options...]: one hipfit serve, waited for.
start_server() {
  local name=$1 db=$2 port=$3
  shift 3
  "$HIPFIT" serve --listen "127.0.0.1:$port" --db "$db" "$@" >"$TMP/$name.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$port/api/health" "${pids[-1]}" "hipfit serve ($name)" "$TMP/$name.log"
}

# 2. The same population on each store, through the API: a server on the seed database, then stopped.
# SQLite's seed is copied (.backup) for its setup; PostgreSQL's is the template of each setup's database.
# With SEED=DIR, both are kept in DIR (a SQLite file, a pg_dump, the cookies) and taken from there by a
# later run of the same day with the same ACCOUNTS and DAYS.
populate() { # STORE DB
  start_server "seed-$1" "$2" "$SERVER_A"
  local started=$SECONDS
  python3 "$LOAD_DIR/population.py" "http://127.0.0.1:$SERVER_A" "$TMP/accounts-$1.tsv" \
    --accounts "$ACCOUNTS" --days "$DAYS"
  echo "  ($1: $((SECONDS - started)) s)"
  stop_pid "${pids[-1]}"
}
needs_sqlite=0 needs_postgresql=0
for setup in $SETUPS; do
  if [[ "$setup" == sqlite ]]; then needs_sqlite=1; else needs_postgresql=1; fi
done
seed_prefix="${SEED:+$SEED/$(date +%F)-$ACCOUNTS-$DAYS}"
if [[ -n "$seed_prefix" ]]; then mkdir -p "$SEED"; fi
if ((needs_sqlite)); then
  if [[ -n "$seed_prefix" && -f "$seed_prefix.db" ]]; then
    echo "population: SQLite's from $seed_prefix.db"
    cp "$seed_prefix.db" "$TMP/seed.db" && cp "$seed_prefix-sqlite.tsv" "$TMP/accounts-sqlite.tsv"
  else
    populate sqlite "$TMP/seed.db"
    if [[ -n "$seed_prefix" ]]; then
      sqlite3 "$TMP/seed.db" ".backup '$seed_prefix.db'" && cp "$TMP/accounts-sqlite.tsv" "$seed_prefix-sqlite.tsv"
    fi
  fi
fi
if ((needs_postgresql)); then
  psql_run "CREATE DATABASE seed"
  if [[ -n "$seed_prefix" && -f "$seed_prefix.pgdump" ]]; then
    echo "population: PostgreSQL's from $seed_prefix.pgdump"
    "$PG_BIN/pg_restore" --no-owner -d "$(pg_url seed)" "$seed_prefix.pgdump"
    cp "$seed_prefix-postgresql.tsv" "$TMP/accounts-postgresql.tsv"
  else
    populate postgresql "$(pg_url seed)"
    if [[ -n "$seed_prefix" ]]; then
      "$PG_BIN/pg_dump" -Fc -f "$seed_prefix.pgdump" "$(pg_url seed)" && cp "$TMP/accounts-postgresql.tsv" "$seed_prefix-postgresql.tsv"
    fi
  fi
  psql_run "VACUUM ANALYZE" seed
  if [[ "$PG_STAT_STATEMENTS" == 1 ]]; then psql_run "CREATE EXTENSION pg_stat_statements"; fi
fi
if ((needs_sqlite)); then
  seed_db="$TMP/seed.db" ACCOUNT_FILE="$TMP/accounts-sqlite.tsv"
else
  seed_db="$(pg_url seed)" ACCOUNT_FILE="$TMP/accounts-postgresql.tsv"
fi

# The yardstick's file: one account's GET /api/today (every account's is about this size).
IFS=$'\t' read -r FIRST_COOKIE _ <"$ACCOUNT_FILE"
start_server seed-today "$seed_db" "$SERVER_A"
mkdir -p "$TMP/nginx/www" "$TMP/nginx/conf.d"
curl -fsS -H "Cookie: $FIRST_COOKIE" -o "$TMP/nginx/www/today.json" "http://127.0.0.1:$SERVER_A/api/today"
stop_pid "${pids[-1]}"
STATIC_BYTES="$(wc -c <"$TMP/nginx/www/today.json")"
fill_template balancer.conf.in "$TMP/nginx/conf.d/balancer.conf" SERVER_A="$SERVER_A" SERVER_B="$SERVER_B" \
  ONE_PORT="$ONE_PORT" TWO_PORT="$TWO_PORT"
start_nginx "$NGINX_BASE/api/today" PORT="$NGINX_PORT"

# 3. The runs. Each is kept as $TMP/NAME.out (wrk), NAME.load (load averages before it), NAME.cpu
# (/proc/stat's CPU line before and after) and, with writes, NAME.stored (entries stored during it,
# counted in the database).
RUNS=()
count_entries() { # STORE DB
  if [[ "$1" == sqlite ]]; then
    sqlite3 "$2" 'PRAGMA busy_timeout = 10000; SELECT count(*) FROM entries;' | tail -n 1
  else
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$2" -c "SELECT count(*) FROM entries"
  fi
}
load_run() { # NAME URL ACCOUNT_FILE GET_PATH WRITE_EVERY [STORE DB]
  local name=$1 url=$2 before=0
  cut -d' ' -f1-3 /proc/loadavg >"$TMP/$name.load"
  head -n 1 /proc/stat >"$TMP/$name.cpu" # the machine's CPU time by kind, before and after the run
  if [[ -n "${6:-}" ]]; then before="$(count_entries "$6" "$7")"; fi
  # A request unanswered after 2 s (wrk's default) would count as a socket error and be left out of the
  # latencies: 30 s keeps the slow ones in the figures.
  HIPFIT_ACCOUNTS="$3" HIPFIT_GET="$4" HIPFIT_WRITE_EVERY="$5" run_wrk "$name" "$url" -s "$LOAD_DIR/mixed.lua" \
    --timeout 30s
  head -n 1 /proc/stat >>"$TMP/$name.cpu"
  if [[ -n "${6:-}" ]]; then
    sleep 1 # answers to writes in flight when wrk stopped
    echo $(($(count_entries "$6" "$7") - before)) >"$TMP/$name.stored"
  fi
  RUNS+=("$name")
}

load_run nginx "$NGINX_BASE/api/today" "$ACCOUNT_FILE" /api/today 0
for setup in $SETUPS; do
  echo
  echo "==== $setup"
  case "$setup" in
    sqlite)
      store=sqlite db="$TMP/$setup.db" accounts="$TMP/accounts-sqlite.tsv"
      sqlite3 "$TMP/seed.db" ".backup '$db'"
      ;;
    *)
      store=postgresql db="$(pg_url "${setup//-/_}")" accounts="$TMP/accounts-postgresql.tsv"
      psql_run "CREATE DATABASE ${setup//-/_} TEMPLATE seed"
      ;;
  esac
  case "$setup" in
    sqlite | pg1)
      start_server "$setup" "$db" "$SERVER_A" "${SERVE_OPTIONS[@]}"
      url="http://127.0.0.1:$SERVER_A"
      ;;
    pg1-nginx)
      start_server "$setup" "$db" "$SERVER_A" --trusted-proxy 127.0.0.1 "${SERVE_OPTIONS[@]}"
      url="http://127.0.0.1:$ONE_PORT"
      ;;
    pg2)
      start_server "$setup-a" "$db" "$SERVER_A" --trusted-proxy 127.0.0.1 "${SERVE_OPTIONS[@]}"
      start_server "$setup-b" "$db" "$SERVER_B" --trusted-proxy 127.0.0.1 "${SERVE_OPTIONS[@]}"
      url="http://127.0.0.1:$TWO_PORT"
      ;;
  esac
  if [[ "$store" == postgresql && "$PG_STAT_STATEMENTS" == 1 ]]; then psql_run "SELECT pg_stat_statements_reset()" >/dev/null; fi
  pg_log_lines="$(wc -l <"$PG_DIR/server.log")"
  for route in $ROUTES; do
    load_run "$setup-$route" "$url/api/$route" "$accounts" "/api/$route" 10 "$store" "$db"
  done
  load_run "$setup-post" "$url/api/entries" "$accounts" /api/today 1 "$store" "$db"
  if [[ "$store" == postgresql && "$PG_STAT_STATEMENTS" == 1 ]]; then
    echo "-- pg_stat_statements, $setup (all its runs): the statements taking most time"
    "$PG_BIN/psql" -X "$(pg_url)" -c "SELECT calls, round(total_exec_time) AS total_ms,
      round(mean_exec_time::numeric, 3) AS mean_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS query
      FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15"
  fi
  while ((${#pids[@]} > 1)); do stop_pid "${pids[-1]}"; done # the servers; nginx stays
  # What went wrong during the setup's runs, if anything: the servers' own words, PostgreSQL's errors.
  for log in "$TMP/$setup"*.log; do
    if [[ "$(grep -cEv '^hipfit (serves |stopped)' "$log")" != 0 ]]; then
      echo "-- $(basename "$log"), beyond its start and stop:"
      grep -Ev '^hipfit (serves |stopped)' "$log" | sort | uniq -c | sort -rn | head -n 10
    fi
  done
  if [[ "$store" == postgresql ]]; then
    tail -n +"$((pg_log_lines + 1))" "$PG_DIR/server.log" | grep -o 'ERROR: .*' | sort | uniq -c |
      sed "s/^/-- PostgreSQL during $setup: /" || true
  fi
done
load_run nginx-again "$NGINX_BASE/api/today" "$ACCOUNT_FILE" /api/today 0

echo
grep -h "checkpoint complete" "$PG_DIR/server.log" 2>/dev/null | sed 's/^/PostgreSQL: /' || true
python3 "$LOAD_DIR/report_postgresql.py" "$TMP" "$CONNECTIONS" "$STATIC_BYTES" "${RUNS[@]}"
