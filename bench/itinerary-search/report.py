#!/usr/bin/env python3
"""Turns the raw outputs of the itinerary-search bench into numbers and the final summary. pgbench's log is read
as the flight-search bench reads it (bench/flight-search/report.py), whose functions this uses.

  report.py pgbench LOG_PREFIX PGBENCH_OUTPUT
      "key value" lines from pgbench's per-transaction log, as bench/flight-search/report.py pgbench.

  report.py summary FLIGHTS QUERIES CLIENTS SECONDS TARGET_MS API_LOADED API_UNLOADED PG_LOADED PG_UNLOADED
      Prints the summary. Exit status 0 when the Api's p99 with CLIENTS clients is at most TARGET_MS, 3 when not.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "flight-search"))
from report import pgbench, read_result  # noqa: E402  (bench/flight-search/report.py)


def summary(flights, queries, clients, seconds, target_ms, api_loaded, api_unloaded, pg_loaded, pg_unloaded):
    target_ms = float(target_ms)
    api, api1, pg, pg1 = (read_result(p) for p in (api_loaded, api_unloaded, pg_loaded, pg_unloaded))
    ms = lambda v: f"{v:.1f} ms" if v >= 10 else f"{v:.2f} ms"

    def row(name, r, unit, r1):
        return (f"{name:<9}: {r['rate']:>5.0f} {unit:<5}  p50 {ms(r['p50_ms'])}  p99 {ms(r['p99_ms'])}"
                f"   (unloaded, 1 client: p50 {ms(r1['p50_ms'])}  p99 {ms(r1['p99_ms'])})")

    met = api["p99_ms"] <= target_ms
    print(f"itinerary search (maxStops=1), {int(flights):,} flights, {int(queries)}-query mix, {clients} clients, {seconds} s")
    print(row("api", api, "req/s", api1))
    print(row("postgres", pg, "tx/s", pg1) + f"   the Api's captured statements via pgbench, -M {os.environ.get('PROTOCOL', 'extended')}")
    print(f"ratio api/postgres throughput {api['rate'] / pg['rate']:.2f}   p99 ratio {api['p99_ms'] / pg['p99_ms']:.1f}")
    print(f"target p99 <= {target_ms:g} ms at {clients} clients: {'met' if met else 'NOT met'} ({ms(api['p99_ms'])})")
    return 0 if met else 3


if __name__ == "__main__":
    command, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else (None, [])
    if command == "pgbench" and len(args) == 2:
        pgbench(*args)
    elif command == "summary" and len(args) == 9:
        sys.exit(summary(*args))
    else:
        sys.exit(__doc__)
