using System.Data;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;
using Stripe;

namespace SkyHighBooker.Api.Payments;

/// <summary>
/// Opens a payment for a booking whose seats are held: a Stripe PaymentIntent for the server's amount, and a pending
/// payments row. Runs under the caller's Idempotency-Key (<see cref="IdempotentWrite"/>): the booking is read with the
/// key's lookup, and the row is written with the key's claim; Stripe gets its own idempotency key for the attempt.
/// </summary>
public sealed class PaymentStarter(PaymentGateway gateway, IOptions<StripeSettings> stripe, TimeProvider clock)
{
    private sealed record PayableBooking(string Status, DateTimeOffset? HoldExpiresAt, decimal TotalAmount, bool Paid);

    public async Task<OperationOutcome> StartAsync(string userId, Guid bookingId, string clientKey, IdempotentWrite write, CancellationToken ct)
    {
        var booking = await write.ReadAsync([SqlBatch.Command($"""
            SELECT b.booking_status, b.hold_expires_at, b.total_amount,
                   EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id AND p.payment_status = {PaymentStatus.Completed}) AS paid
            FROM bookings b WHERE b.id = {bookingId} AND b.user_id = {userId}
            """)], async (reader, token) => await reader.ReadAsync(token)
                ? new PayableBooking(reader.GetString("booking_status"),
                    reader.IsDBNull("hold_expires_at") ? null : reader.GetFieldValue<DateTimeOffset>("hold_expires_at"),
                    reader.GetDecimal("total_amount"), reader.GetBoolean("paid"))
                : null, ct);
        if (booking is null) return new OperationOutcome.Refusal(Problems.NotFound($"No booking {bookingId}."));
        if (booking.Paid) return new OperationOutcome.Refusal(Problems.Conflict("This booking is already paid."));
        if (booking.Status != BookingStatus.PendingPayment || booking.HoldExpiresAt <= clock.GetUtcNow())
            return new OperationOutcome.Refusal(Problems.Conflict($"This booking is {Describe(booking.Status)} and cannot be paid."));

        var paymentId = Guid.CreateVersion7();
        const string method = "card", currency = "USD";
        GatewayIntent intent;
        try
        {
            intent = await gateway.CreateIntentAsync(bookingId, paymentId, booking.TotalAmount, currency, StripeIdempotencyKey(userId, clientKey), ct);
        }
        catch (StripeException error) when (MeansKeyInUse(error))
        {
            // A concurrent request with this key reached Stripe first (its payment id differs, so Stripe will not
            // replay it to this one): answer with that request's answer once it is committed.
            await write.AwaitConcurrentClaimAsync(ct);
            return new OperationOutcome.Refusal(Problems.Conflict(
                $"A request with this {IdempotencyKeys.Header} is in progress or failed part-way; retry it shortly, or use a new key.", IdempotencyKeys.Header));
        }
        var now = clock.UtcNowAsStored();
        var answer = new OperationOutcome.Success(StatusCodes.Status201Created, new PaymentView(paymentId, bookingId, method,
            PaymentStatus.Pending, booking.TotalAmount, currency, intent.Id, intent.ClientSecret, stripe.Value.PublishableKey,
            stripe.Value.ApiBase, now));
        try
        {
            await write.CommitAsync(answer, [SqlBatch.Command($"""
                INSERT INTO payments (id, booking_id, user_id, payment_method, payment_status, amount, currency, transaction_id,
                                      payment_gateway, created_at, updated_at)
                VALUES ({paymentId}, {bookingId}, {userId}, {method}, {PaymentStatus.Pending}, {booking.TotalAmount}, {currency}, {intent.Id},
                        {PaymentGateway.Name}, {now}, {now})
                """)], ct);
        }
        catch (PostgresException error) when (MeansNoLongerPayable(error))
        {
            // Cancelled or expired while Stripe was asked: nothing is written, and the intent, never handed out, stays unpaid.
            return new OperationOutcome.Refusal(Problems.Conflict("This booking was cancelled or expired meanwhile and cannot be paid."));
        }
        return answer;
    }

    /// <summary>The database refused a pending payment on a booking that no longer awaits one (checked at commit, under the booking's lock).</summary>
    private static bool MeansNoLongerPayable(PostgresException error) => error.ConstraintName == "payments_need_payable_booking";

    /// <summary>
    /// Stripe's key for this attempt, at most 201 characters (a user id is at most 128): the client's key (up to 255) is
    /// hashed into it, since Stripe refuses keys over 255 characters and "payment-{user}-{key}" was a 500 from 211 on.
    /// </summary>
    private static string StripeIdempotencyKey(string userId, string clientKey) =>
        $"payment-{userId}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientKey)))}";

    /// <summary>Stripe's answers to a key already used: 409 while its first request runs, 400 idempotency_error when the parameters differ.</summary>
    private static bool MeansKeyInUse(StripeException error) =>
        error.HttpStatusCode == HttpStatusCode.Conflict || error.StripeError?.Type == "idempotency_error";

    private static string Describe(string status) => status == BookingStatus.PendingPayment ? "past its hold" : status.Replace('_', ' ');
}
