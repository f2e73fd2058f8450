using System.Linq.Expressions;
using SkyHighBooker.Api.Apis;

namespace SkyHighBooker.Api.Payments;

/// <summary>A payment as its payer sees it; ClientSecret and the Stripe settings let the client confirm it with Stripe.</summary>
public sealed record PaymentView(
    Guid Id,
    Guid BookingId,
    string Method,
    [property: AllowedValuesFrom(typeof(PaymentStatus))] string Status,
    decimal Amount,
    string Currency,
    string? TransactionId,
    string? ClientSecret,
    string? PublishableKey,
    string? StripeApiBase,
    DateTimeOffset CreatedAt)
{
    /// <summary>A stored payment, without the confirmation details that only its creation hands out.</summary>
    public static readonly Expression<Func<Payment, PaymentView>> Stored = p => new PaymentView(
        p.Id, p.BookingId, p.PaymentMethod, p.PaymentStatus, p.Amount, p.Currency, p.TransactionId, null, null, null, p.CreatedAt);
}
