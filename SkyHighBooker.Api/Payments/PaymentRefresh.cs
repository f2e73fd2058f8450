using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Payments;

/// <summary>
/// The payer's client, right after confirming its card with Stripe, asks for the payment's state: a pending payment is
/// looked up at Stripe and settled at once, so confirmation does not wait for the webhook (which stays the backstop
/// for clients that never come back). Safe to repeat: it only applies what Stripe already says.
/// </summary>
public sealed class PaymentRefresh(BookerDbContext db, PaymentGateway gateway, PaymentSettlement settlement)
{
    public async Task<PaymentView?> RefreshAsync(string userId, Guid bookingId, Guid paymentId, CancellationToken ct)
    {
        var payment = await FindAsync(userId, bookingId, paymentId, ct);
        if (payment is null) return null;
        if (payment.Status is PaymentStatus.Pending or PaymentStatus.Failed && payment.TransactionId is { } intentId)
        {
            // What this report changed is known; only when it changed nothing (the webhook came first) is it read again.
            payment = await settlement.ApplyAsync(await gateway.RetrieveIntentAsync(intentId, ct), ct) is { } status
                ? payment with { Status = status }
                : await FindAsync(userId, bookingId, paymentId, ct);
        }
        return payment;
    }

    private Task<PaymentView?> FindAsync(string userId, Guid bookingId, Guid paymentId, CancellationToken ct) =>
        db.Payments.AsNoTracking()
            .Where(p => p.Id == paymentId && p.BookingId == bookingId && p.UserId == userId)
            .Select(PaymentView.Stored)
            .SingleOrDefaultAsync(ct);
}
