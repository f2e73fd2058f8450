#!/usr/bin/env bash
# Itinerary search bench: p50/p99 latency and throughput of one-stop searches, GET /api/itineraries?maxStops=1, between
# any two airports of the seeded schedule (100,000+ flights), next to PostgreSQL running the very statements the Api
# sent for the mix (captured from PostgreSQL's log in a first pass, replayed by pgbench) in the same run.
#
# Starts its own PostgreSQL (temporary data directory) and Api (Release build) on free ports on 127.0.0.1,
# measures, prints a summary, and removes everything it started. About 2.5 minutes.
#
#   bench/itinerary-search/run.sh
#
# Settings (environment):
#   CLIENTS=8 THREADS=2       concurrent connections and load-generator threads for the loaded passes
#   DURATION=25               seconds of each loaded pass (Api, then pgbench), after WARMUP=5 seconds each
#   UNLOADED_DURATION=15      seconds of each single-connection pass
#   QUERIES=400 MIX_SEED=42   size and seed of the query mix (see query_mix.py)
#   TARGET_P99_MS=50          the Api's p99 with CLIENTS connections must be at most this
#   PROTOCOL=extended         pgbench's protocol for the reference: extended (each execution parsed and planned, as
#                             the issue's targets were set against) or prepared (PostgreSQL's best case)
#   SKIP_BUILD=1              use the existing Release build of SkyHighBooker.Api
#   RESULTS_DIR=path          also keep the raw outputs (wrk, pgbench, logs, query mix) there
#
# Exit status: 0 target met, 3 target not met, anything else the bench itself failed.
set -euo pipefail

CLIENTS=${CLIENTS:-8}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5}
DURATION=${DURATION:-25}
UNLOADED_DURATION=${UNLOADED_DURATION:-15}
QUERIES=${QUERIES:-400}
MIX_SEED=${MIX_SEED:-42}
TARGET_P99_MS=${TARGET_P99_MS:-50}
SKIP_BUILD=${SKIP_BUILD:-0}
export PROTOCOL=${PROTOCOL:-extended} # report.py prints it
RESULTS_DIR=${RESULTS_DIR:-}
MIN_FLIGHTS=100000

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
pg_bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
api_dll=$repo/SkyHighBooker.Api/bin/Release/net10.0/SkyHighBooker.Api.dll
cd "$repo" # global.json picks the SDK

. "$here/../lib.sh" # say, fail, stop, run_step, free_port, wait_for_http, value, install_missing, show_logs, keep_results, wait_for_postgres

. "$here/../search-stack.sh" itinerary-search

start_api false # the cache keeps itineraries too: the mix repeats its 400 searches, so on it would measure the cache
check_seeded

# --- query mix, and the Api's SQL for it --------------------------------------------------------------------------
"$pg_bin/psql" -XAtq -c "SELECT code FROM airports ORDER BY code" > "$work/airports.txt"
python3 "$here/query_mix.py" "$work/airports.txt" "$QUERIES" "$MIX_SEED" "$work/paths.txt"
first_path=$(head -n 1 "$work/paths.txt")
status=$(curl --noproxy '*' -s -o "$work/first-response.json" -w '%{http_code}' "$api$first_path")
[ "$status" = 200 ] && grep -q '"items"' "$work/first-response.json" \
  || fail "GET $first_path answered $status: $(head -c 300 "$work/first-response.json")"

# Each search of the mix once, with PostgreSQL logging every statement and its parameters: pgbench replays those.
say "capturing the Api's statements for the $QUERIES searches"
"$pg_bin/psql" -XAtq -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" > /dev/null
while read -r path; do
  curl --noproxy '*' -s -o /dev/null --fail "$api$path" || fail "GET $path failed"
done < "$work/paths.txt"
"$pg_bin/psql" -XAtq -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" > /dev/null
captured=$(python3 "$here/captured_sql.py" "$work/postgres.log" "$work/search.pgbench.sql")
say "captured $captured statements"

measure_idle_load # sets machine, printed under the summary

# --- Api passes ------------------------------------------------------------------------------------------------------
say "Api warm-up: $CLIENTS connections, $WARMUP s"
run_wrk "$THREADS" "$CLIENTS" "$WARMUP" "$work/api-warmup.txt"
say "Api: $CLIENTS connections, $DURATION s"
run_wrk "$THREADS" "$CLIENTS" "$DURATION" "$work/api-loaded.txt"
say "Api: 1 connection, $UNLOADED_DURATION s"
run_wrk 1 1 "$UNLOADED_DURATION" "$work/api-unloaded.txt"

# --- PostgreSQL reference ---------------------------------------------------------------------------------------------------
pgbench_passes

# --- summary --------------------------------------------------------------------------------------------------------
echo
set +e
python3 "$here/report.py" summary "$flights" "$(wc -l < "$work/paths.txt")" "$CLIENTS" "$DURATION" "$TARGET_P99_MS" \
  "$work/api-loaded.txt" "$work/api-unloaded.txt" "$work/pgbench-loaded.txt" "$work/pgbench-unloaded.txt"
result=$?
echo "$machine"
exit $result
