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
public sealed class PaymentSettlement(BookerDbContext db, PaymentGateway gateway, ILogger<PaymentSettlement> logger)
{
    /// <summary>Applies the intent's state; returns the payment's status when this report changed it, otherwise null.</summary>
    public async Task<string?> ApplyAsync(PaymentIntent intent, CancellationToken ct) => intent.Status switch
    {
        "succeeded" => await SucceededAsync(intent, ct),
        "requires_payment_method" when intent.LastPaymentError is not null => await FailedAsync(intent.Id, ct),
        "canceled" => await FailedAsync(intent.Id, ct),
        _ => null,
    };

    private async Task<string?> FailedAsync(string intentId, CancellationToken ct) =>
        await db.Payments.Where(p => p.TransactionId == intentId && p.PaymentStatus == PaymentStatus.Pending)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.PaymentStatus, PaymentStatus.Failed).SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow), ct) > 0
            ? PaymentStatus.Failed
            : null;

    private async Task<string?> SucceededAsync(PaymentIntent intent, CancellationToken ct)
    {
        // One statement, so one round trip and no transaction to open: the payment row's lock makes a concurrent report
        // (webhook and client refresh) wait and then find the payment completed; only the amount Stripe actually
        // received completes it; a booking it confirms gets its documents queued in the same statement.
        var settle = SqlBatch.Command($"""
            WITH found AS (
                SELECT id, booking_id, amount FROM payments
                WHERE transaction_id = {intent.Id} AND payment_status IN ({PaymentStatus.Pending}, {PaymentStatus.Failed})
                FOR UPDATE),
            paid AS (
                UPDATE payments p SET payment_status = {PaymentStatus.Completed}, updated_at = now()
                FROM found f WHERE p.id = f.id AND round(f.amount * 100) = {intent.AmountReceived}
                RETURNING p.booking_id),
            confirmed AS (
                UPDATE bookings b SET booking_status = {BookingStatus.Confirmed}, hold_expires_at = NULL, updated_at = now()
                FROM paid WHERE b.id = paid.booking_id AND b.booking_status = {BookingStatus.PendingPayment}
                RETURNING b.id),
            documents AS ({DocumentOutbox.ConfirmationDocumentsOf("confirmed")})
            SELECT (SELECT booking_id FROM found) AS booking_id, (SELECT amount FROM found) AS amount,
                   EXISTS (SELECT 1 FROM paid) AS paid, EXISTS (SELECT 1 FROM confirmed) AS confirmed
            """);
        var outcome = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => db.Database.QueryBatchAsync([settle], async (reader, token) =>
        {
            await reader.ReadAsync(token);
            return new SettledPayment(reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetDecimal(1),
                reader.GetBoolean(2), reader.GetBoolean(3));
        }, ct));

        if (outcome.BookingId is not { } bookingId) return null; // unknown intent, or already applied
        if (outcome.Confirmed) return PaymentStatus.Completed;
        if (!outcome.Paid)
        {
            logger.LogError("Payment for intent {Intent}: Stripe received {Received} minor units, expected {Amount}", intent.Id, intent.AmountReceived, outcome.Amount);
            return null;
        }

        logger.LogWarning("Payment {Intent} succeeded for booking {BookingId} that is no longer payable; refunding", intent.Id, bookingId);
        await gateway.RefundAsync(intent.Id, ct);
        await db.Payments.Where(p => p.TransactionId == intent.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.PaymentStatus, PaymentStatus.Refunded).SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow), ct);
        return PaymentStatus.Refunded;
    }
}

internal sealed record SettledPayment(Guid? BookingId, decimal? Amount, bool Paid, bool Confirmed);
