#!/usr/bin/env python3
"""Turns the raw outputs of the booking-load bench into numbers and the final summary.

  report.py pgbench LOG_PREFIX
      Reads pgbench's per-transaction log (-l --log-prefix=LOG_PREFIX, one file per thread, latency in microseconds in
      the third column) and prints "key value" lines: transactions, p50_ms, p99_ms, max_ms.

  report.py writes API_BEFORE API_AFTER API_BOOKINGS PG_BEFORE PG_AFTER PG_BOOKINGS
      Compares the rows each pass wrote per booking, table by table (pg_stat_user_tables snapshots: "table inserted
      updated deleted" lines), and prints "writes_per_booking ..." and "writes_drift ..." lines for the summary.

  report.py statements STATEMENTS PREFIX
      Reads "total_ms calls query" lines (pg_stat_statements, busiest first) and prints the top three as
      "PREFIX_top_N share% ms_per_call label" lines.

  report.py summary RESULTS
      RESULTS holds "key value" lines gathered by run.sh (api_*, pg_*, check_*, settings). Prints the summary.
      Exit status: 0 target met, 3 target missed, 4 seats oversold or flights out of step (whatever the ratio).
"""
import glob
import math
import re
import sys


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def pgbench(log_prefix):
    latencies_us = []
    for path in glob.glob(glob.escape(log_prefix) + ".*"):
        with open(path) as f:
            latencies_us.extend(int(line.split()[2]) for line in f if line.strip())
    if not latencies_us:
        sys.exit(f"no pgbench transactions logged under {log_prefix}.*")
    latencies_us.sort()
    print(f"transactions {len(latencies_us)}")
    print(f"p50_ms {percentile(latencies_us, 50) / 1000:.3f}")
    print(f"p99_ms {percentile(latencies_us, 99) / 1000:.3f}")
    print(f"max_ms {latencies_us[-1] / 1000:.3f}")


def read_writes(path):
    with open(path) as f:
        return {p[0]: [int(v) for v in p[1:4]] for p in (line.split() for line in f) if len(p) == 4}


def writes(api_before, api_after, api_bookings, pg_before, pg_after, pg_bookings):
    """Rows inserted (+), updated (~) and deleted (-) per booking in each pass; a drift is a kind of write that one pass
    does at least half a row per booking and the other less than half as often."""
    passes = []
    for before, after, bookings in ((api_before, api_after, api_bookings), (pg_before, pg_after, pg_bookings)):
        b, a, n = read_writes(before), read_writes(after), max(int(bookings), 1)
        passes.append({(table, op): (a[table][i] - b.get(table, [0, 0, 0])[i]) / n
                       for table in a for i, op in enumerate("+~-")})
    api, pg = passes
    shown, drift = [], []
    for key in sorted(set(api) | set(pg)):
        x, y = api.get(key, 0.0), pg.get(key, 0.0)
        if max(x, y) < 0.5:
            continue
        table, op = key
        shown.append(f"{table} {op}{x:.1f}/{op}{y:.1f}")
        if min(x, y) < 0.5 * max(x, y):
            drift.append(f"{table} {op} (api {x:.1f}, pgbench {y:.1f})")
    print("writes_per_booking " + ", ".join(shown))
    print("writes_drift " + ("; ".join(drift) if drift else "none"))


def label(query):
    """A short name for a statement: its verb and main table."""
    q = query.strip()
    if '"SeatNumber"' in q or q.startswith("WITH taken AS"):
        return "seat map (taken seats)"
    if "booking_load_hot_flights" in q:
        return "lane's flight (bench)"
    for pattern, verb in ((r"^INSERT INTO (\w+)", "INSERT"), (r"^UPDATE (\w+)", "UPDATE"), (r"^DELETE FROM (\w+)", "DELETE"),
                          (r"^WITH claimed AS \( INSERT INTO (\w+)", "INSERT"), (r"\bFROM (\w+)", "SELECT")):
        m = re.search(pattern, q, re.IGNORECASE)
        if m:
            return f"{verb} {m.group(1)}"
    return " ".join(q.split()[:2])


def statements(path, prefix):
    rows = []
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t", 2)
            if len(parts) == 3:
                rows.append((float(parts[0]), int(parts[1]), parts[2]))
    total = sum(ms for ms, _, _ in rows) or 1.0
    for i, (ms, calls, query) in enumerate(rows[:3], 1):
        print(f"{prefix}_top_{i} {100 * ms / total:.0f}% {ms / max(calls, 1):.2f}ms {label(query)}")


def read_results(path):
    values = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.strip().partition(" ")
            if value:
                try:
                    values[key] = float(value)
                except ValueError:
                    values[key] = value.strip()
    return values


