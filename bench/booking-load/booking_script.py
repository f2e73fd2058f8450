#!/usr/bin/env python3
"""Writes the pgbench script of the booking-load bench: one booking journey, the SQL the Api sends, in the same order.

  booking_script.py ATTEMPTS > booking.pgbench.sql

pgbench -D variables the script needs: run (0 warm-up, 1 measured: keeps keys and references of the two runs apart),
lanes (number of hot flights), seq=0 (a per-client counter, kept across the client's transactions).

One execution of the script is one booking, as one Api client's loop is:

  1. seat map and seat choice (outside any transaction): the lane's current flight (the first of its flights with seats
     left, like the Api client's lane), then the flight's taken seats with their held-or-booked state, as the Api's
     seat map reads them, and a random free seat of the layout picked from the result. The read is written as a join
     on the bookings key rather than the Api's EXISTS: the Api's form can be planned as a scan of the partial index
     ix_bookings_hold_expires_at for every seat, which costs seats x (pending + not yet vacuumed) bookings and
     depends on when statistics were last taken; the reference keeps to the cheap, stable plan.
  2. the booking transaction, statement for statement what POST /api/bookings runs (captured with log_statement=all):
     idempotency key claim (DELETE expired + INSERT ... ON CONFLICT DO NOTHING), the flight row, INSERT bookings,
     SAVEPOINT seats, INSERT seat_assignments (its trigger takes the seat off flights.available_seats), EF's savepoint
     around INSERT booking_passengers, the BookingView query, the idempotency response UPDATE, COMMIT.
     The one difference: the seat INSERT carries ON CONFLICT DO NOTHING and reports how many rows it took, because a
     unique violation would abort the pgbench client (pgbench retries only serialization failures and deadlocks).
     It waits on a competing holder exactly as the plain INSERT does. When the seat went to someone else (0 rows),
     the script does what the Api does on that path (ROLLBACK TO seats, the taken-seats query, ROLLBACK) and tries
     again from step 1, up to ATTEMPTS times; the Api client retries on 409 the same way.
  3. the payment transaction of POST /api/bookings/{id}/payments (key claim, booking read, paid check, INSERT payments,
     response UPDATE, COMMIT), without the call to Stripe in its middle.
  4. the webhook's transaction for payment_intent.succeeded (payment FOR UPDATE, UPDATE payments, UPDATE bookings
     to confirmed, the document outbox's INSERT document_jobs, COMMIT).

Ids are built from the client and its counter (UUIDs of the v7 layout, increasing like the Api's Guid.CreateVersion7),
booking references start with 0 or 1 (never in the Api's alphabet, so they cannot clash with the Api pass's).
Users are 'pgbench-<client>', one per client, as the Api pass has one traveller per client.
"""
import sys

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # SkyHighBooker.Api/Bookings/BookingReference.cs

USER = "('pgbench-' || :client_id)"
EMAIL = "('pgbench-' || :client_id || '@example.com')"
BOOKING_KEY = "('b' || :run || '-' || :n)"
PAYMENT_KEY = "('p' || :run || '-' || :n)"
INTENT = "('pi_pgbench' || :run || '_' || :n)"
REQUEST_HASH = "'" + "C6616DA91763FD0F4A01B8A6F245610D847471586FBC2A079A7E8032919D2E4B" + "'"


def uuid(kind):
    """A UUID in the v7 layout: the attempt number where v7 has its timestamp, then the run and a per-kind nibble."""
    return f"(lpad(to_hex(:n::bigint), 8, '0') || '-0000-7000-{kind}00' || :run || '-000000000000')::uuid"


BOOKING_ID = uuid("8")
PASSENGER_ID = uuid("9")
PAYMENT_ID = uuid("a")
# 0 or 1, then 5 characters of the Api's alphabet from (client, counter): unique per run and client
REFERENCE = "(:run || " + " || ".join(f"substr('{ALPHABET}', ((:ref::int >> {5 * i}) & 31) + 1, 1)" for i in range(4, -1, -1)) + ")"

