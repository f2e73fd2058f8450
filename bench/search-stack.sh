# What the two search benches (flight-search, itinerary-search) share: their tools, a workspace and its cleanup, a
# Release build of the Api, their own PostgreSQL, and start_api / stop_api / check_seeded for the Api on it.
# Sourced by their run.sh after lib.sh, with here, repo, pg_bin, api_dll, SKIP_BUILD and MIN_FLIGHTS set:
#   . "$here/../search-stack.sh" BENCH_NAME
# Sets work, pg_port, password (and PG* for psql and pgbench), api; pg_pid, api_pid and step_pid for the cleanup.

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
