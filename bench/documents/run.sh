#!/usr/bin/env bash
# Documents bench: documents rendered and stored per second by the Worker (claiming jobs from PostgreSQL, uploading to
# s3rver), next to the Worker's renderers alone in process in the same run; their ratio; and the latency from a
# booking's confirmation to its boarding passes being ready, with bookings confirmed at a steady rate.
#
# Starts its own PostgreSQL (temporary data directory), s3rver and Worker (Release build) on free ports on 127.0.0.1
# (the Api only briefly, to migrate and seed), measures, prints a summary, and removes everything it started. About
# 2 minutes after the build.
#
#   bench/documents/run.sh
#
# Settings (environment):
#   BOOKINGS=200 PASSENGERS=2   throughput: bookings confirmed at once (each: a boarding pass per passenger, receipt, confirmation)
#   RATE=4 STEADY_SECONDS=20    latency: bookings confirmed per second, for this long (RATE x STEADY_SECONDS bookings)
#   WARMUP_BOOKINGS=10          confirmed and drained before the throughput pass, to warm the Worker up
#   RENDER_THREADS=$(nproc)     threads of the in-process reference
#   RENDER_WARMUP=3 RENDER_SECONDS=10  warm-up and measured seconds of each reference pass (RENDER_THREADS, then 1 thread)
#   BATCH_SIZE= IDLE_POLL_MS=   the Worker's Documents:BatchSize and IdlePollMilliseconds (empty: its defaults, 4 and 200)
#   TARGET_P95_S=2              confirmed -> boarding pass ready p95 must be under this
#   SKIP_BUILD=1                use the existing Release builds
#   RESULTS_DIR=path            also keep the raw outputs (driver outputs, logs) there
#
# Exit status: 0 target met, 3 target missed, anything else the bench itself failed.
set -euo pipefail

BOOKINGS=${BOOKINGS:-200}
PASSENGERS=${PASSENGERS:-2}
RATE=${RATE:-4}
STEADY_SECONDS=${STEADY_SECONDS:-20}
WARMUP_BOOKINGS=${WARMUP_BOOKINGS:-10}
RENDER_THREADS=${RENDER_THREADS:-$(nproc)}
RENDER_WARMUP=${RENDER_WARMUP:-3}
RENDER_SECONDS=${RENDER_SECONDS:-10}
BATCH_SIZE=${BATCH_SIZE:-}
IDLE_POLL_MS=${IDLE_POLL_MS:-}
TARGET_P95_S=${TARGET_P95_S:-2}
SKIP_BUILD=${SKIP_BUILD:-0}
RESULTS_DIR=${RESULTS_DIR:-}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
pg_bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
api_dll=$repo/SkyHighBooker.Api/bin/Release/net10.0/SkyHighBooker.Api.dll
worker_dll=$repo/SkyHighBooker.Worker/bin/Release/net10.0/SkyHighBooker.Worker.dll
load_dll=$here/DocumentLoad/bin/Release/net10.0/DocumentLoad.dll
cd "$repo" # global.json picks the SDK

. "$here/../lib.sh" # say, fail, stop, run_step, free_port, wait_for_http, value, install_missing, show_logs, keep_results, wait_for_postgres

steady_bookings=$(python3 -c "print(max(1, round($RATE * $STEADY_SECONDS)))" 2>/dev/null) || fail "RATE and STEADY_SECONDS must be numbers"

# --- tools ----------------------------------------------------------------------------------------------
need_packages=()
command -v python3 >/dev/null || need_packages+=(python3)
command -v curl >/dev/null || need_packages+=(curl)
command -v node >/dev/null || need_packages+=(nodejs)
[ -x "$pg_bin/postgres" ] || need_packages+=(postgresql-15)
[ -x "$pg_bin/psql" ] || need_packages+=(postgresql-client-15)
install_missing "${need_packages[@]}"
command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not installed"

# --- workspace and cleanup ----------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/documents-bench.XXXXXX")
pg_pid=
s3_pid=
api_pid=
worker_pid=
step_pid=

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ $status -ne 0 ] && [ $status -ne 3 ] && [ $status -ne 130 ] && [ $status -ne 143 ]; then
    show_logs "$work" worker.log api.log s3rver.log postgres.log
  fi
  stop "$step_pid" TERM
  stop "$worker_pid" TERM
  stop "$api_pid" TERM
  stop "$s3_pid" TERM
  stop "$pg_pid" INT # fast shutdown
  keep_results "$work"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# driver NAME SECONDS COMMAND ARGS...: one DocumentLoad command; its "key value" lines end up in $work/NAME.txt
