#!/usr/bin/env python3
"""Turns the raw outputs of the flight-search bench into numbers and the final summary.

  report.py pgbench LOG_PREFIX PGBENCH_OUTPUT
      Reads pgbench's per-transaction log (-l --log-prefix=LOG_PREFIX, one file per thread, latency in
      microseconds in the third column) and its printed output; prints "key value" lines in the same form
      as search.lua's wrk result: requests, seconds, rate, p50_ms, p90_ms, p99_ms, p999_ms, max_ms, failed.

  report.py summary WORK_DIR FLIGHTS QUERIES CLIENTS SECONDS TARGET_MS
      Prints the summary from WORK_DIR's pgbench-{loaded,unloaded}.txt and api-{uncached,cached}-{loaded,unloaded}.txt
      (either Api pass may be missing). Exit status 0 when every target is met, 3 when one is not: uncached at least
      0.5x pgbench's throughput, cached at least 1.5x and p99 at most 5 ms loaded, each unloaded p99 under TARGET_MS.
"""
import glob
import os
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


def summary(work, flights, queries, clients, seconds, target_ms):
    target_ms = float(target_ms)
    pg, pg1 = (read_result(os.path.join(work, f"pgbench-{n}.txt")) for n in ("loaded", "unloaded"))
    ms = lambda v: f"{v:.1f} ms" if v >= 10 else f"{v:.2f} ms"

    def row(name, r, unit, r1):
        return (f"{name:<13}: {r['rate']:>6.0f} {unit:<5}  p50 {ms(r['p50_ms'])}  p99 {ms(r['p99_ms'])}"
                f"   (unloaded, 1 client: p50 {ms(r1['p50_ms'])}  p99 {ms(r1['p99_ms'])})")

    print(f"flight search, {int(flights):,} flights, {int(queries)}-query mix, {clients} clients, {seconds} s")
    print(row("postgres", pg, "tx/s", pg1) + f"   the Api's two statements via pgbench, -M {os.environ.get('PROTOCOL', 'extended')}")
    verdicts = []
    for name, least_ratio, most_p99 in (("uncached", 0.5, None), ("cached", 1.5, 5.0)):
        loaded = os.path.join(work, f"api-{name}-loaded.txt")
        if not os.path.exists(loaded):
            continue
        api, api1 = read_result(loaded), read_result(os.path.join(work, f"api-{name}-unloaded.txt"))
        ratio = api["rate"] / pg["rate"]
        print(row(f"api {name}", api, "req/s", api1))
        searches = api.get("database_searches", 0)
        hit_rate = max(0.0, 1 - searches / api["requests"]) if api["requests"] else 0.0
        print(f"  ratio to postgres {ratio:.2f}x (target >= {least_ratio:g}x)   p99 ratio {api['p99_ms'] / pg['p99_ms']:.1f}"
              f"   searches that reached PostgreSQL {int(searches):,} of {int(api['requests']):,}"
              + (f" (cache hit rate {hit_rate:.1%})" if name == "cached" else ""))
        verdicts.append(ratio >= least_ratio)
        if most_p99 is not None:
            print(f"  p99 at {clients} clients {ms(api['p99_ms'])} (target <= {most_p99:g} ms)")
            verdicts.append(api["p99_ms"] <= most_p99)
        verdicts.append(api1["p99_ms"] < target_ms)
        print(f"  unloaded p99 {ms(api1['p99_ms'])} (target < {target_ms:g} ms)")
    met = all(verdicts)
    print(f"targets: {'met' if met else 'NOT all met'}")
    return 0 if met else 3


if __name__ == "__main__":
    command, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else (None, [])
    if command == "pgbench" and len(args) == 2:
        pgbench(*args)
    elif command == "summary" and len(args) == 6:
        sys.exit(summary(*args))
    else:
        sys.exit(__doc__)
