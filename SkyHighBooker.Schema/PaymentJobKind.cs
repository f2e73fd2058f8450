namespace SkyHighBooker.Schema;

public static class PaymentJobKind
{
    /// <summary>Give a captured payment back in full.</summary>
    public const string Refund = "refund";
    /// <summary>Close an open PaymentIntent; if the payer completed it after all, refund it instead.</summary>
    public const string CancelIntent = "cancel_intent";

    public static readonly string[] All = [Refund, CancelIntent];
}
