#!/usr/bin/env bash
# Api cold start from the published Lambda package: process start -> first answered request, plain self-contained
# linux-x64 publish against the same publish with ReadyToRun, measured in the same run (alternating, so both see the
# same machine load), printing the ReadyToRun / plain ratio.
#
# Publishes both packages (unless PUBLISH_DIR holds them), starts its own PostgreSQL (temporary data directory) on a
# free port, lets the Api migrate and seed it once (not measured: on AWS the database is seeded once too), then starts
# each package RUNS times through its `bootstrap` with AWS_LWA_PORT, as the Lambda Web Adapter does, and measures
# (measure.py). Removes everything it started. About 4 minutes with RUNS=10, most of it publishing and seeding.
#
#   bench/api-cold-start/run.sh
#
# Settings (environment):
#   RUNS=10               starts of each package
#   PUBLISH_DIR=path      reuse packages published there before (PUBLISH_DIR/plain, PUBLISH_DIR/readytorun)
#   RESULTS_DIR=path      also keep the raw outputs (per-run times, logs) there
set -euo pipefail

RUNS=${RUNS:-10}
PUBLISH_DIR=${PUBLISH_DIR:-}
RESULTS_DIR=${RESULTS_DIR:-}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
pg_bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
cd "$repo" # global.json picks the SDK

. "$here/../lib.sh" # say, fail, stop, run_step, free_port, wait_for_http, show_logs, keep_results, wait_for_postgres

[ -x "$pg_bin/postgres" ] || fail "PostgreSQL 15 is not installed at $pg_bin (apt-get install postgresql-15)"
command -v python3 >/dev/null || fail "python3 is not installed"
command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not installed"

work=$(mktemp -d "${TMPDIR:-/tmp}/api-cold-start-bench.XXXXXX")
chmod o+x "$work" # the PostgreSQL server user reaches its data directory through it
pg_pid=
api_pid=
step_pid=

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ $status -ne 0 ] && [ $status -ne 130 ] && [ $status -ne 143 ]; then
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

# --- the two packages -------------------------------------------------------------------------------------------
packages=${PUBLISH_DIR:-$work/packages}
publish() { # publish NAME [MSBUILD PROPERTY...]: the README's Lambda publish, timed
  local name=$1 started
  shift
  say "publishing the Api self-contained linux-x64 ($name)"
  started=$(date +%s)
  run_step 900 "$work/publish-$name.log" dotnet publish SkyHighBooker.Api -c Release -r linux-x64 --self-contained \
    -nologo -v q "$@" -o "$packages/$name" || { tail -n 30 "$work/publish-$name.log" >&2; fail "dotnet publish failed"; }
  echo "publish_seconds_$name $(( $(date +%s) - started ))" >> "$work/publish-times.txt"
}
if [ -z "$PUBLISH_DIR" ]; then
  publish plain -p:PublishReadyToRun=false
  publish readytorun -p:PublishReadyToRun=true
fi
for name in plain readytorun; do
  [ -x "$packages/$name/bootstrap" ] || fail "$packages/$name/bootstrap is missing"
done

# --- PostgreSQL -------------------------------------------------------------------------------------------------
pg_port=$(free_port)
password="bench-$RANDOM$RANDOM"
say "starting PostgreSQL on 127.0.0.1:$pg_port"
PGPORT=$pg_port POSTGRES_PASSWORD=$password POSTGRES_BIN=$pg_bin \
  setsid "$repo/scripts/run-local-postgres.sh" "$work/pgdata" > "$work/postgres.log" 2>&1 &
pg_pid=$!
wait_for_postgres "$pg_pid" -h 127.0.0.1 -p "$pg_port"

# What Lambda gives the function (SkyHighBooker.Infrastructure/Api.cs) that matters for start-up, minus AWS itself:
# no telemetry exporter, no secrets extension. Not Production: that refuses this local database's password.
unset OTEL_EXPORTER_OTLP_ENDPOINT OTEL_EXPORTER_OTLP_HEADERS OTEL_EXPORTER_OTLP_PROTOCOL ASPNETCORE_URLS
export ASPNETCORE_ENVIRONMENT=Benchmark DOTNET_CLI_TELEMETRY_OPTOUT=1 \
  ForwardedHeaders__KnownProxies=127.0.0.1 \
  ConnectionStrings__skyhighdb="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$password;Database=skyhighdb"

api_port=$(free_port)
say "migrating and seeding the database once (not measured)"
AWS_LWA_PORT=$api_port setsid "$packages/plain/bootstrap" > "$work/api.log" 2>&1 &
api_pid=$!
wait_for_http "http://127.0.0.1:$api_port/health" "$api_pid" "the Api" 600
stop "$api_pid" TERM
api_pid=

# --- measure -----------------------------------------------------------------------------------------------------
cpu_sample() { awk '$1 == "cpu" { idle = $5 + $6; total = 0; for (i = 2; i <= 9; i++) total += $i; print idle, total }' /proc/stat; }
read -r idle0 total0 < <(cpu_sample); sleep 2; read -r idle1 total1 < <(cpu_sample)
busy_percent=$(( total1 > total0 ? 100 * ((total1 - total0) - (idle1 - idle0)) / (total1 - total0) : 0 ))

: > "$work/plain.txt"
: > "$work/readytorun.txt"
for run in $(seq "$RUNS"); do
  for name in plain readytorun; do # alternating: both see the same machine
    python3 "$here/measure.py" run "$packages/$name" "$(free_port)" >> "$work/$name.txt" \
      || fail "run $run of $name failed"
  done
  say "run $run/$RUNS: plain $(tail -n 1 "$work/plain.txt"), readytorun $(tail -n 1 "$work/readytorun.txt") (ms to first answer, first search)"
done

echo
python3 "$here/measure.py" summary "$work/plain.txt" "$work/readytorun.txt"
[ -s "$work/publish-times.txt" ] && tr '\n' ' ' < "$work/publish-times.txt" && echo
for name in plain readytorun; do echo "package_size_$name $(du -sm "$packages/$name" | cut -f1) MB"; done
echo "machine: $(nproc) cores, ${busy_percent}% busy while the bench sat idle just before measuring"
