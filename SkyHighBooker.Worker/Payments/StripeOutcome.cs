namespace SkyHighBooker.Worker.Payments;

/// <summary>What a payment job left at Stripe: the money given back (with Stripe's refund when known), or an intent closed unpaid.</summary>
public sealed record StripeOutcome(bool Refunded, string? RefundId)
{
    public static readonly StripeOutcome IntentClosed = new(false, null);
    public static StripeOutcome RefundMade(string? refundId) => new(true, refundId);
}
