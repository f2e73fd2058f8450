#!/usr/bin/env bash
# Booking load bench: confirmed bookings per second through the Api with 64 clients fighting over the seats of 8 hot
# flights (seat map, book, pay, confirm with the Stripe stand-in, refresh; the webhook follows), next to PostgreSQL running the same
# booking SQL with pgbench in the same run; their ratio; p50/p99 latencies; and a check that no seat was sold twice.
#
# Starts its own PostgreSQL (temporary data directory), cognito-local, Stripe stand-in and Api (Release builds) on
# free ports on 127.0.0.1, measures, prints a summary, and removes everything it started. About 4 minutes.
#
#   bench/booking-load/run.sh
#
# Settings (environment):
#   CLIENTS=64              concurrent clients (Api: one signed-in traveller each; pgbench: -c), at most 256
#   LANES=8 SEATS=180       hot flights open at once and their seats; a full flight is replaced by a fresh one
#   WARMUP=30 DURATION=25   seconds of warm-up and of measurement, for each pass (Api, then pgbench); the warm-up
#                           lets the JIT finish optimizing the Api under load (about 30 s on two cores)
#   FLIGHTS_PER_LANE=100    flights in reserve per lane and pass (the bench stops if a lane runs out)
#   ATTEMPTS=5              seat attempts per pgbench booking before it gives up (the Api client retries until the flight fills)
#   THREADS=2               pgbench threads
#   TARGET_RATIO=0.5        the Api's confirmed bookings/s must be at least this share of pgbench's
#   DRAIN_TIMEOUT=60        seconds to wait after the Api pass for every paid booking to be confirmed
#   SKIP_BUILD=1            use the existing Release builds
#   RESULTS_DIR=path        also keep the raw outputs (load generator, pgbench, logs, script) there
#
# Exit status: 0 target met, 3 target missed, 4 a seat was sold twice or a flight's count is out of step,
# anything else the bench itself failed.
set -euo pipefail

CLIENTS=${CLIENTS:-64}
LANES=${LANES:-8}
SEATS=${SEATS:-180}
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-25}
FLIGHTS_PER_LANE=${FLIGHTS_PER_LANE:-100}
ATTEMPTS=${ATTEMPTS:-5}
THREADS=${THREADS:-2}
TARGET_RATIO=${TARGET_RATIO:-0.5}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-60}
SKIP_BUILD=${SKIP_BUILD:-0}
RESULTS_DIR=${RESULTS_DIR:-}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
pg_bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
api_dll=$repo/SkyHighBooker.Api/bin/Release/net10.0/SkyHighBooker.Api.dll
stripe_dll=$repo/SkyHighBooker.StripeStandIn/bin/Release/net10.0/SkyHighBooker.StripeStandIn.dll
load_dll=$here/BookingLoad/bin/Release/net10.0/BookingLoad.dll
cd "$repo" # global.json picks the SDK

. "$here/../lib.sh" # say, fail, stop, run_step, free_port, wait_for_http, value, install_missing, show_logs, keep_results, wait_for_postgres

[ "$CLIENTS" -ge 1 ] && [ "$CLIENTS" -le 256 ] || fail "CLIENTS must be 1 to 256 (pgbench references and ids are built from the client number)"

# --- tools ----------------------------------------------------------------------------------------------
need_packages=()
command -v python3 >/dev/null || need_packages+=(python3)
command -v curl >/dev/null || need_packages+=(curl)
command -v node >/dev/null || need_packages+=(nodejs)
# scripts/install-emulators.sh installs cognito-local with npm when emulators/node_modules is missing
[ -f "$repo/emulators/node_modules/.package-lock.json" ] || command -v npm >/dev/null || need_packages+=(npm)
[ -x "$pg_bin/postgres" ] && [ -x "$pg_bin/pgbench" ] || need_packages+=(postgresql-15)
[ -x "$pg_bin/psql" ] || need_packages+=(postgresql-client-15)
install_missing "${need_packages[@]}"
command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not installed"

