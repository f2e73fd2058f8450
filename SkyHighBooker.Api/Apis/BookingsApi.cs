using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Bookings;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

public static class BookingsApi
{
    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        var bookings = app.MapGroup("/api/bookings").WithTags("Bookings").RequireAuthorization().RequirePerUserLimit();
        bookings.MapGet("/", ListMyBookings).WithName("ListMyBookings").WithSummary("The signed-in user's bookings, newest first");
        bookings.MapGet("/{id:guid}", GetMyBooking).WithName("GetMyBooking")
            .WithSummary("One of the signed-in user's bookings; another user's booking is 404")
            .ProducesProblem(StatusCodes.Status404NotFound);
        bookings.MapPost("/", CreateBooking).WithName("CreateBooking")
            .WithSummary("Book seats for 1–9 passengers; they are held for 10 minutes while payment is pending. Requires an Idempotency-Key header.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status403Forbidden);
        bookings.MapPost("/{id:guid}/cancel", CancelBooking).WithName("CancelBooking")
            .WithSummary("Cancel a booking before its flight departs: seats are released, boarding passes withdrawn, and a completed payment refunded in full (the refund is queued and made by the Worker; the payment shows 'refunding' until Stripe has made it)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        bookings.MapGet("/{id:guid}/documents", ListDocuments).WithName("ListBookingDocuments")
            .WithSummary("The booking's PDFs with their status; ready ones carry a pre-signed download URL valid for 5 minutes")
            .ProducesProblem(StatusCodes.Status404NotFound);
        bookings.MapGet("/{id:guid}/payments", ListPayments).WithName("ListBookingPayments")
            .WithSummary("The booking's payments, refunds included").ProducesProblem(StatusCodes.Status404NotFound);
        bookings.MapPost("/{id:guid}/payments", StartPayment).WithName("StartPayment")
            .WithSummary("Open a Stripe payment for a booking on hold; confirm it with Stripe using the client secret. Requires an Idempotency-Key header.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        bookings.MapPost("/{id:guid}/payments/{paymentId:guid}/refresh", RefreshPayment).WithName("RefreshPayment")
            .WithSummary("After confirming the card with Stripe: look the payment up at Stripe and apply it now (the booking is confirmed when it succeeded). Safe to repeat.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<PagedList<BookingView>>, ValidationProblem>> ListMyBookings(
        [AsParameters] PageRequest page, ClaimsPrincipal user, BookingQueries bookings, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (p, size) = Paging.Read(page, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await bookings.OwnedByAsync(user.UserId(), p, size, ct));
    }

    public static async Task<Results<Ok<BookingView>, ProblemHttpResult>> GetMyBooking(
        Guid id, ClaimsPrincipal user, BookingQueries bookings, CancellationToken ct)
    {
        var booking = await bookings.FindOwnedAsync(user.UserId(), id, ct);
        return booking is null ? Problems.NotFound($"No booking {id}.") : TypedResults.Ok(booking);
    }

    public static async Task<IdempotentCreated<BookingView>> CreateBooking(
        BookingRequest request, ClaimsPrincipal user, HttpContext http, IdempotentEndpoint idempotent, BookingEngine engine, CancellationToken ct) =>
        new(await idempotent.RunAsync(http, user.UserId(), "create-booking", request,
            (write, token) => engine.CreateAsync(user.UserId(), request, write, token), ct));

    public static async Task<Results<Ok<BookingView>, ProblemHttpResult>> CancelBooking(
        Guid id, ClaimsPrincipal user, BookingCancellation cancellation, BookingQueries bookings, CancellationToken ct)
    {
        return await cancellation.CancelAsync(id, user.UserId(), ct) switch
        {
            CancellationOutcome.NotFound => Problems.NotFound($"No booking {id}."),
            CancellationOutcome.NotCancellable => Problems.Conflict("This booking's hold expired; there is nothing to cancel."),
            CancellationOutcome.Departed => Problems.Conflict("This flight has departed; a booking can only be cancelled before departure."),
            _ => TypedResults.Ok((await bookings.FindOwnedAsync(user.UserId(), id, ct))!),
        };
    }

    public static async Task<Results<Ok<List<PaymentView>>, ProblemHttpResult>> ListPayments(
        Guid id, ClaimsPrincipal user, BookerDbContext db, CancellationToken ct)
    {
        var userId = user.UserId();
        if (!await db.Bookings.AnyAsync(b => b.Id == id && b.UserId == userId, ct)) return Problems.NotFound($"No booking {id}.");
        var payments = await db.Payments.AsNoTracking().Where(p => p.BookingId == id && p.UserId == userId).OrderBy(p => p.CreatedAt)
            .Select(PaymentView.Stored)
            .ToListAsync(ct);
        return TypedResults.Ok(payments);
    }

    public static async Task<IdempotentCreated<PaymentView>> StartPayment(
        Guid id, ClaimsPrincipal user, HttpContext http, IdempotentEndpoint idempotent, PaymentStarter payments, CancellationToken ct) =>
        new(await idempotent.RunAsync(http, user.UserId(), "start-payment", id,
            (write, token) => payments.StartAsync(user.UserId(), id, http.Request.Headers[IdempotencyKeys.Header].ToString(), write, token), ct));

    public static async Task<Results<Ok<PaymentView>, ProblemHttpResult>> RefreshPayment(
        Guid id, Guid paymentId, ClaimsPrincipal user, PaymentRefresh refresh, CancellationToken ct)
    {
        var payment = await refresh.RefreshAsync(user.UserId(), id, paymentId, ct);
        return payment is null ? Problems.NotFound($"No payment {paymentId} on booking {id}.") : TypedResults.Ok(payment);
    }

    public static async Task<Results<Ok<IReadOnlyList<DocumentView>>, ProblemHttpResult>> ListDocuments(
        Guid id, ClaimsPrincipal user, BookingDocuments documents, CancellationToken ct)
    {
        var list = await documents.ForBookingAsync(id, user.UserId(), user.IsAdmin(), ct);
        return list is null ? Problems.NotFound($"No booking {id}.") : TypedResults.Ok(list);
    }
}