driver() {
  local name=$1 limit=$2
  shift 2
  run_step "$limit" "$work/$name.out" env DOCUMENTS_DB="$db" dotnet "$load_dll" "$@" \
    || fail "DocumentLoad $1 failed: $(tail -n 8 "$work/$name.out")"
  sed -n '/^-- result$/,$p' "$work/$name.out" | tail -n +2 > "$work/$name.txt"
  [ -s "$work/$name.txt" ] || fail "DocumentLoad $1 printed no result: $(tail -n 5 "$work/$name.out")"
}

# --- build ------------------------------------------------------------------------------------------------
if [ "$SKIP_BUILD" != 1 ]; then
  say "building SkyHighBooker.Api and the bench driver with SkyHighBooker.Worker (Release)"
  run_step 400 "$work/build.log" dotnet build -c Release -nologo -v q "$repo/SkyHighBooker.Api" \
    || { tail -n 30 "$work/build.log" >&2; fail "dotnet build of the Api failed"; }
  run_step 400 "$work/build.log" dotnet build -c Release -nologo -v q "$here/DocumentLoad" \
    || { tail -n 30 "$work/build.log" >&2; fail "dotnet build of DocumentLoad (and the Worker) failed"; }
fi
for dll in "$api_dll" "$worker_dll" "$load_dll"; do
  [ -f "$dll" ] || fail "$dll is missing (build in Release, or run without SKIP_BUILD=1)"
done

# --- PostgreSQL and s3rver -----------------------------------------------------------------------------------
pg_port=$(free_port)
password="bench-$RANDOM$RANDOM"
export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres PGPASSWORD=$password PGDATABASE=skyhighdb
db="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$password;Database=skyhighdb"
say "starting PostgreSQL on 127.0.0.1:$pg_port"
POSTGRES_PASSWORD=$password POSTGRES_BIN=$pg_bin \
  setsid "$repo/scripts/run-local-postgres.sh" "$work/pgdata" > "$work/postgres.log" 2>&1 &
pg_pid=$!

s3_port=$(free_port)
say "starting s3rver on 127.0.0.1:$s3_port"
PORT=$s3_port BUCKET=sky-high-booker-storage setsid "$repo/scripts/run-s3rver.sh" "$work/s3data" > "$work/s3rver.log" 2>&1 &
s3_pid=$!

wait_for_postgres "$pg_pid"

# --- schema: the Api migrates and seeds (3 days of schedule), then stops -------------------------------------------
api_port=$(free_port)
say "starting the Api on 127.0.0.1:$api_port to migrate and seed"
(
  cd "$repo/SkyHighBooker.Api"
  unset OTEL_EXPORTER_OTLP_ENDPOINT OTEL_EXPORTER_OTLP_HEADERS OTEL_EXPORTER_OTLP_PROTOCOL
  export ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning Seed__ScheduleDays=3 \
    ConnectionStrings__skyhighdb="$db"
  exec setsid dotnet "$api_dll" --urls "http://127.0.0.1:$api_port"
) > "$work/api.log" 2>&1 &
api_pid=$!
wait_for_http "http://127.0.0.1:$api_port/health" "$api_pid" "the Api" 120
stop "$api_pid" TERM
api_pid=

# --- bookings awaiting payment (confirmed later, as Stripe's webhook does) ------------------------------------------
say "creating bookings: $WARMUP_BOOKINGS warm-up, $BOOKINGS throughput, $steady_bookings steady, $PASSENGERS passengers each"
driver create-warmup 120 create --set warmup --bookings "$WARMUP_BOOKINGS" --passengers "$PASSENGERS" --seed 1
driver create-drain 120 create --set drain --bookings "$BOOKINGS" --passengers "$PASSENGERS" --seed 2
driver create-steady 120 create --set steady --bookings "$steady_bookings" --passengers "$PASSENGERS" --seed 3

# --- Worker ----------------------------------------------------------------------------------------------------------
for _ in $(seq 100); do
  [ "$(curl --noproxy '*' -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$s3_port/" || true)" = 200 ] && break
  kill -0 "$s3_pid" 2>/dev/null || fail "s3rver exited"
  sleep 0.2