# --- workspace and cleanup ----------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/booking-load-bench.XXXXXX")
pg_pid=
cognito_pid=
stripe_pid=
api_pid=
sampler_pid=
step_pid=

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ $status -ne 0 ] && [ $status -ne 3 ] && [ $status -ne 4 ] && [ $status -ne 130 ] && [ $status -ne 143 ]; then
    show_logs "$work" api.log stripe.log cognito.log postgres.log
  fi
  stop "$step_pid" TERM
  stop "$sampler_pid" TERM
  stop "$api_pid" TERM
  stop "$stripe_pid" TERM
  stop "$cognito_pid" TERM
  stop "$pg_pid" INT # fast shutdown
  keep_results "$work"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

sql() { "$pg_bin/psql" -XAtq -v ON_ERROR_STOP=1 "$@"; }

# CPU ticks (1/100 s) of a process with its children (live, and reaped through cutime), then the machine's busy and
# total ticks over all cores.
cpu_ticks() {
  local own children machine
  own=$(sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 + $14 + $15 }')
  children=$( (cat /proc/[0-9]*/stat 2>/dev/null || true) | sed 's/^.*) //' | awk -v p="$1" '$2 == p { t += $12 + $13 } END { print t + 0 }')
  machine=$(awk '$1 == "cpu" { idle = $5 + $6; total = 0; for (i = 2; i <= 9; i++) total += $i; print total - idle, total }' /proc/stat)
  echo "$((own + children)) $machine"
}

# --- build ------------------------------------------------------------------------------------------------
if [ "$SKIP_BUILD" != 1 ]; then
  for project in "$repo/SkyHighBooker.Api" "$repo/SkyHighBooker.StripeStandIn" "$here/BookingLoad"; do
    say "building $(basename "$project") (Release)"
    run_step 300 "$work/build.log" dotnet build -c Release -nologo -v q "$project" \
      || { tail -n 30 "$work/build.log" >&2; fail "dotnet build $(basename "$project") failed"; }
  done
fi
for dll in "$api_dll" "$stripe_dll" "$load_dll"; do
  [ -f "$dll" ] || fail "$dll is missing (build it in Release, or run without SKIP_BUILD=1)"
done

# --- PostgreSQL ---------------------------------------------------------------------------------------------
pg_port=$(free_port)
password="bench-$RANDOM$RANDOM"
export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres PGPASSWORD=$password PGDATABASE=skyhighdb
say "starting PostgreSQL on 127.0.0.1:$pg_port"
# pg_stat_statements: which statements the database spends its time on, in each pass (statements-*.txt)
POSTGRES_PASSWORD=$password POSTGRES_BIN=$pg_bin \
  setsid "$repo/scripts/run-local-postgres.sh" "$work/pgdata" -c shared_preload_libraries=pg_stat_statements \
  > "$work/postgres.log" 2>&1 &
pg_pid=$!

# --- cognito-local, with a fixed verification code -----------------------------------------------------------------
cognito_port=$(free_port)
say "starting cognito-local on 127.0.0.1:$cognito_port"
PORT=$cognito_port CODE=246810 setsid "$repo/scripts/run-cognito-local.sh" "$work/cognito" > "$work/cognito.log" 2>&1 &
cognito_pid=$!

wait_for_postgres "$pg_pid"

wait_for_http "http://127.0.0.1:$cognito_port/health" "$cognito_pid" cognito-local 60
COGNITO_ENDPOINT="http://localhost:$cognito_port/" ADMIN_PASSWORD='Bench!Admin1pass' \
  node "$repo/emulators/cognito-bootstrap.mjs" > "$work/cognito-bootstrap.log" 2>&1 \
  || fail "cognito-bootstrap.mjs failed: $(tail -n 5 "$work/cognito-bootstrap.log")"
