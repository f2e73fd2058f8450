using Npgsql;
using SkyHighBooker.Schema;
using Stripe;

namespace SkyHighBooker.Testing;

/// <summary>
/// What must hold after every concurrency and fault test, whatever raced or crashed: no seat sold twice, no money kept
/// without a booking or a refund, no document for a booking that no longer flies, no email that tells a traveller
/// something untrue or leaves a cancellation untold, nothing left under a deleted account. <see cref="AssertHoldAsync"/> checks
/// the database at any moment; <see cref="AssertSettledAsync"/> also asks Stripe about given bookings once their payment
/// jobs are done, so it needs no other payment of theirs in flight.
/// </summary>
public sealed class SystemInvariants(string connectionString, Uri? stripeApiBase = null, string? stripeSecretKey = null)
{
    private static readonly (string Rule, string Sql)[] DatabaseRules =
    [
        ("available seats equal the seats without an assignment", """
            SELECT 'flight ' || f.id || ': available ' || f.available_seats || ', free ' || (f.total_seats - count(s.seat_number))
            FROM flights f LEFT JOIN seat_assignments s ON s.flight_id = f.id
            WHERE f.seats_materialized GROUP BY f.id HAVING f.available_seats <> f.total_seats - count(s.seat_number)
            """),
        ("no flight is oversold", "SELECT 'flight ' || id || ': ' || available_seats FROM flights WHERE available_seats < 0"),
        ("every passenger of a live booking holds their seat", """
            SELECT 'booking ' || b.id || ' seat ' || p.seat_number FROM bookings b JOIN booking_passengers p ON p.booking_id = b.id
            WHERE b.booking_status IN ('pending_payment', 'confirmed')
              AND NOT EXISTS (SELECT 1 FROM seat_assignments s WHERE s.booking_id = b.id AND s.flight_id = b.flight_id AND s.seat_number = p.seat_number)
            """),
        ("every segment seat of a live booking is held for that segment's flight", """
            SELECT 'booking ' || b.id || ' segment ' || x.segment_position || ' seat ' || x.seat_number
            FROM bookings b JOIN segment_seats x ON x.booking_id = b.id
            WHERE b.booking_status IN ('pending_payment', 'confirmed')
              AND NOT EXISTS (SELECT 1 FROM seat_assignments s WHERE s.booking_id = b.id AND s.flight_id = x.flight_id AND s.seat_number = x.seat_number)
            """),
        ("a booking holds no seat beyond its segment seats", """
            SELECT 'booking ' || s.booking_id || ' holds ' || s.seat_number || ' on flight ' || s.flight_id
            FROM seat_assignments s JOIN booking_segments g ON g.booking_id = s.booking_id
            WHERE NOT EXISTS (SELECT 1 FROM segment_seats x WHERE x.booking_id = s.booking_id AND x.flight_id = s.flight_id AND x.seat_number = s.seat_number)
            GROUP BY s.booking_id, s.seat_number, s.flight_id
            """),
        ("a booking's first segment is its flight", """
            SELECT 'booking ' || b.id || ' is on flight ' || b.flight_id || ' but its first segment is ' || coalesce(g.flight_id::text, 'missing')
            FROM bookings b LEFT JOIN booking_segments g ON g.booking_id = b.id AND g.position = 1
            WHERE g.flight_id IS DISTINCT FROM b.flight_id
            """),
        ("a booking's total is the sum of its segment fares", """
            SELECT 'booking ' || b.id || ' totals ' || b.total_amount || ' but its seats cost ' || sum(x.fare)
            FROM bookings b JOIN segment_seats x ON x.booking_id = b.id
            GROUP BY b.id HAVING b.total_amount <> sum(x.fare)
            """),
        ("every passenger has a seat on every segment", """
            SELECT 'booking ' || p.booking_id || ' passenger ' || p.position || ' has no seat on segment ' || g.position
            FROM booking_passengers p JOIN booking_segments g ON g.booking_id = p.booking_id
            WHERE NOT EXISTS (SELECT 1 FROM segment_seats x WHERE x.booking_id = p.booking_id AND x.segment_position = g.position AND x.passenger_position = p.position)
            """),
        ("a cancelled flight has no live booking on any segment", """
            SELECT 'booking ' || b.id || ' is ' || b.booking_status || ' with segment ' || g.position || ' on cancelled flight ' || f.id
            FROM bookings b JOIN booking_segments g ON g.booking_id = b.id JOIN flights f ON f.id = g.flight_id
            WHERE f.status = 'cancelled' AND b.booking_status IN ('pending_payment', 'confirmed')
            """),
        ("an ended booking holds no seat", """
            SELECT 'booking ' || b.id || ' (' || b.booking_status || ') seat ' || s.seat_number
            FROM seat_assignments s JOIN bookings b ON b.id = s.booking_id WHERE b.booking_status NOT IN ('pending_payment', 'confirmed')
            """),
        ("a cancelled flight has no live booking", """
            SELECT 'booking ' || b.id || ' is ' || b.booking_status || ' on cancelled flight ' || f.id
            FROM bookings b JOIN flights f ON f.id = b.flight_id
            WHERE f.status = 'cancelled' AND b.booking_status IN ('pending_payment', 'confirmed')
            """),
        ("a completed payment belongs to a confirmed booking", """
            SELECT 'payment ' || p.id || ' completed on ' || b.booking_status || ' booking ' || b.id
            FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE p.payment_status = 'completed' AND b.booking_status <> 'confirmed'
            """),
        ("a booking is paid at most once", """
            SELECT 'booking ' || booking_id || ' has ' || count(*) || ' completed payments' FROM payments
            WHERE payment_status = 'completed' GROUP BY booking_id HAVING count(*) > 1
            """),
        ("money being given back has a job that will give it back", """
            SELECT 'payment ' || p.id || ' is ' || p.payment_status || ' with no open job' FROM payments p
            WHERE p.payment_status IN ('refunding', 'cancelled')
              AND NOT EXISTS (SELECT 1 FROM payment_jobs j WHERE j.payment_id = p.id AND (j.status <> 'done' OR p.payment_status = 'cancelled'))
            """),
        ("an ended booking shows no boarding pass or confirmation", """
            SELECT 'booking ' || b.id || ' (' || b.booking_status || ') ' || d.kind || ' is ' || d.status
            FROM document_jobs d JOIN bookings b ON b.id = d.booking_id
            WHERE b.booking_status <> 'confirmed' AND d.kind IN ('boarding_pass', 'confirmation')
              AND d.status NOT IN ('withdrawing', 'withdrawn', 'failed')
            """),
        // A booking was confirmed if it is now, or if it was cancelled with money taken (a completed payment turns
        // refunding in the cancellation's own statement, then refunded); an expired booking never was.
        ("a confirmation email is sent only for a booking that was confirmed", $"""
            SELECT 'booking ' || b.id || ' (' || b.booking_status || ') was sent its confirmation email' FROM email_jobs e JOIN bookings b ON b.id = e.booking_id
            WHERE e.kind = '{EmailKind.BookingConfirmed}' AND e.status = '{EmailJobStatus.Sent}' AND b.booking_status <> '{BookingStatus.Confirmed}'
              AND NOT (b.booking_status = '{BookingStatus.Cancelled}' AND EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id
                  AND p.payment_status IN ('{PaymentStatus.Refunding}', '{PaymentStatus.Refunded}')))
            """),
        // The unique index (booking_id, kind) promises it; checking costs one scan of a small table.
        ("a booking has at most one email of each kind", """
            SELECT 'booking ' || booking_id || ' has ' || count(*) || ' ' || kind || ' emails' FROM email_jobs GROUP BY booking_id, kind HAVING count(*) > 1
            """),
        // Confirmed once: its confirmation email was recorded (only ever in the statement that confirms), or money was taken.
        ("a cancelled booking that was confirmed has its cancellation email", $"""
            SELECT 'booking ' || b.id || ' was confirmed and is cancelled without a cancellation email' FROM bookings b
            WHERE b.booking_status = '{BookingStatus.Cancelled}'
              AND (EXISTS (SELECT 1 FROM email_jobs e WHERE e.booking_id = b.id AND e.kind = '{EmailKind.BookingConfirmed}')
                OR EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id AND p.payment_status IN ('{PaymentStatus.Refunding}', '{PaymentStatus.Refunded}')))
              AND NOT EXISTS (SELECT 1 FROM email_jobs e WHERE e.booking_id = b.id AND e.kind = '{EmailKind.BookingCancelled}')
            """),
        ("nothing is filed under a deleted account", """
            SELECT 'booking ' || b.id || ' belongs to deleted account ' || e.user_id FROM bookings b JOIN erased_accounts e ON e.user_id = b.user_id
            UNION ALL SELECT 'deleted account ' || e.user_id || ' has a users row' FROM users u JOIN erased_accounts e ON e.user_id = u.id
            UNION ALL SELECT 'travel document ' || d.id || ' belongs to deleted account ' || e.user_id FROM travel_documents d JOIN erased_accounts e ON e.user_id = d.user_id
            UNION ALL SELECT 'payment ' || p.id || ' belongs to deleted account ' || e.user_id FROM payments p JOIN erased_accounts e ON e.user_id = p.user_id
            """),
    ];

