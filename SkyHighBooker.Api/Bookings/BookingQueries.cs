using SkyHighBooker.Api.Apis;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Bookings;

/// <summary>Reads of bookings. Every user-facing read is scoped to the owner in the query itself.</summary>
public sealed class BookingQueries(BookerDbContext db)
{
    public async Task<PagedList<BookingView>> OwnedByAsync(string userId, int page, int pageSize, CancellationToken ct)
    {
        var owned = db.Bookings.AsNoTracking().Where(b => b.UserId == userId);
        var total = await owned.CountAsync(ct);
        var items = await Project(owned.OrderByDescending(b => b.CreatedAt).ThenBy(b => b.Id).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(ct);
        return PagedList<BookingView>.Of(items, page, pageSize, total);
    }

    public Task<BookingView?> FindOwnedAsync(string userId, Guid id, CancellationToken ct) =>
        Project(db.Bookings.AsNoTracking().Where(b => b.Id == id && b.UserId == userId)).SingleOrDefaultAsync(ct);

    public IQueryable<BookingView> Project(IQueryable<Booking> bookings) =>
        bookings.Join(db.Flights, b => b.FlightId, f => f.Id, (b, f) => new BookingView(
            b.Id, b.Reference, f.Id, f.FlightNumber, f.Airline, f.FromAirport, f.ToAirport, f.DepartureTime,
            b.PassengerName, b.PassengerEmail, b.SeatNumber, b.BookingStatus, b.HoldExpiresAt, b.TotalAmount, "USD",
            db.BookingPassengers.Where(p => p.BookingId == b.Id).OrderBy(p => p.Position)
                .Select(p => new PassengerView(p.PassengerName, p.PassengerEmail, p.SeatNumber, p.Cabin, p.Fare)).ToList(),
            b.CreatedAt));
}
