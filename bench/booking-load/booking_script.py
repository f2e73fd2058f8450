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
  2. POST /api/bookings, statement for statement what the Api sends (as captured with log_statement=all): the
     user's count in rate_limit_windows (PerUserLimit, before each of the three calls here), the Idempotency-Key's lookup and the flight row (one round trip for the Api), then the transaction (one round trip for
     the Api, an Npgsql batch ending in COMMIT): the key's claim (DELETE if past 24 hours, INSERT with the response),
     INSERT bookings, INSERT booking_passengers, INSERT booking_segments and segment_seats (one segment), INSERT seat_assignments (its trigger takes the seat off
     flights.available_seats and so locks the flight's row until the commit), COMMIT. The Api's seat insert fails on a
     taken seat and PostgreSQL skips the COMMIT; pgbench cannot continue after an error, so the script's insert skips
     the taken seat (ON CONFLICT DO NOTHING) and rolls back on 0 rows, as the Api's 409 path ends, then tries again
     from step 1, up to ATTEMPTS times; the Api client retries on 409 the same way. pgbench sends every statement on
     its own (-M extended).
  3. POST /api/bookings/{id}/payments: the key's lookup with the booking read and its paid check, then (after the
     Api's call to Stripe, which the script leaves out) the key's claim, INSERT payments, COMMIT.
  4. POST /api/bookings/{id}/payments/{paymentId}/refresh, which the client sends once Stripe confirmed the card: the
     payment read, the settling statement (on its own, no transaction around it: payment FOR UPDATE, UPDATE payments,
     UPDATE bookings to confirmed, the outboxes' INSERT document_jobs and email_jobs); without the call to Stripe. (The Api
     reads the payment again only when the webhook came first.) Then the payment_intent.succeeded webhook's no-op
     (the same statement finds nothing to do).

Ids are built from the client and its counter (UUIDs of the v7 layout, increasing like the Api's Guid.CreateVersion7),
booking references start with 0 or 1 (never in the Api's alphabet, so they cannot clash with the Api pass's).
Users are 'pgbench-<client>', one per client, as the Api pass has one traveller per client.
"""
import sys

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # SkyHighBooker.Api/Bookings/BookingReferences.cs

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

# PerUserLimit: every booking, payment and refresh call is counted against its user, in the database, before it runs.
COUNT_USER = f"""\
INSERT INTO rate_limit_windows (key, starts_at, requests) VALUES ('user:' || {USER}, date_trunc('minute', now()), 1)
ON CONFLICT (key, starts_at) DO UPDATE SET requests = rate_limit_windows.requests + 1
RETURNING requests;
"""

HEADER = """\
-- Generated by bench/booking-load/booking_script.py: one booking (seat choice, book, pay, refresh, webhook) per execution.
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
-- POST /api/bookings: the user's count, the key's lookup with the flight row (one round trip), then the transaction
-- (one round trip)
{COUNT_USER}SELECT operation, request_hash, response_status, response_body FROM idempotency_keys
WHERE user_id = {USER} AND key = {BOOKING_KEY} AND expires_at >= now();
SELECT id, flight_number, airline, from_airport, to_airport, departure_time, departure_date, arrival_time,
       duration_minutes, aircraft, price, total_seats, available_seats, status, seats_materialized, created_at, updated_at
FROM flights WHERE id = :flight;
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;
DELETE FROM idempotency_keys WHERE user_id = {USER} AND key = {BOOKING_KEY} AND expires_at < now();
INSERT INTO idempotency_keys (user_id, key, operation, request_hash, response_status, response_body, created_at, expires_at)
VALUES ({USER}, {BOOKING_KEY}, 'create-booking', {REQUEST_HASH}, 201, {BOOKING_BODY}, now(), now() + interval '24 hours');
INSERT INTO bookings (id, reference, user_id, flight_id, passenger_name, passenger_email, seat_number,
                      booking_status, total_amount, hold_expires_at, created_at, updated_at)
VALUES ({BOOKING_ID}, {REFERENCE}, {USER}, :flight, 'Bench Traveller', {EMAIL}, :seat,
        'pending_payment', :fare, now() + interval '10 minutes', now(), now());
INSERT INTO booking_passengers (id, booking_id, position, passenger_name, passenger_email, seat_number, cabin, fare)
SELECT p.id, {BOOKING_ID}, p.position, p.name, p.email, p.seat, p.cabin, p.fare
FROM unnest(ARRAY[{PASSENGER_ID}], ARRAY['Bench Traveller'], ARRAY[{EMAIL}], ARRAY[:seat::text], ARRAY[:cabin::text], ARRAY[:fare::numeric])
     WITH ORDINALITY AS p(id, name, email, seat, cabin, fare, position);
INSERT INTO booking_segments (booking_id, position, flight_id)
SELECT {BOOKING_ID}, s.position, s.flight_id FROM unnest(ARRAY[1], ARRAY[:flight::uuid]) AS s(position, flight_id);
INSERT INTO segment_seats (booking_id, segment_position, flight_id, passenger_position, seat_number, cabin, fare)
SELECT {BOOKING_ID}, s.segment, s.flight_id, s.passenger, s.seat, s.cabin, s.fare
FROM unnest(ARRAY[1], ARRAY[:flight::uuid], ARRAY[1], ARRAY[:seat::text], ARRAY[:cabin::text], ARRAY[:fare::numeric])
     AS s(segment, flight_id, passenger, seat, cabin, fare);
-- The Api's claim has no ON CONFLICT: a taken seat fails it, and the COMMIT sent with it is skipped. pgbench cannot go
-- on after an error, so here the same insert skips a taken seat and the script rolls back on 0 rows.
WITH claimed AS (
    INSERT INTO seat_assignments (flight_id, seat_number, booking_id) SELECT :flight, unnest(ARRAY[:seat::text]), {BOOKING_ID}
    ON CONFLICT DO NOTHING
    RETURNING seat_number)
SELECT count(*) AS claimed FROM claimed
\\gset
\\if :claimed = 1
COMMIT;
\\set booked 1
\\else
-- the seat went to someone else: the Api's 409 path
ROLLBACK;
\\endif
\\endif
\\endif
"""

# The settling transaction of PaymentSettlement.cs (the booking's row locked, then one statement), run by the refresh
# and again (finding nothing to do) by the webhook.
SETTLE = f"""\
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;
SELECT 1 FROM bookings WHERE id = (SELECT booking_id FROM payments WHERE transaction_id = {INTENT}) FOR UPDATE;
WITH found AS (
    SELECT id, booking_id, amount FROM payments
    WHERE transaction_id = {INTENT} AND payment_status IN ('pending', 'failed', 'cancelled')
    FOR UPDATE),
confirmed AS (
    UPDATE bookings b SET booking_status = 'confirmed', hold_expires_at = NULL, updated_at = now()
    FROM found f
    WHERE b.id = f.booking_id AND b.booking_status = 'pending_payment' AND round(f.amount * 100) = round(:fare::numeric * 100)
    RETURNING b.id),
settled AS (
    UPDATE payments p
    SET payment_status = CASE WHEN EXISTS (SELECT 1 FROM confirmed) THEN 'completed' ELSE 'refunding' END,
        updated_at = now()
    FROM found f WHERE p.id = f.id
    RETURNING p.id, p.payment_status),
refund AS (
    INSERT INTO payment_jobs (payment_id, kind)
    SELECT id, 'refund' FROM settled WHERE payment_status = 'refunding'
    ON CONFLICT (payment_id, kind) DO NOTHING),
documents AS (
    INSERT INTO document_jobs (id, booking_id, kind, passenger_position, object_key)
    SELECT gen_random_uuid(), b.id, 'boarding_pass', p.position, 'bookings/' || b.id || '/boarding-pass-' || p.position || '.pdf'
    FROM confirmed b JOIN booking_passengers p ON p.booking_id = b.id
    UNION ALL SELECT gen_random_uuid(), b.id, 'receipt', NULL, 'bookings/' || b.id || '/receipt.pdf' FROM confirmed b
    UNION ALL SELECT gen_random_uuid(), b.id, 'confirmation', NULL, 'bookings/' || b.id || '/confirmation.pdf' FROM confirmed b
    ON CONFLICT DO NOTHING),
emails AS (
    INSERT INTO email_jobs (booking_id, kind, next_attempt_at, created_at, updated_at)
    SELECT b.id, 'booking_confirmed', now(), now(), now() FROM confirmed b
    ON CONFLICT (booking_id, kind) DO NOTHING)
SELECT (SELECT booking_id FROM found), (SELECT amount FROM found), (SELECT payment_status FROM settled);
COMMIT;
"""

PAY_AND_CONFIRM = f"""\
\\if :booked = 1
-- POST /api/bookings/{{id}}/payments: the key's lookup with the booking and its paid check, then (after the Api's call
-- to Stripe) the transaction
{COUNT_USER}SELECT operation, request_hash, response_status, response_body FROM idempotency_keys
WHERE user_id = {USER} AND key = {PAYMENT_KEY} AND expires_at >= now();
SELECT b.booking_status, b.hold_expires_at, b.total_amount,
       EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id AND p.payment_status = 'completed')
