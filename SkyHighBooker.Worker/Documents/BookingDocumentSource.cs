using Npgsql;
using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Documents;

/// <summary>Reads what a booking's documents show: flight with airport-local times, passengers, and the latest payment.</summary>
public sealed class BookingDocumentSource(NpgsqlDataSource database)
{
    public async Task<DocumentBooking?> LoadAsync(Guid bookingId, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new("""
                    SELECT b.reference, b.booking_status, b.created_at, b.total_amount,
                           f.flight_number, f.airline, f.from_airport, o.city, o.time_zone, f.to_airport, d.city, d.time_zone,
                           f.departure_time, f.arrival_time, f.aircraft, f.duration_minutes
                    FROM bookings b JOIN flights f ON f.id = b.flight_id
                    JOIN airports o ON o.code = f.from_airport JOIN airports d ON d.code = f.to_airport
                    WHERE b.id = $1
                    """) { Parameters = { new() { Value = bookingId } } },
                new("""
                    SELECT position, passenger_name, passenger_email, seat_number, cabin, fare
                    FROM booking_passengers WHERE booking_id = $1 ORDER BY position
                    """) { Parameters = { new() { Value = bookingId } } },
                new("""
                    SELECT payment_method, payment_status, amount, currency, transaction_id, updated_at
                    FROM payments WHERE booking_id = $1 AND payment_status IN ('completed', 'refunding', 'refunded')
                    ORDER BY updated_at DESC LIMIT 1
                    """) { Parameters = { new() { Value = bookingId } } },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;

        var from = TimeZoneInfo.FindSystemTimeZoneById(reader.GetString(8));
        var to = TimeZoneInfo.FindSystemTimeZoneById(reader.GetString(11));
        var flight = new DocumentFlight(reader.GetString(4), reader.GetString(5), reader.GetString(6).Trim(), reader.GetString(7),
            reader.GetString(9).Trim(), reader.GetString(10),
            TimeZoneInfo.ConvertTime(reader.GetFieldValue<DateTimeOffset>(12), from), TimeZoneInfo.ConvertTime(reader.GetFieldValue<DateTimeOffset>(13), to),
            reader.GetString(14), reader.GetInt32(15));
        var (reference, status, createdAt, total) = (reader.GetString(0).Trim(), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetDecimal(3));

        await reader.NextResultAsync(ct);
        var passengers = new List<DocumentPassenger>();
        while (await reader.ReadAsync(ct))
        {
            passengers.Add(new DocumentPassenger(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetDecimal(5)));
        }

        await reader.NextResultAsync(ct);
        DocumentPayment? payment = null;
        if (await reader.ReadAsync(ct))
        {
            payment = new DocumentPayment(reader.GetString(0), reader.GetString(1), reader.GetDecimal(2), reader.GetString(3).Trim(),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5));
        }
        return new DocumentBooking(bookingId, reference, status, createdAt, flight, passengers, total, "USD", payment);
    }
}