BOOKING_BODY = (
    "'{\"id\":\"' || " + BOOKING_ID + "::text || '\",\"reference\":\"' || " + REFERENCE + " || '\",\"flightId\":\"' || :flight || "
    "'\",\"flightNumber\":\"BLP00000\",\"airline\":\"Bench Air\",\"from\":\"BOS\",\"to\":\"ORD\",\"departureTime\":\"2026-12-25T14:00:00+00:00\","
    "\"passengerName\":\"Bench Traveller\",\"passengerEmail\":\"' || " + EMAIL + " || '\",\"seatNumber\":\"' || :seat || "
    "'\",\"status\":\"pending_payment\",\"holdExpiresAt\":\"2026-11-25T16:13:06.491934+00:00\",\"totalAmount\":' || :fare || "
    "',\"currency\":\"USD\",\"passengers\":[{\"name\":\"Bench Traveller\",\"email\":\"' || " + EMAIL + " || '\",\"seat\":\"' || :seat || "
    "'\",\"cabin\":\"' || :cabin || '\",\"fare\":' || :fare || '}],\"createdAt\":\"2026-11-25T16:03:06.483089+00:00\"}'"
)
PAYMENT_BODY = (
    "'{\"id\":\"' || " + PAYMENT_ID + "::text || '\",\"bookingId\":\"' || " + BOOKING_ID + "::text || "
    "'\",\"method\":\"card\",\"status\":\"pending\",\"amount\":' || :fare || ',\"currency\":\"USD\",\"transactionId\":\"' || " + INTENT + " || "
    "'\",\"clientSecret\":\"' || " + INTENT + " || '_secret_gGruHja9liFUDZISJSs3MKtbu\",\"publishableKey\":\"pk_test_booking_load\","
    "\"stripeApiBase\":\"http://127.0.0.1:12111\",\"createdAt\":\"2026-11-25T16:03:12.6919266+00:00\"}'"
)

HEADER = """\
-- Generated by bench/booking-load/booking_script.py: one booking (seat choice, book, pay, webhook confirm) per execution.
\\set booked 0
\\set lane random(0, :lanes - 1)
"""

ATTEMPT = f"""\
\\if :booked = 0
-- seat map: the lane's current flight, then its taken seats (the seat map's read) and a random free seat
SELECT count(*) AS has_flight, coalesce(min(h.flight_id::text), '00000000-0000-0000-0000-000000000000') AS flight
FROM (SELECT h.flight_id FROM booking_load_hot_flights AS h JOIN flights AS f ON f.id = h.flight_id
      WHERE h.pool = 'pgbench' AND h.lane = :lane AND f.available_seats > 0 ORDER BY h.position LIMIT 1) AS h
\\gset
WITH taken AS MATERIALIZED (
    SELECT s.seat_number, b.booking_status = 'pending_payment' AS pending
    FROM seat_assignments AS s
    LEFT JOIN bookings AS b ON b.id = s.booking_id
    WHERE s.flight_id = :flight)
SELECT count(*) AS found, min(pick.seat_number) AS seat, min(pick.cabin) AS cabin, min(pick.fare) AS fare
FROM (SELECT l.seat_number, l.cabin, l.fare FROM booking_load_seats AS l
      WHERE NOT EXISTS (SELECT 1 FROM taken WHERE taken.seat_number = l.seat_number)
      ORDER BY random() LIMIT 1) AS pick
\\gset
\\if :found = 1
\\set seq :seq + 1
\\set n :seq * 256 + :client_id
\\set ref :client_id * 131072 + :seq
-- POST /api/bookings
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;
DELETE FROM idempotency_keys WHERE user_id = {USER} AND key = {BOOKING_KEY} AND expires_at < now();
INSERT INTO idempotency_keys (user_id, key, operation, request_hash, created_at, expires_at)
VALUES ({USER}, {BOOKING_KEY}, 'create-booking', {REQUEST_HASH}, now(), now() + interval '24 hours')
ON CONFLICT (user_id, key) DO NOTHING;
SELECT f.id, f.aircraft, f.airline, f.arrival_time, f.available_seats, f.created_at, f.departure_date, f.departure_time, f.duration_minutes, f.flight_number, f.from_airport, f.price, f.seats_materialized, f.status, f.to_airport, f.total_seats, f.updated_at
FROM flights AS f
WHERE f.id = :flight
LIMIT 2;
INSERT INTO bookings (id, reference, user_id, flight_id, passenger_name, passenger_email, seat_number,
                      booking_status, total_amount, hold_expires_at)
VALUES ({BOOKING_ID}, {REFERENCE}, {USER}, :flight, 'Bench Traveller', {EMAIL}, :seat,
        'pending_payment', :fare, now() + interval '10 minutes')
ON CONFLICT (reference) DO NOTHING;
SAVEPOINT seats;
WITH claimed AS (
    INSERT INTO seat_assignments (flight_id, seat_number, booking_id) SELECT :flight, unnest(ARRAY[:seat::varchar]), {BOOKING_ID}
    ON CONFLICT DO NOTHING
    RETURNING 1)
SELECT count(*) AS claimed FROM claimed
\\gset
\\if :claimed = 1
SAVEPOINT "__EFSavePoint";
INSERT INTO booking_passengers (id, booking_id, cabin, fare, passenger_email, passenger_name, position, seat_number)
VALUES ({PASSENGER_ID}, {BOOKING_ID}, :cabin, :fare, {EMAIL}, 'Bench Traveller', 1, :seat);
RELEASE SAVEPOINT "__EFSavePoint";
SELECT s.id, s.reference, s.id0, s.flight_number, s.airline, s.from_airport, s.to_airport, s.departure_time, s.passenger_name, s.passenger_email, s.seat_number, s.booking_status, s.hold_expires_at, s.total_amount, b0.passenger_name, b0.passenger_email, b0.seat_number, b0.cabin, b0.fare, b0.id, s.created_at
FROM (
    SELECT b.id, b.reference, f.id AS id0, f.flight_number, f.airline, f.from_airport, f.to_airport, f.departure_time, b.passenger_name, b.passenger_email, b.seat_number, b.booking_status, b.hold_expires_at, b.total_amount, b.created_at
    FROM bookings AS b
    INNER JOIN flights AS f ON b.flight_id = f.id
    WHERE b.id = {BOOKING_ID} AND b.user_id = {USER}
    LIMIT 2
) AS s
LEFT JOIN booking_passengers AS b0 ON s.id = b0.booking_id
ORDER BY s.id, s.id0, b0.position;
UPDATE idempotency_keys SET response_status = 201, response_body = {BOOKING_BODY} WHERE user_id = {USER} AND key = {BOOKING_KEY};
COMMIT;
\\set booked 1
\\else
-- the seat went to someone else: the Api's 409 path
ROLLBACK TO seats;
SELECT s.seat_number
FROM seat_assignments AS s
WHERE s.flight_id = :flight AND s.seat_number = ANY (ARRAY[:seat::varchar]);
ROLLBACK;
\\endif
\\endif
\\endif
"""