pool_json=$(tail -n 1 "$work/cognito-bootstrap.log")
pool() { python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$pool_json" "$1"; }

# --- Stripe stand-in and Api ---------------------------------------------------------------------------------------
api_port=$(free_port)
stripe_port=$(free_port)
api=http://127.0.0.1:$api_port
stripe=http://127.0.0.1:$stripe_port
webhook_secret="whsec_bench_$RANDOM$RANDOM"

say "starting the Stripe stand-in on $stripe"
(
  cd "$repo/SkyHighBooker.StripeStandIn"
  unset OTEL_EXPORTER_OTLP_ENDPOINT OTEL_EXPORTER_OTLP_HEADERS OTEL_EXPORTER_OTLP_PROTOCOL
  # Only the events the Api acts on, as its Stripe endpoint would be set up (the stand-in sends all by default;
  # charge.succeeded would double the webhook traffic for nothing).
  export ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning \
    Webhooks__Url="$api/api/payments/stripe/webhook" Webhooks__Secret="$webhook_secret" \
    Webhooks__EnabledEvents__0=payment_intent.succeeded Webhooks__EnabledEvents__1=payment_intent.payment_failed
  exec setsid dotnet "$stripe_dll" --urls "$stripe"
) > "$work/stripe.log" 2>&1 &
stripe_pid=$!

say "starting the Api on $api (migrates and seeds the schedule first)"
(
  cd "$repo/SkyHighBooker.Api"
  # no telemetry export, warning-level logging, rate limits out of the way: the bench is 64 users booking flat out
  unset OTEL_EXPORTER_OTLP_ENDPOINT OTEL_EXPORTER_OTLP_HEADERS OTEL_EXPORTER_OTLP_PROTOCOL
  export ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning \
    ConnectionStrings__skyhighdb="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$password;Database=skyhighdb" \
    Cognito__UserPoolId="$(pool userPoolId)" Cognito__ClientId="$(pool clientId)" Cognito__Issuer="$(pool issuer)" \
    Cognito__ServiceUrl="$(pool endpoint)" Cognito__RequireHttpsMetadata=false \
    Stripe__SecretKey=sk_test_booking_load Stripe__PublishableKey=pk_test_booking_load \
    Stripe__WebhookSecret="$webhook_secret" Stripe__ApiBase="$stripe" \
    RateLimits__PerUserPermitsPerMinute=100000000 RateLimits__PerIpPermitsPerMinute=100000000 \
    RateLimits__StripeWebhookPermitsPerMinute=100000000
  exec setsid dotnet "$api_dll" --urls "$api"
) > "$work/api.log" 2>&1 &
api_pid=$!

wait_for_http "$stripe/health" "$stripe_pid" "the Stripe stand-in" 60
wait_for_http "$api/health" "$api_pid" "the Api" 120
api_up=$(date +%s)
say "the Api is up, $(sql -c "SELECT count(*) FROM flights") flights seeded"

# --- hot flights ----------------------------------------------------------------------------------------------------
sql -v lanes="$LANES" -v per_lane="$FLIGHTS_PER_LANE" -v seats="$SEATS" -f "$here/hot_flights.sql"
sql -F ' ' -c "SELECT lane, position, flight_id FROM booking_load_hot_flights WHERE pool = 'api' ORDER BY lane, position" \
  > "$work/api-hot-flights.txt"

sql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

# Rows written per table (pg_stat_user_tables), before and after each pass: report.py compares the Api's writes per
# booking with pgbench's, so a reference that no longer does what the Api does is flagged.
table_writes() {
  # A session that goes idle hands its counts to pg_stat_user_tables up to 10 s later (PGSTAT_IDLE_INTERVAL): the Api's
  # pooled connections stay open, so wait that long after their last write.
  sleep "${2:-0}"
  sql -F ' ' -c "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables
                 WHERE relname NOT LIKE 'booking_load_%' ORDER BY relname" > "$work/$1"
}
explain_seat_map() { # explain_seat_map POOL FILE: the plan of the Api's seat-map query on the pool's fullest flight, as the pass left it
  sql -c "SELECT h.flight_id FROM booking_load_hot_flights h JOIN flights f ON f.id = h.flight_id
          WHERE h.pool = '$1' ORDER BY f.available_seats, h.lane, h.position LIMIT 1" \
    | { read -r flight
        sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT s.seat_number AS \"SeatNumber\", EXISTS (
                  SELECT 1 FROM bookings AS b WHERE b.id = s.booking_id AND b.booking_status = 'pending_payment') AS \"Pending\"
                FROM seat_assignments AS s WHERE s.flight_id = '$flight'"; } > "$work/$2"
}
reset_statements() { sql -c "SELECT pg_stat_statements_reset()" > /dev/null; }
statements() { # statements FILE: the statements by database time since the last reset (ms, calls, text)
  sql -F $'\t' -c "SELECT round(total_exec_time::numeric, 1), calls, regexp_replace(query, '\s+', ' ', 'g')
                   FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat%' AND query NOT LIKE '%booking_load_activity%'
                   ORDER BY total_exec_time DESC LIMIT 40" > "$work/$1"
}

