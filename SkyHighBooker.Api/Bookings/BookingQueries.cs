using SkyHighBooker.Api.Apis;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Bookings;

/// <summary>Reads of bookings. Every user-facing read is scoped to the owner in the query itself.</summary>
public sealed class BookingQueries(BookerDbContext db, AirportDirectory airports)
{
    public async Task<PagedList<BookingView>> OwnedByAsync(string userId, int page, int pageSize, CancellationToken ct)
    {
        var owned = db.Bookings.AsNoTracking().Where(b => b.UserId == userId);
        var total = await owned.CountAsync(ct);
        var items = await ReadAsync(owned.OrderByDescending(b => b.CreatedAt).ThenBy(b => b.Id).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return PagedList<BookingView>.Of(items, page, pageSize, total);
    }

    public async Task<BookingView?> FindOwnedAsync(string userId, Guid id, CancellationToken ct) =>
        (await ReadAsync(db.Bookings.AsNoTracking().Where(b => b.Id == id && b.UserId == userId), ct)).SingleOrDefault();

    /// <summary>The bookings as their owners see them, departure on the origin airport's clock.</summary>
    public async Task<List<BookingView>> ReadAsync(IQueryable<Booking> bookings, CancellationToken ct)
    {
        var views = await Project(bookings).ToListAsync(ct);
        var all = await airports.AllAsync(ct);
        return views.Select(v => v.AtOriginClock(all)).ToList();
    }

    private IQueryable<BookingView> Project(IQueryable<Booking> bookings) =>
        bookings.Join(db.Flights, b => b.FlightId, f => f.Id, (b, f) => new BookingView(
            b.Id, b.Reference, f.Id, f.FlightNumber, f.Airline, f.FromAirport, f.ToAirport, f.DepartureTime,
            b.PassengerName, b.PassengerEmail, b.SeatNumber, b.BookingStatus, b.HoldExpiresAt, b.TotalAmount, "USD",
            db.BookingPassengers.Where(p => p.BookingId == b.Id).OrderBy(p => p.Position)
                .Select(p => new PassengerView(p.PassengerName, p.PassengerEmail, p.SeatNumber, p.Cabin, p.Fare)).ToList(),
            b.CreatedAt,
            (from s in db.BookingSegments
             where s.BookingId == b.Id
             join sf in db.Flights on s.FlightId equals sf.Id
             orderby s.Position
             select new SegmentView(s.Position, sf.Id, sf.FlightNumber, sf.Airline, sf.FromAirport, sf.ToAirport, sf.DepartureTime, sf.ArrivalTime,
                 db.SegmentSeats.Where(x => x.BookingId == s.BookingId && x.SegmentPosition == s.Position).OrderBy(x => x.PassengerPosition)
                     .Select(x => new SegmentSeatView(x.PassengerPosition, x.SeatNumber, x.Cabin, x.Fare)).ToList())).ToList()));
}
