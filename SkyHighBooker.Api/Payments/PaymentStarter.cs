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
    public async Task<OperationOutcome> StartAsync(string userId, Guid bookingId, string clientKey, RecordAnswer recordAnswer, CancellationToken ct)
    {
        var found = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId && b.UserId == userId)
            .Select(b => new { Booking = b, Paid = db.Payments.Any(p => p.BookingId == b.Id && p.PaymentStatus == PaymentStatus.Completed) })
            .SingleOrDefaultAsync(ct);
        if (found is null) return new OperationOutcome.Refusal(Problems.NotFound($"No booking {bookingId}."));
        var booking = found.Booking;
        if (found.Paid) return new OperationOutcome.Refusal(Problems.Conflict("This booking is already paid."));
        if (booking.BookingStatus != BookingStatus.PendingPayment || booking.HoldExpiresAt <= clock.GetUtcNow())
            return new OperationOutcome.Refusal(Problems.Conflict($"This booking is {Describe(booking)} and cannot be paid."));

        var paymentId = Guid.CreateVersion7();
        const string method = "card", currency = "USD";
        var intent = await gateway.CreateIntentAsync(bookingId, paymentId, booking.TotalAmount, currency, $"payment-{userId}-{clientKey}", ct);
        var now = clock.UtcNowAsStored();
        var answer = new OperationOutcome.Success(StatusCodes.Status201Created, new PaymentView(paymentId, bookingId, method,
            PaymentStatus.Pending, booking.TotalAmount, currency, intent.Id, intent.ClientSecret, stripe.Value.PublishableKey,
            stripe.Value.ApiBase, now));
        // One round trip: the payment row and the stored answer.
        await db.Database.ExecuteBatchAsync([SqlBatch.Command($"""
            INSERT INTO payments (id, booking_id, user_id, payment_method, payment_status, amount, currency, transaction_id,
                                  payment_gateway, created_at, updated_at)
            VALUES ({paymentId}, {bookingId}, {userId}, {method}, {PaymentStatus.Pending}, {booking.TotalAmount}, {currency}, {intent.Id},
                    {PaymentGateway.Name}, {now}, {now})
            """), recordAnswer(answer)], ct);
        return answer;
    }

    private static string Describe(Booking booking) => booking.BookingStatus == BookingStatus.PendingPayment
        ? "past its hold" : booking.BookingStatus.Replace('_', ' ');
}
