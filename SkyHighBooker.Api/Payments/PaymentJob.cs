using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Payments;

/// <summary>
/// An outbox row for Stripe: money to give back or a PaymentIntent to close, recorded in the same transaction as the
/// decision (a cancellation, an expiry, a payment that arrived too late) and carried out by the Worker with retries and
/// Stripe idempotency keys, so neither a Stripe outage nor a crash loses it.
/// </summary>
public sealed class PaymentJob : LeasedJob
{
    public Guid PaymentId { get; set; }
    public string Status { get; set; } = PaymentJobStatus.Pending;
}
