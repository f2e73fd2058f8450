-- What the database sessions are doing during the bench, sampled ten times a second from pg_stat_activity, so the
-- summary can say where a booking's time goes: running, waiting for a row lock (the hot flight's row: the
-- seat_assignments trigger updates flights.available_seats, so bookings of one flight queue behind each other until
-- the holder commits), idle in transaction (the client - Api or pgbench - working while its transaction stays open),
-- or idle between transactions. The bench's own psql sessions and the sampler are left out.
--
--   psql -f db_activity.sql                                       creates the table and the procedure
--   PGAPPNAME=booking-load-sampler psql -c "CALL booking_load_sample(3000)"   samples (ends when terminated)
\set ON_ERROR_STOP on

CREATE TABLE booking_load_activity (
    at timestamptz NOT NULL,
    client text NOT NULL,
    state text,
    wait_event_type text,
    wait_event text
);

CREATE PROCEDURE booking_load_sample(samples int) LANGUAGE plpgsql AS $$
DECLARE
    sampled_at timestamptz;
BEGIN
    FOR i IN 1 .. samples LOOP
        sampled_at := clock_timestamp();
        INSERT INTO booking_load_activity (at, client) VALUES (sampled_at, 'sample');
        INSERT INTO booking_load_activity (at, client, state, wait_event_type, wait_event)
        SELECT sampled_at, CASE WHEN application_name = 'pgbench' THEN 'pgbench' ELSE 'api' END,
               state, wait_event_type, wait_event
        FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
          AND application_name NOT IN ('psql', 'booking-load-sampler');
        COMMIT; -- a new transaction also takes a fresh pg_stat_activity snapshot
        PERFORM pg_sleep(0.1);
    END LOOP;
END $$;
