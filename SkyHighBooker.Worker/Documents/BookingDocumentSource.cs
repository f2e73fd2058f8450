using System.Data;
using Npgsql;
using SkyHighBooker.RouteMaps;
using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Documents;

/// <summary>
/// Reads what a booking's documents show: every flight (segment) with airport-local times and the airports' places,
/// passengers and their seats on each flight, and the latest payment.
/// </summary>
public sealed class BookingDocumentSource(NpgsqlDataSource database)
{
    private static readonly SqlColumns BookingColumns = new("bookings", "reference", "booking_status", "created_at", "total_amount");
    private static readonly SqlColumns FlightColumns = new("flights",
        "flight_number", "airline", "from_airport", "to_airport", "departure_time", "arrival_time", "aircraft", "duration_minutes");
    private static readonly SqlColumns PassengerColumns = new("booking_passengers",
        "position", "passenger_name", "passenger_email", "seat_number", "cabin", "fare");
    private static readonly SqlColumns SeatColumns = new("segment_seats", "segment_position", "passenger_position", "seat_number", "cabin", "fare");
    private static readonly SqlColumns PaymentColumns = new("payments",
        "payment_method", "payment_status", "amount", "currency", "transaction_id", "updated_at");

    public Task<DocumentBooking?> LoadAsync(Guid bookingId, CancellationToken ct) => database.QueryBatchAsync(
    [
        SqlBatch.Command($"""
            SELECT {BookingColumns.ListOf("b")} FROM bookings b WHERE b.id = {bookingId}
            """),
        SqlBatch.Command($"""
            SELECT g.position AS segment_position, {FlightColumns.ListOf("f")},
                   o.city AS from_city, o.time_zone AS from_time_zone, d.city AS to_city, d.time_zone AS to_time_zone,
                   o.latitude AS from_latitude, o.longitude AS from_longitude, d.latitude AS to_latitude, d.longitude AS to_longitude
            FROM booking_segments g JOIN flights f ON f.id = g.flight_id
            JOIN airports o ON o.code = f.from_airport JOIN airports d ON d.code = f.to_airport
            WHERE g.booking_id = {bookingId} ORDER BY g.position
            """),
        SqlBatch.Command($"""
            SELECT {SeatColumns.ListOf("x")} FROM segment_seats x WHERE x.booking_id = {bookingId} ORDER BY x.segment_position, x.passenger_position
            """),
        SqlBatch.Command($"""
            SELECT {PassengerColumns.ListOf("p")}
            FROM booking_passengers p WHERE p.booking_id = {bookingId} ORDER BY p.position
            """),
        SqlBatch.Command($"""
            SELECT {PaymentColumns.ListOf("p")}
            FROM payments p WHERE p.booking_id = {bookingId} AND p.payment_status IN ({PaymentStatus.Completed}, {PaymentStatus.Refunding}, {PaymentStatus.Refunded})
            ORDER BY p.updated_at DESC LIMIT 1
            """),
    ], (reader, token) => ReadAsync(reader, bookingId, token), ct);

    private static async Task<DocumentBooking?> ReadAsync(NpgsqlDataReader reader, Guid bookingId, CancellationToken ct)
    {
        if (!await reader.ReadAsync(ct)) return null;
        var (reference, status, createdAt, total) = (reader.GetString("reference").Trim(), reader.GetString("booking_status"),
            reader.GetFieldValue<DateTimeOffset>("created_at"), reader.GetDecimal("total_amount"));

        await reader.NextResultAsync(ct);
        var flights = new List<(int Position, DocumentFlight Flight)>();
        while (await reader.ReadAsync(ct)) flights.Add((reader.GetInt32("segment_position"), ReadFlight(reader)));
        if (flights.Count == 0) return null;

        await reader.NextResultAsync(ct);
        var seats = new List<(int Segment, DocumentSeat Seat)>();
        while (await reader.ReadAsync(ct))
        {
            seats.Add((reader.GetInt32("segment_position"), new DocumentSeat(reader.GetInt32("passenger_position"), reader.GetString("seat_number"),
                reader.GetString("cabin"), reader.GetDecimal("fare"))));
        }
        var segments = flights.Select(f => new DocumentSegment(f.Position, f.Flight,
            [.. seats.Where(s => s.Segment == f.Position).Select(s => s.Seat)])).ToList();

        await reader.NextResultAsync(ct);
        var passengers = new List<DocumentPassenger>();
        while (await reader.ReadAsync(ct))
        {
            passengers.Add(new DocumentPassenger(reader.GetInt32("position"), reader.GetString("passenger_name"), reader.GetString("passenger_email"),
                reader.GetString("seat_number"), reader.GetString("cabin"), reader.GetDecimal("fare")));
        }

        await reader.NextResultAsync(ct);
        DocumentPayment? payment = null;
        if (await reader.ReadAsync(ct))
        {
            payment = new DocumentPayment(reader.GetString("payment_method"), reader.GetString("payment_status"), reader.GetDecimal("amount"),
                reader.GetString("currency").Trim(), reader.IsDBNull("transaction_id") ? null : reader.GetString("transaction_id"),
                reader.GetFieldValue<DateTimeOffset>("updated_at"));
        }
        return new DocumentBooking(bookingId, reference, status, createdAt, segments[0].Flight, passengers, total, "USD", payment, segments);
    }

    private static DocumentFlight ReadFlight(NpgsqlDataReader reader)
    {
        var from = TimeZoneInfo.FindSystemTimeZoneById(reader.GetString("from_time_zone"));
        var to = TimeZoneInfo.FindSystemTimeZoneById(reader.GetString("to_time_zone"));
        return new DocumentFlight(reader.GetString("flight_number"), reader.GetString("airline"),
            reader.GetString("from_airport").Trim(), reader.GetString("from_city"), reader.GetString("to_airport").Trim(), reader.GetString("to_city"),
            TimeZoneInfo.ConvertTime(reader.GetFieldValue<DateTimeOffset>("departure_time"), from),
            TimeZoneInfo.ConvertTime(reader.GetFieldValue<DateTimeOffset>("arrival_time"), to),
            reader.GetString("aircraft"), reader.GetInt32("duration_minutes"),
            new GeoPoint(reader.GetDouble("from_latitude"), reader.GetDouble("from_longitude")),
            new GeoPoint(reader.GetDouble("to_latitude"), reader.GetDouble("to_longitude")));
    }
}
