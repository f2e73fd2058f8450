using System.Text.Json.Serialization;

namespace SkyHighBooker.StripeStandIn.PaymentMethods;

/// <summary>A card PaymentMethod in Stripe's shape (object "payment_method").</summary>
public sealed record PaymentMethod
{
    public required string Id { get; init; }
    public string Object => "payment_method";
    public string AllowRedisplay => "unspecified";
    public required BillingDetails BillingDetails { get; init; }
    public required CardDetails Card { get; init; }
    public required long Created { get; init; }
    public string? Customer => null;
    public bool Livemode => false;
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }
    public string Type => "card";

    /// <summary>The test card behind it: decides how charges end. Not part of the wire format.</summary>
    [JsonIgnore]
    public TestCard TestCard { get; init; } = null!;
}

public sealed record CardDetails
{
    public required string Brand { get; init; }
    public CardChecks Checks { get; init; } = new();
    public required string Country { get; init; }
    public required string DisplayBrand { get; init; }
    public required long ExpMonth { get; init; }
    public required long ExpYear { get; init; }
    public required string Fingerprint { get; init; }
    public required string Funding { get; init; }
    public object? GeneratedFrom => null;
    public required string Last4 { get; init; }
    public required CardNetworks Networks { get; init; }
    public string RegulatedStatus => "unregulated";
    public ThreeDSecureUsage ThreeDSecureUsage { get; init; } = new();
    public object? Wallet => null;
}

public sealed record CardChecks
{
    public string? AddressLine1Check => null;
    public string? AddressPostalCodeCheck => null;
    public string? CvcCheck { get; init; } = "pass";
}

public sealed record CardNetworks(IReadOnlyList<string> Available, string? Preferred);

public sealed record ThreeDSecureUsage
{
    public bool Supported => true;
}

public sealed record BillingDetails
{
    public Address Address { get; init; } = new();
    public string? Email { get; init; }
    public string? Name { get; init; }
    public string? Phone { get; init; }
}

public sealed record Address
{
    public string? City { get; init; }
    public string? Country { get; init; }
    public string? Line1 { get; init; }
    public string? Line2 { get; init; }
    public string? PostalCode { get; init; }
    public string? State { get; init; }
}
