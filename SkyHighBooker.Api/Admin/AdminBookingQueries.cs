using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin;

/// <summary>Admins' reads of every user's bookings, shown as their owners see them (<see cref="BookingQueries"/>).</summary>
public sealed class AdminBookingQueries(BookerDbContext db, BookingQueries queries)
{
    /// <summary>Newest first; creation dates are whole UTC days, both ends included.</summary>
    public async Task<PagedList<AdminBookingView>> ListAsync(AdminBookingFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var (status, userId, email, createdFrom, createdTo) = (filter.Status, filter.UserId, filter.Email, filter.CreatedFrom, filter.CreatedTo);
        var bookings = db.Bookings.AsNoTracking();
        // Every booking that flies the flight, on any of its segments.
        if (filter.FlightId is { } flight) bookings = bookings.Where(b => db.BookingSegments.Any(s => s.BookingId == b.Id && s.FlightId == flight));
        if (!string.IsNullOrWhiteSpace(status)) bookings = bookings.Where(b => b.BookingStatus == status.Trim().ToLower());
        if (!string.IsNullOrWhiteSpace(userId)) bookings = bookings.Where(b => b.UserId == userId.Trim());
        if (!string.IsNullOrWhiteSpace(email)) bookings = bookings.Where(b => b.PassengerEmail.ToLower() == email.Trim().ToLower());
        if (createdFrom is { } from) bookings = bookings.Where(b => b.CreatedAt >= StartOf(from));
        if (createdTo is { } to) bookings = bookings.Where(b => b.CreatedAt < StartOf(to.AddDays(1)));

        var total = await bookings.CountAsync(ct);
        var rows = await bookings.OrderByDescending(b => b.CreatedAt).ThenBy(b => b.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(b => new { b.Id, b.UserId }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var views = (await queries.ReadAsync(db.Bookings.Where(b => ids.Contains(b.Id)), ct)).ToDictionary(v => v.Id);
        return PagedList<AdminBookingView>.Of(rows.Select(r => new AdminBookingView(r.UserId, views[r.Id])).ToList(), page, pageSize, total);
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
