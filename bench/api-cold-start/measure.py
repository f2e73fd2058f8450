#!/usr/bin/env python3
"""Cold start of the published Api, as the Lambda Web Adapter sees it.

  measure.py run PACKAGE PORT        start PACKAGE/bootstrap on PORT (AWS_LWA_PORT), print one result line
  measure.py summary RESULTS...      medians per variant and the ReadyToRun / plain ratio

One run: the process starts (the clock starts just before exec) -> the first 200 from GET /api/airports (what the
adapter's first forwarded request gets: routing, EF, PostgreSQL, JSON all on their first use) -> then one flight
search, the next first-time path a traveller hits. Polling every 5 ms with a fresh connection, as the adapter does.
"""
import http.client
import os
import signal
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta


def get(port, path, timeout=5.0):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def run(package, port):
    env = dict(os.environ, AWS_LWA_PORT=str(port))
    started = time.monotonic()
    process = subprocess.Popen([os.path.join(package, "bootstrap")], env=env, cwd=package,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = started + 120
        while True:
            if process.poll() is not None:
                sys.exit(f"the Api exited with {process.returncode} before answering")
            try:
                if get(port, "/api/airports?q=LHR", timeout=10) == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                sys.exit("the Api did not answer within 120 s")
            time.sleep(0.005)
        first = time.monotonic()
        day = (date.today() + timedelta(days=10)).isoformat()
        status = get(port, f"/api/flights?from=JFK&to=LAX&date={day}", timeout=30)
        searched = time.monotonic()
        if status != 200:
            sys.exit(f"the first search answered {status}")
        print(f"{(first - started) * 1000:.0f} {(searched - first) * 1000:.0f}")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def summary(results):
    rows = []
    for path in results:
        name = os.path.basename(path).removesuffix(".txt")
        samples = [tuple(map(float, line.split())) for line in open(path) if line.strip()]
        first = [s[0] for s in samples]
        search = [s[1] for s in samples]
        rows.append((name, len(samples), statistics.median(first), min(first), max(first), statistics.median(search)))
    print(f"{'variant':<12} {'runs':>4} {'start->first answer ms (median, min, max)':>42} {'first search ms (median)':>25}")
    for name, n, median, low, high, search in rows:
        print(f"{name:<12} {n:>4} {median:>18.0f} {low:>10.0f} {high:>10.0f} {search:>28.0f}")
    by_name = {row[0]: row for row in rows}
    if "plain" in by_name and "readytorun" in by_name:
        plain, r2r = by_name["plain"], by_name["readytorun"]
        print(f"ReadyToRun / plain, start->first answer: {r2r[2] / plain[2]:.2f}; first search: {r2r[5] / plain[5]:.2f}")


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "summary":
        summary(sys.argv[2:])
    else:
        sys.exit(__doc__)
