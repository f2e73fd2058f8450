using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Seats;

public sealed record SeatView(string Number, int Row, string Letter, string Cabin, decimal Fare, string State);

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
    public async Task<SeatMapView?> ForFlightAsync(Guid flightId, CancellationToken ct)
    {
        var flight = await db.Flights.AsNoTracking().SingleOrDefaultAsync(f => f.Id == flightId, ct);
        if (flight is null) return null;
        var layout = SeatLayout.For(flight.Aircraft, flight.TotalSeats);

        Dictionary<string, string> taken;
        if (flight.SeatsMaterialized)
        {
            taken = await db.SeatAssignments.AsNoTracking().Where(s => s.FlightId == flightId)
                .Select(s => new
                {
                    s.SeatNumber,
                    Pending = db.Bookings.Any(b => b.Id == s.BookingId && b.BookingStatus == BookingStatus.PendingPayment),
                })
                .ToDictionaryAsync(s => s.SeatNumber, s => s.Pending ? SeatState.Held : SeatState.Booked, ct);
        }
        else
        {
            taken = PresoldSeats.For(flight.Id, layout, flight.TotalSeats - flight.AvailableSeats).ToDictionary(s => s, _ => SeatState.Booked);
        }

        var seats = layout.Seats.Select(s => new SeatView(s.Number, s.Row, s.Letter.ToString(), s.Cabin.Name, s.Cabin.Fare(flight.Price),
            taken.GetValueOrDefault(s.Number, SeatState.Available))).ToList();
        return new SeatMapView(flight.Id, flight.Aircraft, flight.AvailableSeats, seats);
    }
}