# What the database sessions do, ten times a second, until the pgbench pass is over (db_activity.sql).
sql -f "$here/db_activity.sql"
PGAPPNAME=booking-load-sampler "$pg_bin/psql" -XAtq -c "CALL booking_load_sample($(( (2 * WARMUP + 2 * DURATION + DRAIN_TIMEOUT + 900) * 10 )))" \
  > "$work/sampler.log" 2>&1 &
sampler_pid=$!

# How busy the machine is with other work (the bench idle for 2 s): the passes share its cores with it.
read -r idle0 total0 < <(awk '$1 == "cpu" { idle = $5 + $6; total = 0; for (i = 2; i <= 9; i++) total += $i; print idle, total }' /proc/stat)
sleep 2
read -r idle1 total1 < <(awk '$1 == "cpu" { idle = $5 + $6; total = 0; for (i = 2; i <= 9; i++) total += $i; print idle, total }' /proc/stat)
busy_percent=$(( total1 > total0 ? 100 * ((total1 - total0) - (idle1 - idle0)) / (total1 - total0) : 0 ))
machine="machine: $(nproc) cores, ${busy_percent}% busy while the bench sat idle just before measuring"
[ "$busy_percent" -ge 10 ] && machine+=" (numbers are skewed by that load; rerun on a quiet machine)"

# --- Api pass ---------------------------------------------------------------------------------------------------------
# Each pass starts from vacuumed tables with fresh statistics, so neither inherits the other's dead rows or plans.
sql -c "VACUUM ANALYZE"
table_writes writes-api-before.txt $((api_up + 11 - $(date +%s) > 0 ? api_up + 11 - $(date +%s) : 0))
reset_statements
say "Api: signing up $CLIENTS travellers, then $CLIENTS clients, $WARMUP s warm-up + $DURATION s"
run_step $((WARMUP + DURATION + 240)) "$work/api-load.txt" dotnet "$load_dll" \
  --api "$api" --stripe "$stripe" --cognito "http://127.0.0.1:$cognito_port/" --cognito-client-id "$(pool clientId)" \
  --hot-flights "$work/api-hot-flights.txt" --clients "$CLIENTS" --warmup "$WARMUP" --duration "$DURATION" \
  --seats-out "$work/seats.tsv" --cpu-watch "api=$api_pid,stripe=$stripe_pid,postgres=$pg_pid" \
  || fail "the load generator failed: $(tail -n 20 "$work/api-load.txt")"
