namespace SkyHighBooker.Api.Payments;

public sealed class Payment
{
    public Guid Id { get; set; }
    public Guid BookingId { get; set; }
    public required string UserId { get; set; }
    public required string PaymentMethod { get; set; }
    public string PaymentStatus { get; set; } = Payments.PaymentStatus.Pending;
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "USD";
    public string? TransactionId { get; set; }
    public string? PaymentGateway { get; set; }
    /// <summary>Stripe's refund, once the refund job has made it.</summary>
    public string? RefundId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A payment's life: pending → completed (its booking confirmed) or failed (the card was declined; the booking stays
/// payable); completed → refunding → refunded; pending → cancelled when its booking ends unpaid. Refunding and cancelled
/// payments have a <see cref="PaymentJob"/> that carries the decision out at Stripe.
/// </summary>
public static class PaymentStatus
{
    public const string Pending = "pending";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Refunding = "refunding";
    public const string Refunded = "refunded";
}
