#!/usr/bin/env python3
"""Turns the raw outputs of the flight-search bench into numbers and the final summary.

  report.py pgbench LOG_PREFIX PGBENCH_OUTPUT
      Reads pgbench's per-transaction log (-l --log-prefix=LOG_PREFIX, one file per thread, latency in
      microseconds in the third column) and its printed output; prints "key value" lines in the same form
      as search.lua's wrk result: requests, seconds, rate, p50_ms, p90_ms, p99_ms, p999_ms, max_ms, failed.

  report.py summary FLIGHTS QUERIES CLIENTS SECONDS TARGET_MS API_LOADED API_UNLOADED PG_LOADED PG_UNLOADED
      Prints the summary. Exit status 0 when the Api's unloaded p99 is under TARGET_MS, 3 when it is not.
"""
import glob
import math
import re
import sys


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def pgbench(log_prefix, output_file):
    latencies_us = []
    for path in glob.glob(glob.escape(log_prefix) + ".*"):
        with open(path) as f:
            latencies_us.extend(int(line.split()[2]) for line in f if line.strip())
    if not latencies_us:
        sys.exit(f"no pgbench transactions logged under {log_prefix}.*")
    latencies_us.sort()
    with open(output_file) as f:
        output = f.read()
    tps = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", output)
    failed = re.search(r"number of failed transactions: (\d+)", output)
    duration = re.search(r"duration: (\d+) s", output)
    if not tps:
        sys.exit(f"no tps line in pgbench output {output_file}")
    ms = lambda us: f"{us / 1000:.3f}"
    print(f"requests {len(latencies_us)}")
    print(f"seconds {duration.group(1) if duration else 0}")
    print(f"rate {float(tps.group(1)):.1f}")
    for name, p in (("p50_ms", 50), ("p90_ms", 90), ("p99_ms", 99), ("p999_ms", 99.9)):
        print(f"{name} {ms(percentile(latencies_us, p))}")
    print(f"max_ms {ms(latencies_us[-1])}")
    print(f"failed {failed.group(1) if failed else 0}")


def read_result(path):
    """The "key value" lines after "-- result" (wrk) or the whole file (pgbench)."""
    with open(path) as f:
        lines = f.read().splitlines()
    if "-- result" in lines:
        lines = lines[lines.index("-- result") + 1:]
    values = {}
    for line in lines:
        key, _, value = line.partition(" ")
        if value:
            values[key] = float(value)
    return values


def summary(flights, queries, clients, seconds, target_ms, api_loaded, api_unloaded, pg_loaded, pg_unloaded):
    target_ms = float(target_ms)
    api, api1, pg, pg1 = (read_result(p) for p in (api_loaded, api_unloaded, pg_loaded, pg_unloaded))
    ms = lambda v: f"{v:.1f} ms" if v >= 10 else f"{v:.2f} ms"

    def row(name, r, unit, r1):
        return (f"{name:<9}: {r['rate']:>5.0f} {unit:<5}  p50 {ms(r['p50_ms'])}  p99 {ms(r['p99_ms'])}"
                f"   (unloaded, 1 client: p50 {ms(r1['p50_ms'])}  p99 {ms(r1['p99_ms'])})")

    met = api1["p99_ms"] < target_ms
    print(f"flight search, {int(flights):,} flights, {int(queries)}-query mix, {clients} clients, {seconds} s")
    print(row("api", api, "req/s", api1))
    print(row("postgres", pg, "tx/s", pg1) + "   same two queries via pgbench")
    print(f"ratio api/postgres throughput {api['rate'] / pg['rate']:.2f}   p99 ratio {api['p99_ms'] / pg['p99_ms']:.1f}"
          f"   (unloaded p99 ratio {api1['p99_ms'] / pg1['p99_ms']:.1f})")
    print(f"target p99 < {target_ms:g} ms: {'met' if met else 'NOT met'}"
          f" (unloaded, 1 client: {ms(api1['p99_ms'])}; {clients} clients: {ms(api['p99_ms'])})")
    return 0 if met else 3


if __name__ == "__main__":
    command, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else (None, [])
    if command == "pgbench" and len(args) == 2:
        pgbench(*args)
    elif command == "summary" and len(args) == 9:
        sys.exit(summary(*args))
    else:
        sys.exit(__doc__)
