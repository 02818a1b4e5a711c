# shellcheck shell=bash
# Shared by bench/load.sh and bench/load_postgresql.sh (sourced, not run): the temporary folder and the
# processes started (stopped on exit), free loopback ports, waiting for a server, API calls with a
# cookie jar, nginx from a template, and wrk runs. The caller sets LOAD_NAME (for messages) first.

TMP="$(mktemp -d "${TMPDIR:-/tmp}/hipfit-load.XXXXXX")"
pids=()
# Commands run once on exit after the processes are stopped (e.g. stopping a PostgreSQL cluster).
cleanups=()
cleanup() {
  local status=$? pid tries command
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do # hipfit finishes requests in flight for up to 10 s
    for ((tries = 0; tries < 120; tries++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  for command in "${cleanups[@]}"; do eval "$command" || true; done
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# stop_pid PID: SIGTERM, then waits (hipfit finishes requests in flight for up to 10 s) and forgets it.
stop_pid() {
  local pid=$1 tries kept=()
  kill -TERM "$pid" 2>/dev/null || true
  for ((tries = 0; tries < 120; tries++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for tries in "${pids[@]}"; do [[ "$tries" == "$pid" ]] || kept+=("$tries"); done
  pids=("${kept[@]}")
}

# free_ports N: N free loopback ports on one line, all held open while choosing so that they differ.
free_ports() {
  python3 -c '
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))' "$1"
}

# wait_for URL PID NAME LOG: polls URL until it answers 2xx (10 s at most) while PID is alive.
wait_for() {
  local tries
  for ((tries = 0; tries < 100; tries++)); do
    curl -fsS --max-time 1 -o /dev/null "$1" 2>/dev/null && return 0
    if ! kill -0 "$2" 2>/dev/null; then
      echo "$LOAD_NAME: $3 exited while starting; its output:" >&2
      tail -n 50 "$4" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "$LOAD_NAME: $3 did not answer $1 within 10 s; its output:" >&2
  tail -n 50 "$4" >&2
  exit 1
}

# api METHOD PATH EXPECTED_STATUS OUTFILE [JSON]: one call to $BASE with the cookie jar $JAR (and the
# CSRF token $CSRF once known); fails the run, showing the answer, unless the status matches
# EXPECTED_STATUS (a glob: 2??).
JAR="$TMP/cookies.txt"
CSRF=""
api() {
  local method=$1 path=$2 expected=$3 out=$4 data=${5-} code
  local args=(-sS --max-time 60 -o "$out" -w '%{http_code}' -b "$JAR" -c "$JAR" -X "$method")
  if [[ -n "$CSRF" ]]; then args+=(-H "X-CSRF-Token: $CSRF"); fi
  if [[ -n "$data" ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$data"); fi
  code="$(curl "${args[@]}" "$BASE$path")" || { echo "$LOAD_NAME: $method $path: curl failed" >&2; exit 1; }
  # shellcheck disable=SC2053  # $expected is a glob on purpose
  if [[ "$code" != $expected ]]; then
    echo "$LOAD_NAME: $method $path answered $code (expected $expected): $(head -c 600 "$out")" >&2
    exit 1
  fi
}

# fill_template TEMPLATE OUT [NAME=VALUE...]: bench/load/TEMPLATE with @PREFIX@ ($TMP/nginx) and each
# @NAME@ filled in, written to OUT.
fill_template() {
  local template=$1 out=$2 pair substitutions=(-e "s|@PREFIX@|$TMP/nginx|g")
  shift 2
  for pair in "$@"; do substitutions+=(-e "s|@${pair%%=*}@|${pair#*=}|g"); done
  sed "${substitutions[@]}" "$LOAD_DIR/$template" >"$out"
}

# start_nginx URL [NAME=VALUE...]: nginx from bench/load/nginx.conf.in (filled in as fill_template does,
# and @USER@) with its own prefix $TMP/nginx, serving the files put in $TMP/nginx/www and including the
# server blocks put in $TMP/nginx/conf.d/*.conf; waits until URL answers.
: "${NGINX:=$(command -v nginx || echo /usr/sbin/nginx)}"
start_nginx() {
  local url=$1 user_line
  user_line="# not root: nginx runs as $(id -un)"
  shift
  mkdir -p "$TMP/nginx/www" "$TMP/nginx/conf.d"
  if [[ "$(id -u)" == 0 ]]; then # the master needs root only to start; its workers run as nobody
    user_line="user nobody $(id -gn nobody);"
    chmod 711 "$TMP"
    chmod -R a+rX "$TMP/nginx"
  fi
  fill_template nginx.conf.in "$TMP/nginx/nginx.conf" USER="$user_line" "$@"
  local args=(-p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log")
  "$NGINX" -q -t "${args[@]}" || { echo "$LOAD_NAME: the nginx configuration is refused" >&2; exit 1; }
  "$NGINX" "${args[@]}" -g 'daemon off;' >"$TMP/nginx/stdout.log" 2>&1 &
  pids+=($!)
  wait_for "$url" "${pids[-1]}" nginx "$TMP/nginx/error.log"
}

# run_wrk NAME URL [wrk options...]: THREADS threads, CONNECTIONS connections for DURATION, the latency
# distribution; the output is shown and kept in $TMP/NAME.out.
run_wrk() {
  local name=$1 url=$2
  shift 2
  echo
  echo "== $name: $url"
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency "$@" "$url" | tee "$TMP/$name.out"
}