FROM bookings b WHERE b.id = {BOOKING_ID} AND b.user_id = {USER};
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;
DELETE FROM idempotency_keys WHERE user_id = {USER} AND key = {PAYMENT_KEY} AND expires_at < now();
INSERT INTO idempotency_keys (user_id, key, operation, request_hash, response_status, response_body, created_at, expires_at)
VALUES ({USER}, {PAYMENT_KEY}, 'start-payment', {REQUEST_HASH}, 201, {PAYMENT_BODY}, now(), now() + interval '24 hours');
INSERT INTO payments (id, booking_id, user_id, payment_method, payment_status, amount, currency, transaction_id,
                      payment_gateway, created_at, updated_at)
VALUES ({PAYMENT_ID}, {BOOKING_ID}, {USER}, 'card', 'pending', :fare, 'USD', {INTENT}, 'stripe', now(), now());
COMMIT;
-- POST /api/bookings/{{id}}/payments/{{paymentId}}/refresh after the card is confirmed at Stripe (the Api asks Stripe
-- for the intent between the first read and the settling statement)
{COUNT_USER}SELECT p.id, p.booking_id, p.payment_method, p.payment_status, p.amount, p.currency, p.transaction_id, p.created_at
FROM payments AS p
WHERE p.id = {PAYMENT_ID} AND p.booking_id = {BOOKING_ID} AND p.user_id = {USER}
LIMIT 2;
{SETTLE}-- the payment_intent.succeeded webhook arrives later and finds the payment already completed
{SETTLE}\\endif
"""


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit(__doc__)
    sys.stdout.write(HEADER + ATTEMPT * int(sys.argv[1]) + PAY_AND_CONFIRM)


if __name__ == "__main__":
    main()