sed -n '/^-- result$/,$p' "$work/api-load.txt" | grep -E '^[a-z0-9_]+ [-+0-9.eE]+$|^[a-z0-9_]+ NaN$' | sed 's/^/api_/' > "$work/results.txt"
[ "$(value api_errors "$work/results.txt")" = 0 ] \
  || fail "the Api pass had $(value api_errors "$work/results.txt") unexpected answers: $(sed -n '/^unexpected answers/,$p' "$work/api-load.txt" | head -n 6)"

api_pool_confirmed() {
  sql -c "SELECT count(*) FROM bookings b JOIN booking_load_hot_flights h ON h.flight_id = b.flight_id AND h.pool = 'api'
          WHERE b.booking_status = 'confirmed'"
}
paid_total=$(value api_paid_total "$work/results.txt")
backlog=$((paid_total - $(api_pool_confirmed)))
say "waiting for the stand-in's webhooks: $backlog of $paid_total paid bookings not confirmed yet"
drain_started=$(date +%s)
until [ "$(api_pool_confirmed)" -ge "$paid_total" ]; do
  [ $(($(date +%s) - drain_started)) -lt "$DRAIN_TIMEOUT" ] \
    || fail "after $DRAIN_TIMEOUT s, $((paid_total - $(api_pool_confirmed))) paid bookings are still not confirmed (webhooks lost?)"
  sleep 0.5
done
drain_seconds=$(($(date +%s) - drain_started))
table_writes writes-api-after.txt 11
statements statements-api.txt
explain_seat_map api explain-seat-map-api.txt

window_from=$(value api_window_from_epoch "$work/results.txt")
window_to=$(value api_window_to_epoch "$work/results.txt")
sql -F ' ' -c "
  SELECT count(*),
         coalesce(percentile_disc(0.5) WITHIN GROUP (ORDER BY lag_ms), 0),
         coalesce(percentile_disc(0.99) WITHIN GROUP (ORDER BY lag_ms), 0)
  FROM (SELECT extract(epoch FROM b.updated_at - b.created_at) * 1000 AS lag_ms
        FROM bookings b JOIN booking_load_hot_flights h ON h.flight_id = b.flight_id AND h.pool = 'api'
        WHERE b.booking_status = 'confirmed'
          AND b.updated_at >= to_timestamp($window_from) AND b.updated_at < to_timestamp($window_to)) AS confirmed" \
  | { read -r confirmed lag50 lag99
      printf 'api_confirmed %s\napi_confirm_lag_p50_ms %s\napi_confirm_lag_p99_ms %s\n' "$confirmed" "$lag50" "$lag99"; } >> "$work/results.txt"
printf 'api_backlog %s\napi_drain_seconds %s\n' "$backlog" "$drain_seconds" >> "$work/results.txt"

# --- PostgreSQL reference -------------------------------------------------------------------------------------------
# The seat layout (number, cabin, fare) as the Api's seat map showed it, for the script's seat choice.
sql -c "CREATE TABLE booking_load_seats (seat_number varchar(4) PRIMARY KEY, cabin varchar(20) NOT NULL, fare numeric(10,2) NOT NULL)" \
  -c "\\copy booking_load_seats FROM '$work/seats.tsv'" -c "ANALYZE booking_load_seats"
python3 "$here/booking_script.py" "$ATTEMPTS" > "$work/booking.pgbench.sql"
sql -c "VACUUM ANALYZE"

# -M extended: unnamed statements parsed and planned per execution, as Npgsql sends the Api's.
run_pgbench() { # run_pgbench RUN SECONDS NAME [log]
  local log_args=()
  [ "${4:-}" = log ] && log_args=(-l --log-prefix="$work/$3.tx")
  run_step $(($2 + 120)) "$work/$3.out" "$pg_bin/pgbench" -n -M extended -c "$CLIENTS" -j "$THREADS" -T "$2" "${log_args[@]}" \
    -D run="$1" -D lanes="$LANES" -D seq=0 -f "$work/booking.pgbench.sql" \
    || fail "pgbench failed (aborted clients?): $(grep -m 3 -E 'aborted|ERROR|error' "$work/$3.out" || tail -n 5 "$work/$3.out")"
}

