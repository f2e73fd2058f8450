namespace SkyHighBooker.Api.Payments;

public sealed class Payment
{
    public Guid Id { get; set; }
    public Guid BookingId { get; set; }
    public required string UserId { get; set; }
    public required string PaymentMethod { get; set; }
    public string PaymentStatus { get; set; } = Schema.PaymentStatus.Pending;
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "USD";
    public string? TransactionId { get; set; }
    public string? PaymentGateway { get; set; }
    /// <summary>Stripe's refund, once the refund job has made it.</summary>
    public string? RefundId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
