using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Admin;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

public static class AdminBookingsApi
{
    public static IEndpointRouteBuilder MapAdminBookingsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin/bookings").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequireRateLimiting(RateLimits.PerUser)
            .MapGet("/", ListBookings).WithName("AdminListBookings")
            .WithSummary("Every user's bookings, newest first, filtered by flight, status, user, passenger email and creation date");
        app.MapGroup("/api/admin/documents").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequireRateLimiting(RateLimits.PerUser)
            .MapGet("/failed", ListFailedDocuments).WithName("AdminListFailedDocuments")
            .WithSummary("Document jobs the Worker gave up on, with their last error");
        return app;
    }

    public static async Task<Results<Ok<PagedList<AdminBookingView>>, ValidationProblem>> ListBookings(
        [AsParameters] AdminBookingFilter filter, [AsParameters] PageRequest page, BookerDbContext db, BookingQueries queries, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (p, size) = Paging.Read(page, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var (status, userId, email) = (filter.Status, filter.UserId, filter.Email);

        var bookings = db.Bookings.AsNoTracking();
        if (filter.FlightId is { } flight) bookings = bookings.Where(b => b.FlightId == flight);
        if (!string.IsNullOrWhiteSpace(status)) bookings = bookings.Where(b => b.BookingStatus == status);
        if (!string.IsNullOrWhiteSpace(userId)) bookings = bookings.Where(b => b.UserId == userId.Trim());
        if (!string.IsNullOrWhiteSpace(email)) bookings = bookings.Where(b => b.PassengerEmail.ToLower() == email.Trim().ToLower());
        if (filter.CreatedFrom is { } first)
        {
            var since = StartOfUtcDay(first);
            bookings = bookings.Where(b => b.CreatedAt >= since);
        }
        if (filter.CreatedTo is { } last)
        {
            var before = StartOfUtcDay(last.AddDays(1));
            bookings = bookings.Where(b => b.CreatedAt < before);
        }

        var total = await bookings.CountAsync(ct);
        var rows = await bookings.OrderByDescending(b => b.CreatedAt).ThenBy(b => b.Id).Skip((p - 1) * size).Take(size)
            .Select(b => new { b.Id, b.UserId }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var views = (await queries.ReadAsync(db.Bookings.Where(b => ids.Contains(b.Id)), ct)).ToDictionary(v => v.Id);
        return TypedResults.Ok(PagedList<AdminBookingView>.Of(rows.Select(r => new AdminBookingView(r.UserId, views[r.Id])).ToList(), p, size, total));
    }

    public static async Task<Ok<List<FailedDocumentView>>> ListFailedDocuments(BookingDocuments documents, CancellationToken ct) =>
        TypedResults.Ok(await documents.FailedAsync(ct));

    private static DateTimeOffset StartOfUtcDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