done
worker_port=$(free_port)
say "starting the Worker on 127.0.0.1:$worker_port"
(
  cd "$repo/SkyHighBooker.Worker"
  unset OTEL_EXPORTER_OTLP_ENDPOINT OTEL_EXPORTER_OTLP_HEADERS OTEL_EXPORTER_OTLP_PROTOCOL
  export ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning ConnectionStrings__skyhighdb="$db" \
    Storage__ServiceUrl="http://127.0.0.1:$s3_port" Storage__AccessKey=S3RVER Storage__SecretKey=S3RVER \
    Storage__BucketName=sky-high-booker-storage
  [ -n "$BATCH_SIZE" ] && export Documents__BatchSize=$BATCH_SIZE
  [ -n "$IDLE_POLL_MS" ] && export Documents__IdlePollMilliseconds=$IDLE_POLL_MS
  exec setsid dotnet "$worker_dll" --urls "http://127.0.0.1:$worker_port"
) > "$work/worker.log" 2>&1 &
worker_pid=$!
wait_for_http "http://127.0.0.1:$worker_port/health" "$worker_pid" "the Worker" 60

say "Worker warm-up: $WARMUP_BOOKINGS bookings confirmed at once"
driver warmup 120 drain --set warmup --timeout 90

# How busy the machine is with other work: 2 s with the bench idle (its own processes' CPU time taken out), just
# before measuring. The passes share the cores with that work.
cpu_sample() { # machine idle and total ticks, then the ticks of every process in the sessions the bench started
  awk '$1 == "cpu" { idle = $5 + $6; total = 0; for (i = 2; i <= 9; i++) total += $i; printf "%d %d ", idle, total }' /proc/stat
  (cat /proc/[0-9]*/stat 2>/dev/null || true) | sed 's/^.*) //' \
    | awk -v s=" $pg_pid $s3_pid $worker_pid " 'index(s, " " $4 " ") { t += $12 + $13 + $14 + $15 } END { print t + 0 }'
}
# The Worker keeps compiling its hot methods (tiered JIT) for a few seconds after the warm-up: let it settle first.
for _ in $(seq 15); do
  read -r _ _ own0 < <(cpu_sample); sleep 1; read -r _ _ own1 < <(cpu_sample)
  [ $((own1 - own0)) -le 10 ] && break # under a tenth of a core
done
read -r idle0 total0 own0 < <(cpu_sample); sleep 2; read -r idle1 total1 own1 < <(cpu_sample)
busy_percent=$(( total1 > total0 ? 100 * ((total1 - total0) - (idle1 - idle0) - (own1 - own0)) / (total1 - total0) : 0 ))
[ "$busy_percent" -ge 0 ] || busy_percent=0
own_percent=$(( total1 > total0 ? 100 * (own1 - own0) / (total1 - total0) : 0 ))
load_avg=$(cut -d ' ' -f 1 /proc/loadavg)

# --- measured passes ---------------------------------------------------------------------------------------------------
say "Worker throughput: $BOOKINGS bookings confirmed in one transaction"
driver drain 180 drain --set drain --timeout 150 --cpu-watch "worker=$worker_pid,postgres=$pg_pid,s3rver=$s3_pid"
say "Worker latency: $steady_bookings bookings confirmed at $RATE/s"
steady_limit=$(python3 -c "print(int($STEADY_SECONDS + 150))")
driver steady "$steady_limit" steady --set steady --rate "$RATE" --timeout 120
worker_warnings=$(grep -c 'warn:\|fail:' "$work/worker.log" || true)
stop "$worker_pid" TERM
worker_pid=

say "renderer alone: $RENDER_THREADS threads, ${RENDER_WARMUP} s warm-up, $RENDER_SECONDS s"
driver render $((RENDER_WARMUP + RENDER_SECONDS + 120)) render --set drain --threads "$RENDER_THREADS" \
  --warmup "$RENDER_WARMUP" --duration "$RENDER_SECONDS"
if [ "$RENDER_THREADS" -gt 1 ]; then
  say "renderer alone: 1 thread (how the renderers scale over threads)"
  driver render-1 $((RENDER_WARMUP + RENDER_SECONDS + 120)) render --set drain --threads 1 \
    --warmup "$RENDER_WARMUP" --duration "$RENDER_SECONDS"
fi

# --- summary --------------------------------------------------------------------------------------------------------
d=$work/drain.txt s=$work/steady.txt r=$work/render.txt
[ "$(value failed "$d")" = 0 ] && [ "$(value failed "$s")" = 0 ] \
  || fail "the Worker failed documents for good (throughput $(value failed "$d"), latency $(value failed "$s")); see worker.log"
