#!/usr/bin/env python3
"""Builds the flight-search query mix once, and writes it twice: as request paths for wrk and as a pgbench
script running the same two SQL statements the Api sends for each search.

Mix (fixed seed, so runs on the same day send the same queries):
  - route: 90% a served route, picked with probability proportional to its flight count (busy routes are
    searched more); 10% an airport pair nobody flies (a search that finds nothing);
  - date: 1..60 days after today (UTC), so it is bookable in every origin's time zone;
  - sort: price 45%, departure 40%, duration 15%;
  - passengers: 1 55%, 2 25%, 3 8%, 4 7%, 5..9 5%;
  - always page 1 of 20, the page a search form shows first.

usage: query_mix.py ROUTES_TSV AIRPORTS_TXT COUNT SEED PATHS_OUT PGBENCH_OUT
  ROUTES_TSV: from<TAB>to<TAB>flights per line; AIRPORTS_TXT: one airport code per line.
"""
import datetime
import random
import sys

PAGE_SIZE = 20
# The columns the Api selects (FlightRows.Columns, which every raw read of a flight shares).
COLUMNS = ", ".join("f." + c for c in (
    "id", "flight_number", "airline", "from_airport", "to_airport", "departure_time", "departure_date", "arrival_time",
    "duration_minutes", "aircraft", "price", "total_seats", "available_seats", "status", "seats_materialized", "created_at",
    "updated_at"))
# The Api's ORDER BY for each sort (FlightSearch.RunAsync), tie-broken by id.
ORDER_BY = {
    "price": "f.price, f.departure_time, f.id",
    "departure": "f.departure_time, f.price, f.id",
    "duration": "f.duration_minutes, f.departure_time, f.id",
}
GROUP = 20  # pgbench picks a query through a two-level \if tree, GROUP branches per level, to stay cheap


def build_mix(routes, airports, count, seed):
    rng = random.Random(seed)
    served = {(a, b) for a, b, _ in routes}
    unserved = [(a, b) for a in airports for b in airports if a != b and (a, b) not in served]
    today = datetime.datetime.now(datetime.timezone.utc).date()
    queries = []
    for _ in range(count):
        if unserved and rng.random() < 0.10:
            origin, destination = rng.choice(unserved)
        else:
            origin, destination, _ = rng.choices(routes, weights=[n for _, _, n in routes])[0]
        date = today + datetime.timedelta(days=rng.randint(1, 60))
        sort = rng.choices(["price", "departure", "duration"], weights=[45, 40, 15])[0]
        passengers = rng.choices([1, 2, 3, 4, rng.randint(5, 9)], weights=[55, 25, 8, 7, 5])[0]
        queries.append((origin, destination, date.isoformat(), passengers, sort))
    return queries


def api_path(q):
    origin, destination, date, passengers, sort = q
    return (f"/api/flights?from={origin}&to={destination}&date={date}&passengers={passengers}"
            f"&sort={sort}&page=1&pageSize={PAGE_SIZE}")


def sql_statements(q):
    origin, destination, date, passengers, sort = q
    where = (f"WHERE f.from_airport = '{origin}' AND f.to_airport = '{destination}' AND f.departure_date = '{date}' "
             f"AND f.status = 'scheduled' AND f.available_seats >= {passengers}")
    return [
        f"SELECT count(*)::int FROM flights f {where};",
        f"SELECT {COLUMNS} FROM flights f {where} ORDER BY {ORDER_BY[sort]} LIMIT {PAGE_SIZE} OFFSET 0;",
    ]


def pgbench_script(queries):
    lines = [f"-- {len(queries)} flight searches, each the Api's two statements; one picked at random per transaction",
             f"\\set q random(0, {len(queries) - 1})",
             f"\\set g :q / {GROUP}"]
    groups = range(0, len(queries), GROUP)
    for gi, start in enumerate(groups):
        lines.append(("\\if" if gi == 0 else "\\elif") + f" :g = {gi}")
        for i in range(start, min(start + GROUP, len(queries))):
            lines.append(("\\if" if i == start else "\\elif") + f" :q = {i}")
            lines.extend(sql_statements(queries[i]))
        lines.append("\\endif")
    lines.append("\\endif")
    return "\n".join(lines) + "\n"


def main(routes_tsv, airports_txt, count, seed, paths_out, pgbench_out):
    with open(routes_tsv) as f:
        routes = [(a, b, int(n)) for a, b, n in (line.split("\t") for line in f if line.strip())]
    with open(airports_txt) as f:
        airports = [line.strip() for line in f if line.strip()]
    queries = build_mix(routes, airports, int(count), int(seed))
    with open(paths_out, "w") as f:
        f.writelines(api_path(q) + "\n" for q in queries)
    with open(pgbench_out, "w") as f:
        f.write(pgbench_script(queries))


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    main(*sys.argv[1:])