say "pgbench warm-up: $CLIENTS clients, $WARMUP s"
run_pgbench 0 "$WARMUP" pgbench-warmup
say "pgbench: $CLIENTS clients, $DURATION s"
table_writes writes-pgbench-before.txt
reset_statements
rollbacks0=$(sql -c "SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()")
read -r pg_ticks0 busy0 total0 < <(cpu_ticks "$pg_pid")
run_pgbench 1 "$DURATION" pgbench log
read -r pg_ticks1 busy1 total1 < <(cpu_ticks "$pg_pid")
pgbench_to=$(date +%s.%N)
sql -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'booking-load-sampler'" > /dev/null
wait "$sampler_pid" 2>/dev/null || true
sampler_pid=
sleep 0.5 # the backends' statistics reach pg_stat_database as they exit
rollbacks1=$(sql -c "SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()")

table_writes writes-pgbench-after.txt 0.5 # pgbench's sessions have ended: their counts are in
statements statements-pgbench.txt
explain_seat_map pgbench explain-seat-map-pgbench.txt
python3 "$here/report.py" pgbench "$work/pgbench.tx" > "$work/pgbench-latency.txt"
tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)$/\1/p' "$work/pgbench.out")
processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.out")
failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/pgbench.out")
[ -n "$tps" ] && [ -n "$processed" ] && [ "$processed" -gt 0 ] || fail "no tps in pgbench's output: $(tail -n 5 "$work/pgbench.out")"
pg_successes=$(sql -c "SELECT count(*) FROM bookings WHERE reference LIKE '1%' AND booking_status = 'confirmed'")
{
  echo "pg_tps $tps"
  echo "pg_transactions $processed"
  echo "pg_failed ${failed:-0}"
  echo "pg_successes $pg_successes"
  python3 -c 'import sys; print("pg_rate %.3f" % (float(sys.argv[1]) * int(sys.argv[2]) / int(sys.argv[3])))' "$tps" "$pg_successes" "$processed"
  echo "pg_conflicts $((rollbacks1 - rollbacks0))"
  echo "pg_p50_ms $(value p50_ms "$work/pgbench-latency.txt")"
  echo "pg_p99_ms $(value p99_ms "$work/pgbench-latency.txt")"
  python3 -c 'import sys; t0, t1 = float(sys.argv[3]), float(sys.argv[4]); print("pg_cpu_postgres_pct %.1f\npg_cpu_machine_busy_pct %.1f" % (
      100 * (float(sys.argv[2]) - float(sys.argv[1])) / ((t1 - t0) / int(sys.argv[7])), 100 * (float(sys.argv[6]) - float(sys.argv[5])) / ((t1 - t0) / int(sys.argv[7]))))' \
    "$pg_ticks0" "$pg_ticks1" "$total0" "$total1" "$busy0" "$busy1" "$(nproc)"
} >> "$work/results.txt"

