using System.Xml.Linq;
using Npgsql;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Schema;
using SkyHighBooker.Testing;

namespace SkyHighBooker.FaultInjection.Tests.Infrastructure;

/// <summary>Confirmed bookings with their document jobs written straight to the database, and what s3rver holds for them.</summary>
public static class Documents
{
    public sealed record Job(Guid Id, Guid BookingId, string ObjectKey, string Status, int Attempts, string? LastError);

    /// <summary>
    /// A paid, confirmed booking on the flight, one passenger a seat (seats taken as the Api takes them), with its documents
    /// recorded by the Api's outbox.
    /// </summary>
    public static async Task<Guid> ConfirmedBookingAsync(BookerSystem system, Guid flight, string[] seats)
    {
        var bookingId = await system.ScalarAsync<Guid>(
            """
            WITH f AS (SELECT id, price FROM flights WHERE id = $2),
            booking AS (
                INSERT INTO bookings (reference, user_id, flight_id, passenger_name, passenger_email, seat_number, booking_status, total_amount)
                SELECT $1, 'fault-test-user', f.id, 'Passenger 1', 'p1@example.com', $3[1], 'confirmed', f.price * array_length($3, 1) FROM f
                RETURNING id, total_amount
            ),
            passengers AS (
                INSERT INTO booking_passengers (booking_id, position, passenger_name, passenger_email, seat_number, cabin, fare)
                SELECT booking.id, n, 'Passenger ' || n, 'p' || n || '@example.com', $3[n], 'economy', f.price
                FROM booking, f, generate_series(1, array_length($3, 1)) n
            ),
            segment AS (INSERT INTO booking_segments (booking_id, position, flight_id) SELECT booking.id, 1, f.id FROM booking, f),
            segment_seats AS (
                INSERT INTO segment_seats (booking_id, segment_position, flight_id, passenger_position, seat_number, cabin, fare)
                SELECT booking.id, 1, f.id, n, $3[n], 'economy', f.price
                FROM booking, f, generate_series(1, array_length($3, 1)) n
            ),
            taken AS (
                INSERT INTO seat_assignments (flight_id, seat_number, booking_id) SELECT $2, unnest($3), booking.id FROM booking
            ),
            payment AS (
                INSERT INTO payments (booking_id, user_id, payment_method, payment_status, amount, transaction_id, payment_gateway)
                SELECT id, 'fault-test-user', 'card', 'completed', total_amount, 'pi_' || $1, 'stripe' FROM booking
            )
            SELECT id FROM booking
            """, Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), flight, seats);
        await using var db = system.NewDbContext();
        await db.Database.ExecuteBatchAsync([SqlBatch.Command(
            $"WITH booking AS (SELECT {bookingId} AS id) {DocumentOutbox.ConfirmationDocumentsOf("booking", TimeProvider.System.UtcNowAsStored())}")],
            CancellationToken.None);
        return bookingId;
    }

    public static async Task<List<Job>> JobsAsync(BookerSystem system)
    {
        await using var connection = new NpgsqlConnection(system.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT id, booking_id, object_key, status, attempts, last_error FROM document_jobs ORDER BY object_key", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var jobs = new List<Job>();
        while (await reader.ReadAsync())
            jobs.Add(new Job(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        return jobs;
    }

    public static string Describe(IEnumerable<Job> jobs) =>
        string.Join(", ", jobs.GroupBy(j => (j.Status, j.Attempts)).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Status} after {g.Key.Attempts} attempt(s)"));

    /// <summary>The keys s3rver holds under the prefix (a plain ListObjects call; s3rver answers it unsigned).</summary>
    public static async Task<List<string>> StoredKeysAsync(S3Emulator s3, string prefix)
    {
        using var http = new HttpClient();
        var xml = XDocument.Parse(await http.GetStringAsync(new Uri(s3.ServiceUrl, $"{S3Emulator.Bucket}?prefix={Uri.EscapeDataString(prefix)}&max-keys=1000")));
        return xml.Descendants().Where(e => e.Name.LocalName == "Key").Select(e => e.Value).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The stored object, as bytes.</summary>
    public static async Task<byte[]> StoredAsync(S3Emulator s3, string key)
    {
        using var http = new HttpClient();
        return await http.GetByteArrayAsync(new Uri(s3.ServiceUrl, $"{S3Emulator.Bucket}/{key}"));
    }

    /// <summary>
    /// Every job is ready, and for every booking s3rver holds exactly its jobs' objects, once each, each a whole PDF
    /// (a Worker killed mid-upload must not leave half a file behind a ready job).
    /// </summary>
    public static async Task AssertEachStoredOnceAsync(BookerSystem system, IReadOnlyList<Guid> bookings)
    {
        var jobs = await JobsAsync(system);
        Assert.All(jobs, job => Assert.Equal("ready", job.Status));
        foreach (var booking in bookings)
        {
            var expected = jobs.Where(j => j.BookingId == booking).Select(j => j.ObjectKey).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await StoredKeysAsync(system.S3, $"bookings/{booking}/"));
            foreach (var key in expected)
            {
                var pdf = await StoredAsync(system.S3, key);
                Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8), $"{key} does not start as a PDF");
                Assert.True(pdf.AsSpan().TrimEnd("\n\r "u8).EndsWith("%%EOF"u8), $"{key} ({pdf.Length} bytes) is cut short");
            }
        }
    }
}