stored=$(find "$work/s3data" -name '*.pdf._S3rver_object' | wc -l)
expected=$(( $(value ready "$work/warmup.txt") + $(value ready "$d") + $(value documents "$s") ))
[ "$stored" -eq "$expected" ] || fail "s3rver holds $stored PDFs, the Worker reported $expected documents ready"
renderer_rate=$(value documents_per_s "$r")
worker_rate=$(value documents_per_s "$d")
p95=$(value boarding_pass_p95_s "$s")
ratio=$(python3 -c "print(f'{$worker_rate / $renderer_rate:.2f}')")
met=$(python3 -c "print('met' if $p95 < $TARGET_P95_S else 'MISSED')")
batch="${BATCH_SIZE:-4 (default)}" poll="${IDLE_POLL_MS:-200 (default)}"

# cores KEY FILE: a "cpu_*_pct" line of the shared CPU sampler (percent of one core) as cores busy
cores() { awk -v key="$1" '$1 == key { printf "%.2f\n", $2 / 100 }' "$2"; }

echo
printf 'documents, %s cores, load avg %s (other processes %s%% of the cores over 2 s just before measuring, the idle bench %s%%)\n' \
  "$(nproc)" "$load_avg" "$busy_percent" "$own_percent"
printf 'renderer alone : %5s documents/s (%s threads, in process)\n' "$renderer_rate" "$(value threads "$r")"
printf 'worker         : %5s documents/s (1 Worker process, PostgreSQL + s3rver)   ratio worker/renderer %s\n' \
  "$worker_rate" "$ratio"
printf 'confirmed -> boarding pass ready: p50 %.2f s  p95 %.2f s  (%s bookings at %s/s)   target p95 < %s s: %s\n' \
  "$(value boarding_pass_p50_s "$s")" "$p95" "$(value bookings "$s")" "$RATE" "$TARGET_P95_S" "$met"
echo
printf '  renderer alone: %s distinct documents (%s bookings x (%s boarding passes + receipt + confirmation)), average %s KB\n' \
  "$(value distinct_documents "$r")" "$BOOKINGS" "$PASSENGERS" "$(value average_pdf_kb "$r")"
printf '  renderer alone: %s cores busy rendering, other processes %s' "$(cores cpu_driver_pct "$r")" "$(cores cpu_other_pct "$r")"
if [ -s "$work/render-1.txt" ]; then
  printf '; 1 thread: %s documents/s (other processes %s cores)' "$(value documents_per_s "$work/render-1.txt")" \
    "$(cores cpu_other_pct "$work/render-1.txt")"
fi
echo
printf '  worker: %s documents in %s s after one commit; batch size %s, idle poll %s ms; %s retried, %s warnings in its log; %s PDFs in s3rver\n' \
  "$(value documents "$d")" "$(value seconds "$d")" "$batch" "$poll" "$(value retried "$d")" "$worker_warnings" "$stored"
printf '  cores busy while draining: Worker %s, PostgreSQL %s, s3rver %s, bench driver %s, other processes %s; whole machine %s of %s\n' \
  "$(cores cpu_worker_pct "$d")" "$(cores cpu_postgres_pct "$d")" "$(cores cpu_s3rver_pct "$d")" \
  "$(cores cpu_driver_pct "$d")" "$(cores cpu_other_pct "$d")" "$(cores cpu_machine_busy_pct "$d")" "$(nproc)"
printf '  latency: boarding pass p99 %s s, max %s s; all documents p95 %s s; whole booking ready p95 %s s; confirmations at %s/s\n' \
  "$(value boarding_pass_p99_s "$s")" "$(value boarding_pass_max_s "$s")" "$(value all_documents_p95_s "$s")" \
  "$(value booking_all_ready_p95_s "$s")" "$(value achieved_rate_per_s "$s")"
printf '  boarding pass: wait for a claim p50 %s s p95 %s s; claim -> ready p50 %s s p95 %s s (%s of %s claims seen)\n' \
  "$(value wait_for_claim_p50_s "$s")" "$(value wait_for_claim_p95_s "$s")" "$(value claim_to_ready_p50_s "$s")" \
  "$(value claim_to_ready_p95_s "$s")" "$(value claims_seen "$s")" "$(value boarding_passes "$s")"
other_max=$(printf '%s\n' "$(cores cpu_other_pct "$d")" "$(cores cpu_other_pct "$r")" | sort -g | tail -n 1)
if [ "$busy_percent" -ge 10 ] || python3 -c "import sys; sys.exit(0 if $other_max >= 0.2 else 1)"; then
  echo "  (other processes used the cores: ${busy_percent}% before measuring, up to $other_max cores during the passes;" \
    "the numbers are skewed by that load, rerun on a quiet machine)"
fi
[ "$met" = met ] && exit 0 || exit 3