# Database sessions over each measured window, on average: running (CPU, I/O, WAL), waiting for a lock (a hot flight's
# row, or a seat someone else is taking), idle in transaction (the client working while its transaction is open), idle.
activity() { # activity CLIENT FROM_EPOCH TO_EPOCH PREFIX
  sql -F ' ' -c "
    WITH samples AS (SELECT greatest(count(*), 1)::numeric AS n FROM booking_load_activity
                     WHERE client = 'sample' AND at >= to_timestamp($2) AND at < to_timestamp($3))
    SELECT round(count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock') / n, 1),
           round(count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock') / n, 1),
           round(count(*) FILTER (WHERE state LIKE 'idle in transaction%') / n, 1),
           round(count(*) FILTER (WHERE state = 'idle') / n, 1)
    FROM samples LEFT JOIN booking_load_activity a ON a.client = '$1' AND a.at >= to_timestamp($2) AND a.at < to_timestamp($3)
    GROUP BY n" | { read -r running lock idle_tx idle
                    printf '%s_running %s\n%s_lock %s\n%s_idle_tx %s\n%s_idle %s\n' "$4" "$running" "$4" "$lock" "$4" "$idle_tx" "$4" "$idle"; }
}
{
  activity api "$window_from" "$window_to" act_api
  activity pgbench "$(python3 -c 'import sys; print(float(sys.argv[1]) - int(sys.argv[2]))' "$pgbench_to" "$DURATION")" "$pgbench_to" act_pg
} >> "$work/results.txt"

api_bookings=$(sql -c "SELECT count(*) FROM bookings b JOIN booking_load_hot_flights h ON h.flight_id = b.flight_id AND h.pool = 'api'")
pg_bookings=$(sql -c "SELECT count(*) FROM bookings WHERE reference LIKE '1%'")
{
  python3 "$here/report.py" writes "$work/writes-api-before.txt" "$work/writes-api-after.txt" "$api_bookings" \
    "$work/writes-pgbench-before.txt" "$work/writes-pgbench-after.txt" "$pg_bookings"
  python3 "$here/report.py" statements "$work/statements-api.txt" stmt_api
  python3 "$here/report.py" statements "$work/statements-pgbench.txt" stmt_pg
} >> "$work/results.txt"

# --- checks -----------------------------------------------------------------------------------------------------------
exhausted=$(sql -c "SELECT string_agg(pool || ' lane ' || lane, ', ') FROM (
    SELECT h.pool, h.lane FROM booking_load_hot_flights h JOIN flights f ON f.id = h.flight_id
    GROUP BY h.pool, h.lane HAVING bool_and(f.available_seats = 0)) AS full_lanes")
[ -z "$exhausted" ] || fail "$exhausted sold every flight it had: rerun with more FLIGHTS_PER_LANE (now $FLIGHTS_PER_LANE)"

# A seat sold twice: two live bookings name the same seat of a flight, or a live booking's passenger does not hold
# the seat row of that seat. Out of step: a flight whose available_seats is negative or is not its total less its
# seat rows. Over every flight with seat rows (the hot flights).
oversold=$(sql -c "
  SELECT (SELECT count(*) FROM (
            SELECT b.flight_id, p.seat_number FROM bookings b JOIN booking_passengers p ON p.booking_id = b.id
            WHERE b.booking_status IN ('pending_payment', 'confirmed')
            GROUP BY b.flight_id, p.seat_number HAVING count(*) > 1) AS twice)
       + (SELECT count(*) FROM bookings b JOIN booking_passengers p ON p.booking_id = b.id
          WHERE b.booking_status IN ('pending_payment', 'confirmed')
            AND NOT EXISTS (SELECT 1 FROM seat_assignments s
                            WHERE s.flight_id = b.flight_id AND s.seat_number = p.seat_number AND s.booking_id = b.id))")
out_of_step=$(sql -c "
  SELECT count(*) FROM flights f
  LEFT JOIN (SELECT flight_id, count(*) AS taken FROM seat_assignments GROUP BY flight_id) s ON s.flight_id = f.id
  WHERE f.seats_materialized AND (f.available_seats < 0 OR f.available_seats <> f.total_seats - coalesce(s.taken, 0))")
{
  echo "check_oversold $oversold"
  echo "check_out_of_step $out_of_step"
  echo "clients $CLIENTS"
  echo "lanes $LANES"
  echo "seats $SEATS"
  echo "duration $DURATION"
  echo "target_ratio $TARGET_RATIO"
} >> "$work/results.txt"

# --- summary ------------------------------------------------------------------------------------------------------------
echo
set +e
python3 "$here/report.py" summary "$work/results.txt"
result=$?
echo "$machine"
exit $result
