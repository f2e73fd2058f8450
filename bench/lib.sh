# Shell helpers the benches share; sourced by bench/*/run.sh after they set up their own state.
# run_step records its child in the caller's step_pid, so the caller's cleanup can stop it.

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

stop() { # stop PID [SIGNAL]: signal the process, wait up to 15 s, then kill its process group
  local pid=$1 signal=${2:-TERM}
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -"$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- -"$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

# run_step SECONDS OUTPUT COMMAND...: runs COMMAND with a time limit, its output in OUTPUT. In the background
# with wait, so that Ctrl-C stops the bench at once (a foreground child would delay the trap until it ends).
run_step() {
  local limit=$1 output=$2 status=0
  shift 2
  timeout "$limit" "$@" > "$output" 2>&1 &
  step_pid=$!
  wait "$step_pid" || status=$?
  step_pid=
  return $status
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_http() { # wait_for_http URL PID NAME SECONDS: until URL answers 200, as long as PID lives
  for _ in $(seq $(($4 * 2))); do
    [ "$(curl --noproxy '*' -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ] && return 0
    kill -0 "$2" 2>/dev/null || fail "$3 exited"
    sleep 0.5
  done
  fail "$3 did not answer 200 at $1 within $4 s"
}

# value KEY FILE: the value of a "key value" line
value() { awk -v key="$1" '$1 == key { print $2 }' "$2"; }

# install_missing PACKAGE...: installs the Debian packages a bench lacks (as root; otherwise says what to install).
install_missing() {
  [ $# -gt 0 ] || return 0
  [ "$(id -u)" = 0 ] || fail "missing $*; install them (apt-get install $*) and rerun"
  say "installing $*"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; then
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
  fi
}

# show_logs DIR LOG...: the last lines of each non-empty log, for a bench that failed.
show_logs() {
  local dir=$1 log
  shift
  for log in "$@"; do
    [ -s "$dir/$log" ] && { say "last lines of $log:"; tail -n 15 "$dir/$log" >&2; }
  done
  return 0
}

# keep_results DIR: copies DIR's files to $RESULTS_DIR when it is set, then removes DIR.
keep_results() {
  if [ -n "${RESULTS_DIR:-}" ]; then
    mkdir -p "$RESULTS_DIR"
    find "$1" -maxdepth 1 -type f -exec cp {} "$RESULTS_DIR"/ \;
    say "raw outputs kept in $RESULTS_DIR"
  fi
  rm -rf "$1"
}

# wait_for_postgres PID [PG_ISREADY_OPTION...]: until the server $pg_bin runs accepts connections, for up to 30 s, as
# long as PID lives (where to connect: the options, or PGHOST/PGPORT).
wait_for_postgres() {
  local pid=$1
  shift
  for _ in $(seq 300); do
    "$pg_bin/pg_isready" -q "$@" -d postgres && return 0
    kill -0 "$pid" 2>/dev/null || fail "PostgreSQL exited"
    sleep 0.1
  done
  fail "PostgreSQL did not accept connections within 30 s"
}
