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
            // A join on the bookings key: the planner keeps to one index lookup per taken seat.
            taken = await (
                    from s in db.SeatAssignments.AsNoTracking()
                    where s.FlightId == flightId
                    join b in db.Bookings on s.BookingId equals b.Id into holders
                    from b in holders.DefaultIfEmpty()
                    select new { s.SeatNumber, Pending = b != null && b.BookingStatus == BookingStatus.PendingPayment })
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
