using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

public static class BookingsApi
{
    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        var bookings = app.MapGroup("/api/bookings").WithTags("Bookings").RequireAuthorization().RequireRateLimiting(RateLimits.PerUser);
        bookings.MapGet("/", ListMyBookings).WithName("ListMyBookings").WithSummary("The signed-in user's bookings, newest first");
        bookings.MapGet("/{id:guid}", GetMyBooking).WithName("GetMyBooking")
            .WithSummary("One of the signed-in user's bookings; another user's booking is 404")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<PagedList<BookingView>>, ValidationProblem>> ListMyBookings(
        string? page, string? pageSize, ClaimsPrincipal user, BookingQueries bookings, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (p, size) = Paging.Read(page, pageSize, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await bookings.OwnedByAsync(user.UserId(), p, size, ct));
    }

    public static async Task<Results<Ok<BookingView>, ProblemHttpResult>> GetMyBooking(
        Guid id, ClaimsPrincipal user, BookingQueries bookings, CancellationToken ct)
    {
        var booking = await bookings.FindOwnedAsync(user.UserId(), id, ct);
        return booking is null ? Problems.NotFound($"No booking {id}.") : TypedResults.Ok(booking);
    }
}
