#!/usr/bin/env python3
"""Builds the itinerary-search query mix: request paths for wrk, one per line.

Mix (fixed seed, so runs on the same day send the same queries), one-stop searches over the whole schedule:
  - route: any two airports of the schedule (a third of the pairs have no direct flight, so a search's answer is
    often connections only; pairs nobody connects give an empty answer, as in real traffic);
  - date: 1..60 days after today (UTC), so it is bookable in every origin's time zone;
  - maxStops=1;
  - sort: price 50%, duration 25%, departure 15%, arrival 10%;
  - passengers: 1 55%, 2 25%, 3 8%, 4 7%, 5..9 5%.

The pgbench reference does not rebuild the SQL from these: it replays what the Api sent for each (captured_sql.py).

usage: query_mix.py AIRPORTS_TXT COUNT SEED PATHS_OUT
"""
import datetime
import random
import sys


def build_mix(airports, count, seed):
    rng = random.Random(seed)
    today = datetime.datetime.now(datetime.timezone.utc).date()
    queries = []
    for _ in range(count):
        origin, destination = rng.sample(airports, 2)
        date = today + datetime.timedelta(days=rng.randint(1, 60))
        sort = rng.choices(["price", "duration", "departure", "arrival"], weights=[50, 25, 15, 10])[0]
        passengers = rng.choices([1, 2, 3, 4, rng.randint(5, 9)], weights=[55, 25, 8, 7, 5])[0]
        queries.append(f"/api/itineraries?from={origin}&to={destination}&date={date.isoformat()}"
                       f"&passengers={passengers}&maxStops=1&sort={sort}")
    return queries


def main(airports_txt, count, seed, paths_out):
    with open(airports_txt) as f:
        airports = sorted(line.strip() for line in f if line.strip())
    with open(paths_out, "w") as f:
        f.writelines(path + "\n" for path in build_mix(airports, int(count), int(seed)))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