    public async Task<IReadOnlyList<string>> DatabaseViolationsAsync()
    {
        var violations = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (rule, sql) in DatabaseRules)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) violations.Add($"{rule}: {reader.GetString(0)}");
        }
        return violations;
    }

    /// <summary>
    /// For each payment of the bookings, Stripe's ledger and ours agree: captured money is on a confirmed booking and
    /// kept, or refunded in full; nothing is refunded that we keep; a cancelled payment's intent is closed.
    /// </summary>
    public async Task<IReadOnlyList<string>> StripeViolationsAsync(IEnumerable<Guid> bookingIds)
    {
        if (stripeApiBase is null || stripeSecretKey is null) throw new InvalidOperationException("Stripe checks need the Stripe API base and key");
        var stripe = new StripeClient(new StripeClientOptions { ApiKey = stripeSecretKey, ApiBase = stripeApiBase.ToString().TrimEnd('/') });
        var violations = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT p.id, p.transaction_id, p.payment_status, p.amount, b.booking_status,
                   EXISTS (SELECT 1 FROM payment_jobs j WHERE j.payment_id = p.id AND j.status <> 'done')
            FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE p.booking_id = ANY($1) AND p.transaction_id IS NOT NULL
            """, connection);
        command.Parameters.Add(new() { Value = bookingIds.ToArray() });
        var payments = new List<(Guid Id, string Intent, string Status, decimal Amount, string Booking, bool OpenJob)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                payments.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetDecimal(3), reader.GetString(4), reader.GetBoolean(5)));
        }
        foreach (var payment in payments)
        {
            var said = $"payment {payment.Id} ({payment.Status}, booking {payment.Booking})";
            if (payment.OpenJob) { violations.Add($"{said} still has a payment job open"); continue; }
            var intent = await stripe.V1.PaymentIntents.GetAsync(payment.Intent);
            var refunded = intent.LatestChargeId is { } charge ? (await stripe.V1.Charges.GetAsync(charge)).AmountRefunded : 0;
            var captured = intent.Status == "succeeded" ? intent.AmountReceived : 0;
            var minor = (long)(payment.Amount * 100);
            switch (payment.Status)
            {
                case "completed" when captured != minor || refunded != 0:
                    violations.Add($"{said}: Stripe captured {captured} and refunded {refunded} of {minor}"); break;
                case "refunded" when captured == 0 || refunded != captured:
                    violations.Add($"{said}: Stripe captured {captured} but refunded {refunded}"); break;
                case "refunding":
                    violations.Add($"{said}: still refunding with no job open"); break;
                case "cancelled" when intent.Status != "canceled":
                    violations.Add($"{said}: its intent is {intent.Status} at Stripe (captured {captured}, refunded {refunded})"); break;
                case "pending" or "failed" when captured > 0:
                    violations.Add($"{said}: Stripe captured {captured} that we do not know of"); break;
            }
        }
        return violations;
    }

    /// <summary>Fails, naming every violation, unless the database's invariants hold (and Stripe's for the settled bookings).</summary>
    public async Task AssertHoldAsync(IEnumerable<Guid>? settledBookings = null)
    {
        var violations = (await DatabaseViolationsAsync()).ToList();
        if (settledBookings is not null) violations.AddRange(await StripeViolationsAsync(settledBookings));
        if (violations.Count > 0) throw new InvariantViolation(violations);
    }
}

public sealed class InvariantViolation(IReadOnlyList<string> violations)
    : Exception($"{violations.Count} invariant violation(s):\n{string.Join('\n', violations.Take(50))}")
{
    public IReadOnlyList<string> Violations { get; } = violations;
}
