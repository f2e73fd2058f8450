# What the two search benches (flight-search, itinerary-search) share: their tools, a workspace and its cleanup, a
# Release build of the Api, their own PostgreSQL, and start_api / stop_api / check_seeded for the Api on it.
# Sourced by their run.sh after lib.sh, with here, repo, pg_bin, api_dll, SKIP_BUILD and MIN_FLIGHTS set:
#   . "$here/../search-stack.sh" BENCH_NAME
# Sets work, pg_port, password (and PG* for psql and pgbench), api; pg_pid, api_pid and step_pid for the cleanup.
# Then what both measure alike: measure_idle_load, run_wrk (wrk with flight-search/search.lua over $work/paths.txt),
# and pgbench_passes (the reference over $work/search.pgbench.sql, with PROTOCOL).

# --- tools ----------------------------------------------------------------------------------------------
need_packages=()
command -v wrk >/dev/null || need_packages+=(wrk)
command -v python3 >/dev/null || need_packages+=(python3)
command -v curl >/dev/null || need_packages+=(curl)
[ -x "$pg_bin/postgres" ] && [ -x "$pg_bin/pgbench" ] || need_packages+=(postgresql-15)
[ -x "$pg_bin/psql" ] || need_packages+=(postgresql-client-15)
install_missing "${need_packages[@]}"
command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not installed"

# --- workspace and cleanup ----------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/$1-bench.XXXXXX")
pg_pid=
api_pid=
step_pid=

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ $status -ne 0 ] && [ $status -ne 3 ] && [ $status -ne 130 ] && [ $status -ne 143 ]; then
    show_logs "$work" api.log postgres.log
  fi
  stop "$step_pid" TERM
  stop "$api_pid" TERM
  stop "$pg_pid" INT # fast shutdown
  keep_results "$work"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- build ------------------------------------------------------------------------------------------------
if [ "$SKIP_BUILD" != 1 ]; then
  say "building SkyHighBooker.Api (Release)"
  run_step 300 "$work/build.log" dotnet build -c Release -nologo -v q "$repo/SkyHighBooker.Api" \
    || { tail -n 30 "$work/build.log" >&2; fail "dotnet build failed"; }
fi
[ -f "$api_dll" ] || fail "$api_dll is missing (build SkyHighBooker.Api in Release)"

# --- PostgreSQL ---------------------------------------------------------------------------------------------
pg_port=$(free_port)
password="bench-$RANDOM$RANDOM"
export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres PGPASSWORD=$password PGDATABASE=skyhighdb
say "starting PostgreSQL on 127.0.0.1:$pg_port"
POSTGRES_PASSWORD=$password POSTGRES_BIN=$pg_bin \
  setsid "$repo/scripts/run-local-postgres.sh" "$work/pgdata" > "$work/postgres.log" 2>&1 &
pg_pid=$!
wait_for_postgres "$pg_pid"

# --- Api ------------------------------------------------------------------------------------------------------
api_port=$(free_port)
api=http://127.0.0.1:$api_port
start_api() { # start_api CACHE(true|false): the Api with its public-read cache on or off
  say "starting the Api on $api, public-read cache $1 (migrates and seeds the schedule on first start)"
  (
    cd "$repo/SkyHighBooker.Api"
    # no telemetry export, no request logging, rate limits out of the way (every request comes from one address):
    # only the search itself is measured
    unset OTEL_EXPORTER_OTLP_ENDPOINT OTEL_EXPORTER_OTLP_HEADERS OTEL_EXPORTER_OTLP_PROTOCOL
    export ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning PublicReads__Cache="$1" \
      RateLimits__PerUserPermitsPerMinute=100000000 RateLimits__PerIpPermitsPerMinute=100000000 \
      ConnectionStrings__skyhighdb="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$password;Database=skyhighdb"
    exec setsid dotnet "$api_dll" --urls "$api"
  ) >> "$work/api.log" 2>&1 &
  api_pid=$!
  wait_for_http "$api/health" "$api_pid" "the Api" 90
}
stop_api() { stop "$api_pid" TERM; api_pid=; }
check_seeded() { # the Api seeds the schedule before /health answers: enough flights for the bench?
  flights=$("$pg_bin/psql" -XAtq -c "SELECT count(*) FROM flights")
  [ "$flights" -ge "$MIN_FLIGHTS" ] || fail "only $flights flights seeded, the bench needs at least $MIN_FLIGHTS"
  say "the Api is up, $flights flights seeded"
}

