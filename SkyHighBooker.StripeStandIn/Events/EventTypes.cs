namespace SkyHighBooker.StripeStandIn.Events;

/// <summary>The Event types this stand-in sends, named as Stripe names them.</summary>
public static class EventTypes
{
    public const string PaymentIntentSucceeded = "payment_intent.succeeded";
    public const string PaymentIntentPaymentFailed = "payment_intent.payment_failed";
    public const string PaymentIntentCanceled = "payment_intent.canceled";
    public const string ChargeSucceeded = "charge.succeeded";
    public const string ChargeFailed = "charge.failed";
    public const string ChargeRefunded = "charge.refunded";
    public const string RefundCreated = "refund.created";

    public static readonly IReadOnlyList<string> All =
    [
        PaymentIntentSucceeded, PaymentIntentPaymentFailed, PaymentIntentCanceled,
        ChargeSucceeded, ChargeFailed, ChargeRefunded, RefundCreated,
    ];
}
