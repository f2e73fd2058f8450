using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Infrastructure;
using Stripe;

namespace SkyHighBooker.Api.Payments;

/// <summary>
/// Applies Stripe's word on a payment, whoever brings it: the webhook, or the payer's client asking right after it
/// confirmed the card. Every change is a conditional update, so a replayed, late or out-of-order report changes
/// nothing. Money that arrives for a booking that can no longer take it — cancelled, expired, already paid, or an
/// amount that is not the booking's — is queued for a refund in the same transaction, never kept.
/// </summary>
public sealed class PaymentSettlement(BookerDbContext db, TimeProvider clock, ILogger<PaymentSettlement> logger)
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
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.PaymentStatus, PaymentStatus.Failed).SetProperty(x => x.UpdatedAt, clock.UtcNowAsStored()), ct) > 0
            ? PaymentStatus.Failed
            : null;

    private async Task<string?> SucceededAsync(PaymentIntent intent, CancellationToken ct)
    {
        // The booking's row is locked first, as a cancellation and the expiry sweep lock it, so settling and ending a
        // booking take turns: whichever comes second sees what the first did. Then one statement settles: the payment
        // row's lock makes a concurrent report (webhook and client refresh) wait and then find it settled; only the
        // amount Stripe actually received, on a booking still awaiting payment, completes it and confirms the booking
        // (its documents and its email queued in the same statement); anything else turns it refunding, with its refund job.
        var now = clock.UtcNowAsStored();
        var lockBooking = SqlBatch.Command($"""
            SELECT 1 FROM bookings WHERE id = (SELECT booking_id FROM payments WHERE transaction_id = {intent.Id}) FOR UPDATE
            """);
        var settle = SqlBatch.Command($"""
            WITH found AS (
                SELECT id, booking_id, amount FROM payments
                WHERE transaction_id = {intent.Id}
                  AND payment_status IN ({PaymentStatus.Pending}, {PaymentStatus.Failed}, {PaymentStatus.Cancelled})
                FOR UPDATE),
            confirmed AS (
                UPDATE bookings b SET booking_status = {BookingStatus.Confirmed}, hold_expires_at = NULL, updated_at = {now}
                FROM found f
                WHERE b.id = f.booking_id AND b.booking_status = {BookingStatus.PendingPayment} AND round(f.amount * 100) = {intent.AmountReceived}
                RETURNING b.id),
            settled AS (
                UPDATE payments p
                SET payment_status = CASE WHEN EXISTS (SELECT 1 FROM confirmed) THEN {PaymentStatus.Completed} ELSE {PaymentStatus.Refunding} END,
                    updated_at = {now}
                FROM found f WHERE p.id = f.id
                RETURNING p.id, p.payment_status),
            refund AS (
                INSERT INTO payment_jobs (payment_id, kind, next_attempt_at, created_at, updated_at)
                SELECT id, {PaymentJobKind.Refund}, {now}, {now}, {now} FROM settled WHERE payment_status = {PaymentStatus.Refunding}
                ON CONFLICT (payment_id, kind) DO NOTHING),
            documents AS ({DocumentOutbox.ConfirmationDocumentsOf("confirmed", now)}),
            emails AS ({EmailOutbox.EmailsOf(EmailKind.BookingConfirmed, "confirmed", now)})
            SELECT (SELECT booking_id FROM found) AS booking_id, (SELECT amount FROM found) AS amount, (SELECT payment_status FROM settled) AS payment_status
            """);
        var outcome = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var settled = await db.Database.QueryBatchAsync([lockBooking, settle, new NpgsqlBatchCommand("COMMIT")], async (reader, token) =>
            {
                await reader.NextResultAsync(token);
                await reader.ReadAsync(token);
                return new SettledPayment(reader.IsDBNull("booking_id") ? null : reader.GetGuid("booking_id"),
                    reader.IsDBNull("amount") ? null : reader.GetDecimal("amount"),
                    reader.IsDBNull("payment_status") ? null : reader.GetString("payment_status"));
            }, ct);
            return settled;
        });

        if (outcome is { BookingId: { } bookingId, Status: PaymentStatus.Refunding })
        {
            logger.LogWarning("Payment {Intent} of {Amount} ({Received} minor units received) succeeded for booking {BookingId}, which cannot take it; refund queued",
                intent.Id, outcome.Amount, intent.AmountReceived, bookingId);
        }
        return outcome.Status;
    }
}

internal sealed record SettledPayment(Guid? BookingId, decimal? Amount, string? Status);
