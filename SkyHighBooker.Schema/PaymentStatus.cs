namespace SkyHighBooker.Schema;

/// <summary>
/// A payment's life: pending → completed (its booking confirmed) or failed (the card was declined; the booking stays
/// payable); completed → refunding → refunded; pending → cancelled when its booking ends unpaid. Refunding and cancelled
/// payments have a payment job that carries the decision out at Stripe.
/// </summary>
public static class PaymentStatus
{
    public const string Pending = "pending";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Refunding = "refunding";
    public const string Refunded = "refunded";

    public static readonly string[] All = [Pending, Completed, Failed, Cancelled, Refunding, Refunded];
}
