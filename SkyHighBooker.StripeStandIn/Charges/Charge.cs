using System.Text.Json.Serialization;
using SkyHighBooker.StripeStandIn.PaymentMethods;

namespace SkyHighBooker.StripeStandIn.Charges;

/// <summary>A card charge in Stripe's shape (object "charge"), made when a PaymentIntent is confirmed.</summary>
public sealed record Charge
{
    public required string Id { get; init; }
    public string Object => "charge";
    public required long Amount { get; init; }
    public required long AmountCaptured { get; init; }
    public required long AmountRefunded { get; init; }
    public string? Application => null;
    public string? BalanceTransaction => null;
    public required BillingDetails BillingDetails { get; init; }
    public string? CalculatedStatementDescriptor => "SKY HIGH BOOKER";
    public required bool Captured { get; init; }
    public required long Created { get; init; }
    public required string Currency { get; init; }
    public string? Customer => null;
    public required string? Description { get; init; }
    public bool Disputed => false;
    public required string? FailureCode { get; init; }
    public required string? FailureMessage { get; init; }
    public bool Livemode => false;
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }
    public required ChargeOutcome Outcome { get; init; }
    public required bool Paid { get; init; }
    public required string PaymentIntent { get; init; }
    public required string PaymentMethod { get; init; }
    public required ChargePaymentMethodDetails PaymentMethodDetails { get; init; }
    public string? ReceiptEmail { get; init; }
    public string? ReceiptUrl => null;
    public required bool Refunded { get; init; }
    public required string Status { get; init; }

    /// <summary>What is left to refund.</summary>
    [JsonIgnore]
    public long Refundable => Status == "succeeded" ? Amount - AmountRefunded : 0;
}

public sealed record ChargeOutcome(
    string NetworkStatus,
    string? Reason,
    string RiskLevel,
    long RiskScore,
    string? SellerMessage,
    string Type);

public sealed record ChargePaymentMethodDetails(ChargeCard Card)
{
    public string Type => "card";
}

public sealed record ChargeCard(
    string Brand,
    CardChecks Checks,
    string Country,
    long ExpMonth,
    long ExpYear,
    string Fingerprint,
    string Funding,
    string Last4,
    string Network);
