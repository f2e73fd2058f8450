-- The bench's hot flights (psql -v lanes=8 -v per_lane=N -v seats=180 -f hot_flights.sql), made like
-- tests/SkyHighBooker.Api.Tests/Infrastructure/TestFlights.cs makes its own: two pools, one for the Api pass ('api')
-- and one for the pgbench pass ('pgbench'), each lanes x per_lane flights of :seats seats on an Airbus A320 (narrow-body
-- layout: business, premium economy, economy), all seats free and their seat rows kept by the database
-- (seats_materialized). A lane is one hot flight at a time; when it is full, the lane moves on to its next position.
-- booking_load_hot_flights (lane, position) is the bench's own bookkeeping; the Api never reads it.
\set ON_ERROR_STOP on

CREATE TABLE booking_load_hot_flights (
    pool text NOT NULL,
    lane int NOT NULL,
    position int NOT NULL,
    flight_id uuid NOT NULL REFERENCES flights (id),
    PRIMARY KEY (pool, lane, position)
);

WITH made AS (
    INSERT INTO flights (flight_number, airline, from_airport, to_airport, departure_time, departure_date, arrival_time,
                         duration_minutes, aircraft, price, total_seats, available_seats, seats_materialized)
    SELECT 'BL' || pool.tag || lpad(n::text, 5, '0'), 'Bench Air', 'BOS', 'ORD', day.departure, day.departure::date,
           day.departure + interval '150 minutes', 150, 'Airbus A320', 200, :seats, :seats, true
    FROM (VALUES ('A'), ('P')) AS pool (tag),
         generate_series(0, :lanes * :per_lane - 1) AS n,
         (SELECT date_trunc('day', now()) + interval '30 days 14 hours' AS departure) AS day
    RETURNING id, flight_number
)
INSERT INTO booking_load_hot_flights (pool, lane, position, flight_id)
SELECT CASE substr(flight_number, 3, 1) WHEN 'A' THEN 'api' ELSE 'pgbench' END,
       substr(flight_number, 4)::int % :lanes, substr(flight_number, 4)::int / :lanes, id
FROM made;

ANALYZE flights;
ANALYZE booking_load_hot_flights;
