namespace SkyHighBooker.Api.Payments;

/// <summary>A payment as its payer sees it; ClientSecret and the Stripe settings let the client confirm it with Stripe.</summary>
public sealed record PaymentView(
    Guid Id,
    Guid BookingId,
    string Method,
    string Status,
    decimal Amount,
    string Currency,
    string? TransactionId,
    string? ClientSecret,
    string? PublishableKey,
    string? StripeApiBase,
    DateTimeOffset CreatedAt);