# --- measuring ----------------------------------------------------------------------------------------------------
# How busy the machine is with other work (the bench idle for 2 s): the passes share its cores with it. Sets machine.
measure_idle_load() {
  local idle0 total0 idle1 total1 busy_percent
  read -r idle0 total0 < <(cpu_sample); sleep 2; read -r idle1 total1 < <(cpu_sample)
  busy_percent=$(( total1 > total0 ? 100 * ((total1 - total0) - (idle1 - idle0)) / (total1 - total0) : 0 ))
  machine="machine: $(nproc) cores, ${busy_percent}% busy while the bench sat idle just before measuring"
  [ "$busy_percent" -ge 10 ] && machine+=" (numbers are skewed by that load; rerun on a quiet machine)"
  return 0
}
cpu_sample() { awk '$1 == "cpu" { idle = $5 + $6; total = 0; for (i = 2; i <= 9; i++) total += $i; print idle, total }' /proc/stat; }

check_wrk() { # check_wrk RESULT: every request answered 2xx
  grep -q '^-- result' "$1" || fail "wrk printed no result: $(tail -n 5 "$1")"
  [ "$(value failed "$1")" = 0 ] \
    || fail "$(value failed "$1") failed requests ($(value non_2xx "$1") not 2xx) in $(basename "$1")"
}
run_wrk() { # run_wrk THREADS CONNECTIONS SECONDS OUTPUT: the Api, cycling through $work/paths.txt
  run_step $(($3 + 60)) "$4" wrk -t"$1" -c"$2" -d"$3"s --timeout 5s --latency -s "$repo/bench/flight-search/search.lua" "$api" \
    -- "$work/paths.txt" || fail "wrk failed: $(tail -n 5 "$4")"
  check_wrk "$4"
}

# -M extended (PROTOCOL): unnamed statements, each execution parsed and planned, as plain clients send them and as
# the targets were set against. -M prepared: each statement parsed and planned once per client, then run from its plan,
# as the Api's public-read pool prepares its statements once per connection (with the values inlined each search of the
# mix is a statement of its own planned for exactly its values: PostgreSQL's best case).
run_pgbench() { # run_pgbench CLIENTS THREADS SECONDS NAME [LOG]
  local log_args=()
  [ "${5:-}" = log ] && log_args=(-l --log-prefix="$work/$4.tx")
  run_step $(($3 + 60)) "$work/$4.out" "$pg_bin/pgbench" -n -M "$PROTOCOL" -c "$1" -j "$2" -T "$3" "${log_args[@]}" \
    -f "$work/search.pgbench.sql" || fail "pgbench failed: $(tail -n 5 "$work/$4.out")"
  if [ "${5:-}" = log ]; then
    python3 "$here/report.py" pgbench "$work/$4.tx" "$work/$4.out" > "$work/$4.txt"
    [ "$(value failed "$work/$4.txt")" = 0 ] || fail "pgbench: $(value failed "$work/$4.txt") failed transactions"
  fi
}
pgbench_passes() { # the reference, $work/search.pgbench.sql: warm-up, CLIENTS loaded, one client (pgbench-*.txt)
  say "pgbench warm-up: $CLIENTS clients, $WARMUP s"
  run_pgbench "$CLIENTS" "$THREADS" "$WARMUP" pgbench-warmup
  say "pgbench: $CLIENTS clients, $DURATION s"
  run_pgbench "$CLIENTS" "$THREADS" "$DURATION" pgbench-loaded log
  say "pgbench: 1 client, $UNLOADED_DURATION s"
  run_pgbench 1 1 "$UNLOADED_DURATION" pgbench-unloaded log
}
