using System.Diagnostics;
using Npgsql;
using SkyHighBooker.Schema;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Worker.Tests.Jobs;

/// <summary>The hold-expiry sweep belongs to the Worker (the Api may be a Lambda function, idle between requests).</summary>
[Collection(DocumentJobsCollection.Name)]
public sealed class HoldExpiryLoopTests(DocumentJobsFixture fixture)
{
    [Fact]
    public async Task The_running_Worker_expires_a_lapsed_hold_closes_its_payment_and_purges_old_idempotency_keys()
    {
        var key = $"hold-loop-{Guid.NewGuid():N}";
        var bookingId = await LapsedHoldAsync(key);

        await using var worker = await WorkerProcess.StartAsync(fixture.ConnectionString, fixture.S3, new Uri("http://127.0.0.1:9/"),
            ("Holds__SweepIntervalSeconds", "1"));
        var clock = Stopwatch.StartNew();
        // the sweep commits the expiry, then purges keys in a statement of its own: wait for both
        while ((await ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", bookingId) != BookingStatus.Expired
                || await ScalarAsync<long>("SELECT count(*) FROM idempotency_keys WHERE key = $1", key) != 0)
               && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(200);
        }

        Assert.Equal(BookingStatus.Expired, await ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", bookingId));
        Assert.Equal(PaymentStatus.Cancelled, await ScalarAsync<string>("SELECT payment_status FROM payments WHERE booking_id = $1", bookingId));
        Assert.Equal(PaymentJobKind.CancelIntent, await ScalarAsync<string>(
            "SELECT j.kind FROM payment_jobs j JOIN payments p ON p.id = j.payment_id WHERE p.booking_id = $1", bookingId));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM idempotency_keys WHERE key = $1", key));
    }

    /// <summary>A booking held, unpaid, past its hold, with an open card payment; and an idempotency key past its 24 hours.</summary>
    private async Task<Guid> LapsedHoldAsync(string key)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            WITH flight AS (SELECT id, price FROM flights WHERE from_airport = 'JFK' AND to_airport = 'LAX' ORDER BY departure_time LIMIT 1),
            booking AS (
                INSERT INTO bookings (reference, user_id, flight_id, passenger_name, passenger_email, seat_number, booking_status, total_amount, hold_expires_at)
                SELECT $1, 'worker-test-user', id, 'Pat Passenger', 'pat@example.com', '2A', $2, price, now() - interval '1 second' FROM flight
                RETURNING id, total_amount
            ),
            payment AS (
                INSERT INTO payments (booking_id, user_id, payment_method, payment_status, amount, transaction_id, payment_gateway)
                SELECT id, 'worker-test-user', 'card', $3, total_amount, 'pi_' || $1, 'stripe' FROM booking
            ),
            old_key AS (
                INSERT INTO idempotency_keys (user_id, key, operation, request_hash, response_status, response_body, created_at, expires_at)
                VALUES ('worker-test-user', $4, 'book', 'hash', 201, '{}', now() - interval '25 hours', now() - interval '1 hour')
            )
            SELECT id FROM booking
            """, connection);
        command.Parameters.Add(new() { Value = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant() });
        command.Parameters.Add(new() { Value = BookingStatus.PendingPayment });
        command.Parameters.Add(new() { Value = PaymentStatus.Pending });
        command.Parameters.Add(new() { Value = key });
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private Task<T> ScalarAsync<T>(string sql, params object[] parameters) => Sql.ScalarAsync<T>(fixture.ConnectionString, sql, parameters);
}
