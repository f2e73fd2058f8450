using System.Data;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Apis;

namespace SkyHighBooker.Api.Seats;

public sealed record SeatView(string Number, int Row, string Letter,
    [property: AllowedValuesFrom(typeof(Cabin), nameof(Cabin.Names))] string Cabin, decimal Fare,
    [property: AllowedValuesFrom(typeof(SeatState))] string State);

public sealed record SeatMapView(Guid FlightId, string Aircraft, int AvailableSeats, IReadOnlyList<SeatView> Seats);

public static class SeatState
{
    public const string Available = "available";
    public const string Held = "held";
    public const string Booked = "booked";
}

/// <summary>Seats with their state only: who holds a seat is never shown.</summary>
public sealed class SeatMap(BookerDbContext db)
{
    private sealed record FlightSeats(string Aircraft, int TotalSeats, int AvailableSeats, bool SeatsMaterialized, decimal Price);

    private static readonly SqlColumns FlightSeatsColumns = new("flights", "aircraft", "total_seats", "available_seats", "seats_materialized", "price");

    public async Task<SeatMapView?> ForFlightAsync(Guid flightId, CancellationToken ct)
    {
        // One round trip: the flight, and its taken seats (a join on the bookings key: one index lookup per taken seat).
        var (flight, taken) = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => db.Database.QueryBatchAsync(
        [
            SqlBatch.Command($"SELECT {FlightSeatsColumns.ListOf("f")} FROM flights f WHERE f.id = {flightId}"),
            SqlBatch.Command($"""
                SELECT s.seat_number, coalesce(b.booking_status = {BookingStatus.PendingPayment}, false) AS held
                FROM seat_assignments s LEFT JOIN bookings b ON b.id = s.booking_id
                WHERE s.flight_id = {flightId}
                """),
        ], async (reader, token) =>
        {
            if (!await reader.ReadAsync(token)) return ((FlightSeats?)null, new Dictionary<string, string>());
            var flight = new FlightSeats(reader.GetString("aircraft"), reader.GetInt32("total_seats"), reader.GetInt32("available_seats"),
                reader.GetBoolean("seats_materialized"), reader.GetDecimal("price"));
            await reader.NextResultAsync(token);
            var taken = new Dictionary<string, string>();
            var (seatNumber, held) = (reader.GetOrdinal("seat_number"), reader.GetOrdinal("held"));
            while (await reader.ReadAsync(token)) taken[reader.GetString(seatNumber)] = reader.GetBoolean(held) ? SeatState.Held : SeatState.Booked;
            return ((FlightSeats?)flight, taken);
        }, ct));
        if (flight is null) return null;

        var layout = SeatLayout.For(flight.Aircraft, flight.TotalSeats);
        // Until its first booking a flight's pre-sold seats are derived, not stored (SeatInventory.MaterializeAsync).
        if (!flight.SeatsMaterialized)
            taken = PresoldSeats.For(flightId, layout, flight.TotalSeats - flight.AvailableSeats).ToDictionary(s => s, _ => SeatState.Booked);

        var seats = layout.Seats.Select(s => new SeatView(s.Number, s.Row, s.Letter.ToString(), s.Cabin.Name, s.Cabin.Fare(flight.Price),
            taken.GetValueOrDefault(s.Number, SeatState.Available))).ToList();
        return new SeatMapView(flightId, flight.Aircraft, flight.AvailableSeats, seats);
    }
}