PAY_AND_CONFIRM = f"""\
\\if :booked = 1
-- POST /api/bookings/{{id}}/payments (the Api calls Stripe between the paid check and the INSERT)
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;
DELETE FROM idempotency_keys WHERE user_id = {USER} AND key = {PAYMENT_KEY} AND expires_at < now();
INSERT INTO idempotency_keys (user_id, key, operation, request_hash, created_at, expires_at)
VALUES ({USER}, {PAYMENT_KEY}, 'start-payment', {REQUEST_HASH}, now(), now() + interval '24 hours')
ON CONFLICT (user_id, key) DO NOTHING;
SELECT b.id, b.booking_status, b.created_at, b.flight_id, b.hold_expires_at, b.passenger_email, b.passenger_name, b.reference, b.seat_number, b.total_amount, b.updated_at, b.user_id
FROM bookings AS b
WHERE b.id = {BOOKING_ID} AND b.user_id = {USER}
LIMIT 2;
SELECT EXISTS (
    SELECT 1
    FROM payments AS p
    WHERE p.booking_id = {BOOKING_ID} AND p.payment_status = 'completed');
SAVEPOINT "__EFSavePoint";
INSERT INTO payments (id, amount, booking_id, currency, payment_gateway, payment_method, payment_status, transaction_id, user_id)
VALUES ({PAYMENT_ID}, :fare, {BOOKING_ID}, 'USD', 'stripe', 'card', 'pending', {INTENT}, {USER})
RETURNING created_at, updated_at;
RELEASE SAVEPOINT "__EFSavePoint";
UPDATE idempotency_keys SET response_status = 201, response_body = {PAYMENT_BODY} WHERE user_id = {USER} AND key = {PAYMENT_KEY};
COMMIT;
-- the payment_intent.succeeded webhook
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;
SELECT s.id, s.amount, s.booking_id, s.created_at, s.currency, s.payment_gateway, s.payment_method, s.payment_status, s.transaction_id, s.updated_at, s.user_id
FROM (
    SELECT * FROM payments WHERE transaction_id = {INTENT} FOR UPDATE
) AS s
LIMIT 2;
SAVEPOINT "__EFSavePoint";
UPDATE payments SET payment_status = 'completed', updated_at = now()
WHERE id = {PAYMENT_ID};
RELEASE SAVEPOINT "__EFSavePoint";
UPDATE bookings AS b
SET booking_status = 'confirmed',
    hold_expires_at = NULL,
    updated_at = now()
WHERE b.id = {BOOKING_ID} AND b.booking_status = 'pending_payment';
INSERT INTO document_jobs (id, booking_id, kind, passenger_position, object_key)
SELECT gen_random_uuid(), {BOOKING_ID}, 'boarding_pass', p.position, 'bookings/' || {BOOKING_ID}::text || '/boarding-pass-' || p.position || '.pdf'
FROM booking_passengers p WHERE p.booking_id = {BOOKING_ID}
UNION ALL SELECT gen_random_uuid(), {BOOKING_ID}, 'receipt', NULL, 'bookings/' || {BOOKING_ID}::text || '/receipt.pdf'
UNION ALL SELECT gen_random_uuid(), {BOOKING_ID}, 'confirmation', NULL, 'bookings/' || {BOOKING_ID}::text || '/confirmation.pdf'
ON CONFLICT DO NOTHING;
COMMIT;
\\endif
"""


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit(__doc__)
    sys.stdout.write(HEADER + ATTEMPT * int(sys.argv[1]) + PAY_AND_CONFIRM)


if __name__ == "__main__":
    main()