def summary(path):
    r = read_results(path)
    ms = lambda v: f"{v:.0f} ms" if v >= 100 else f"{v:.1f} ms"
    seconds = r["duration"]
    api_rate = r["api_confirmed"] / seconds
    pg_rate = r["pg_rate"]
    ratio = api_rate / pg_rate if pg_rate > 0 else 0.0
    target = r["target_ratio"]
    met = ratio >= target
    oversold, out_of_step = int(r["check_oversold"]), int(r["check_out_of_step"])
    clients = int(r["clients"])

    print(f"booking load, {clients} clients, {int(r['lanes'])} hot flights x {int(r['seats'])} seats, {seconds:g} s")
    print(f"api      : {api_rate:.0f} confirmed bookings/s  (book p50 {ms(r['api_book_p50_ms'])} p99 {ms(r['api_book_p99_ms'])};"
          f" book+pay+confirm+refresh p50 {ms(r['api_chain_p50_ms'])} p99 {ms(r['api_chain_p99_ms'])})  409s: {int(r['api_book_409'])}")
    print(f"postgres : {pg_rate:.0f} booking transactions/s (pgbench, same SQL, {clients} clients)"
          f"  p50 {ms(r['pg_p50_ms'])} p99 {ms(r['pg_p99_ms'])}")
    print(f"ratio api/postgres: {ratio:.2f}   target >= {target:g}: {'met' if met else 'missed'}")
    print(f"oversold seats: {oversold}   flights with available_seats out of step: {out_of_step}")
    print()
    paid_ratio = r['api_chains_per_s'] / pg_rate if pg_rate > 0 else 0.0
    print(f"  api detail: {r['api_chains_per_s']:.0f} paid at Stripe/s ({paid_ratio:.2f} of postgres),"
          f" {r['api_confirmed']:.0f} confirmed in the window;"
          f" book->confirmed p50 {ms(r['api_confirm_lag_p50_ms'])} p99 {ms(r['api_confirm_lag_p99_ms'])};"
          f" unconfirmed at the end {int(r['api_backlog'])} (drained in {r['api_drain_seconds']:.0f} s)")
    print(f"              seat map p50 {ms(r['api_seatmap_p50_ms'])} p99 {ms(r['api_seatmap_p99_ms'])};"
          f" pay p50 {ms(r['api_pay_p50_ms'])} p99 {ms(r['api_pay_p99_ms'])};"
          f" Stripe confirm p50 {ms(r['api_confirm_p50_ms'])} p99 {ms(r['api_confirm_p99_ms'])};"
          f" refresh p50 {ms(r['api_settle_p50_ms'])} p99 {ms(r['api_settle_p99_ms'])};"
          f" {int(r['api_book_201'])} booked, {int(r['api_gave_up'])} gave up (flight filled)")
    cores = int(r.get("api_cpu_cores", 0))
    keys = (("api", "api"), ("stripe stand-in", "stripe"), ("postgres", "postgres"), ("load generator", "load_generator"), ("other processes", "other"))
    parts = [(name, r.get(f"api_cpu_{key}_pct")) for name, key in keys]
    # the share of a .NET process that went to the JIT's tiering thread: near 0 once the warm-up has done its job
    jit = {name: f" (JIT {r[f'api_cpu_{key}_jit_pct']:.0f}%)" for name, key in keys if f"api_cpu_{key}_jit_pct" in r}
    print(f"  api pass CPU ({cores} cores = {cores * 100}%): "
          + ", ".join(f"{name} {v:.0f}%{jit.get(name, '')}" for name, v in parts if v is not None)
          + f"; machine busy {r.get('api_cpu_machine_busy_pct', 0):.0f}%")
    per_booking = lambda pct, rate: 10 * pct / rate if rate > 0 else float("nan")  # % of a core / (bookings/s) -> ms
    paid_rate = r['api_chains_per_s']
    print("  CPU per booking: api pass (per paid booking) " + ", ".join(
        f"{name} {per_booking(v, paid_rate):.1f} ms" for name, v in parts[:4] if v is not None)
          + f"; pgbench pass postgres {per_booking(r['pg_cpu_postgres_pct'], pg_rate):.1f} ms")
    print(f"  pgbench detail: {int(r['pg_successes'])} confirmed of {int(r['pg_transactions'])} scripts run,"
          f" {int(r['pg_conflicts'])} seat conflicts (rolled back and retried), {int(r['pg_failed'])} failed;"
          f" CPU: postgres {r['pg_cpu_postgres_pct']:.0f}%, machine busy {r['pg_cpu_machine_busy_pct']:.0f}%")
    print("  database sessions, average over the window (running / waiting for a lock / idle in transaction / idle):")
    for name, key in (("api pass", "act_api"), ("pgbench pass", "act_pg")):
        print(f"    {name:<13} {r[key + '_running']:5.1f} / {r[key + '_lock']:5.1f} / {r[key + '_idle_tx']:5.1f} / {r[key + '_idle']:5.1f}")
    for name, key in (("api pass", "stmt_api"), ("pgbench pass", "stmt_pg")):
        top = [r[f"{key}_top_{i}"] for i in (1, 2, 3) if f"{key}_top_{i}" in r]
        if top:
            print(f"  database time by statement, {name}: " + "; ".join(
                f"{t.split(' ', 2)[2]} {t.split(' ', 2)[0]} ({t.split(' ', 2)[1]}/call)" for t in top))
    print(f"  rows written per booking (api/pgbench): {r.get('writes_per_booking', '?')}")
    if r.get("writes_drift", "none") != "none":
        print(f"REFERENCE DRIFT: the pgbench script no longer writes what the Api writes: {r['writes_drift']}")
    if oversold or out_of_step:
        print("OVERSOLD: the database let a seat go twice or lost count of a flight's seats")
        return 4
    return 0 if met else 3


if __name__ == "__main__":
    command, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else (None, [])
    if command == "pgbench" and len(args) == 1:
        pgbench(*args)
    elif command == "writes" and len(args) == 6:
        writes(*args)
    elif command == "statements" and len(args) == 2:
        statements(*args)
    elif command == "summary" and len(args) == 1:
        sys.exit(summary(*args))
    else:
        sys.exit(__doc__)
