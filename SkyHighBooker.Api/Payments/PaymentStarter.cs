using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Payments;

/// <summary>
/// Opens a payment for a booking whose seats are held: a Stripe PaymentIntent for the server's amount, and a pending
/// payments row. Runs inside the caller's idempotent transaction; Stripe gets its own idempotency key for the attempt.
/// </summary>
public sealed class PaymentStarter(BookerDbContext db, PaymentGateway gateway, IOptions<StripeSettings> stripe, TimeProvider clock)
{
    public async Task<OperationOutcome> StartAsync(string userId, Guid bookingId, string clientKey, CancellationToken ct)
    {
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.UserId == userId, ct);
        if (booking is null) return new OperationOutcome.Refusal(Problems.NotFound($"No booking {bookingId}."));
        if (await db.Payments.AnyAsync(p => p.BookingId == bookingId && p.PaymentStatus == PaymentStatus.Completed, ct))
            return new OperationOutcome.Refusal(Problems.Conflict("This booking is already paid."));
        if (booking.BookingStatus != BookingStatus.PendingPayment || booking.HoldExpiresAt <= clock.GetUtcNow())
            return new OperationOutcome.Refusal(Problems.Conflict($"This booking is {Describe(booking)} and cannot be paid."));

        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            BookingId = bookingId,
            UserId = userId,
            PaymentMethod = "card",
            Amount = booking.TotalAmount,
            Currency = "USD",
            PaymentGateway = PaymentGateway.Name,
        };
        var intent = await gateway.CreateIntentAsync(bookingId, payment.Id, payment.Amount, payment.Currency, $"payment-{userId}-{clientKey}", ct);
        payment.TransactionId = intent.Id;
        db.Payments.Add(payment);
        await db.SaveChangesAsync(ct);

        return new OperationOutcome.Success(StatusCodes.Status201Created, new PaymentView(payment.Id, bookingId, payment.PaymentMethod,
            PaymentStatus.Pending, payment.Amount, payment.Currency, intent.Id, intent.ClientSecret, stripe.Value.PublishableKey,
            stripe.Value.ApiBase, clock.GetUtcNow()));
    }

    private static string Describe(Booking booking) => booking.BookingStatus == BookingStatus.PendingPayment
        ? "past its hold" : booking.BookingStatus.Replace('_', ' ');
}
