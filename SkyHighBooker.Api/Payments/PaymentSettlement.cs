using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Infrastructure;
using Stripe;

namespace SkyHighBooker.Api.Payments;

/// <summary>
/// Applies Stripe's word on a payment, whoever brings it: the webhook, or the payer's client asking right after it
/// confirmed the card. Every change is a conditional update, so a replayed, late or out-of-order report changes
/// nothing; a payment that succeeds after its booking lapsed is refunded, since its seats are gone.
/// </summary>
public sealed class PaymentSettlement(BookerDbContext db, PaymentGateway gateway, DocumentOutbox documents, ILogger<PaymentSettlement> logger)
{
    public async Task ApplyAsync(PaymentIntent intent, CancellationToken ct)
    {
        switch (intent.Status)
        {
            case "succeeded":
                await SucceededAsync(intent, ct);
                break;
            case "requires_payment_method" when intent.LastPaymentError is not null:
            case "canceled":
                await FailedAsync(intent.Id, ct);
                break;
        }
    }

    private Task FailedAsync(string intentId, CancellationToken ct) =>
        db.Payments.Where(p => p.TransactionId == intentId && p.PaymentStatus == PaymentStatus.Pending)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.PaymentStatus, PaymentStatus.Failed).SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow), ct);

    private async Task SucceededAsync(PaymentIntent intent, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var lapsedBooking = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var payment = await db.Payments.FromSql($"SELECT * FROM payments WHERE transaction_id = {intent.Id} FOR UPDATE").SingleOrDefaultAsync(ct);
            if (payment is null || payment.PaymentStatus is PaymentStatus.Completed or PaymentStatus.Refunded)
            {
                return (Guid?)null; // unknown intent, or this success was already applied
            }
            if (intent.AmountReceived != PaymentGateway.MinorUnits(payment.Amount))
            {
                logger.LogError("Payment {PaymentId}: Stripe received {Received} minor units, expected {Amount}", payment.Id, intent.AmountReceived, payment.Amount);
                return null;
            }
            payment.PaymentStatus = PaymentStatus.Completed;
            payment.UpdatedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync(ct);
            var confirmed = await db.Bookings
                .Where(b => b.Id == payment.BookingId && b.BookingStatus == BookingStatus.PendingPayment)
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.BookingStatus, BookingStatus.Confirmed)
                    .SetProperty(x => x.HoldExpiresAt, (DateTimeOffset?)null).SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow), ct);
            if (confirmed == 1) await documents.RecordConfirmationDocumentsAsync(payment.BookingId, ct);
            await transaction.CommitAsync(ct);
            return confirmed == 1 ? null : payment.BookingId;
        });

        if (lapsedBooking is { } bookingId)
        {
            logger.LogWarning("Payment {Intent} succeeded for booking {BookingId} that is no longer payable; refunding", intent.Id, bookingId);
            await gateway.RefundAsync(intent.Id, ct);
            await db.Payments.Where(p => p.TransactionId == intent.Id)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.PaymentStatus, PaymentStatus.Refunded).SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow), ct);
        }
    }
}
