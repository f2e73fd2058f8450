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

public static class PaymentJobKind
{
    /// <summary>Give a captured payment back in full.</summary>
    public const string Refund = "refund";
    /// <summary>Close an open PaymentIntent; if the payer completed it after all, refund it instead.</summary>
    public const string CancelIntent = "cancel_intent";
}

public static class PaymentJobStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Done = "done";
}
