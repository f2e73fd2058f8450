using Microsoft.Extensions.Options;
using Stripe;

namespace SkyHighBooker.Api.Payments;

public sealed record GatewayIntent(string Id, string ClientSecret, string Status);

/// <summary>Stripe, through Stripe.net: the same calls reach real Stripe or the local stand-in, only the API base differs.</summary>
public sealed class PaymentGateway(Lazy<StripeClient> stripe, IOptions<StripeSettings> settings)
{
    public const string Name = "stripe";

    public async Task<GatewayIntent> CreateIntentAsync(Guid bookingId, Guid paymentId, decimal amount, string currency, string idempotencyKey, CancellationToken ct)
    {
        var intent = await stripe.Value.V1.PaymentIntents.CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = MinorUnits(amount),
            Currency = currency.ToLowerInvariant(),
            Description = $"Sky High Booker booking {bookingId}",
            // Cards confirm in place; without this Stripe also offers redirect methods and insists on a return_url.
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true, AllowRedirects = "never" },
            Metadata = new Dictionary<string, string> { ["booking_id"] = bookingId.ToString(), ["payment_id"] = paymentId.ToString() },
        }, new RequestOptions { IdempotencyKey = idempotencyKey }, ct);
        return new GatewayIntent(intent.Id, intent.ClientSecret, intent.Status);
    }

    public Task<PaymentIntent> RetrieveIntentAsync(string paymentIntentId, CancellationToken ct) =>
        stripe.Value.V1.PaymentIntents.GetAsync(paymentIntentId, cancellationToken: ct);

    /// <summary>
    /// Throws <see cref="StripeException"/> when the signature or timestamp is not Stripe's, and for every event when
    /// no secret is configured: an HMAC keyed with the empty string is one anybody can make.
    /// </summary>
    public Event ParseWebhook(string json, string signatureHeader)
    {
        var secret = settings.Value.WebhookSecret;
        if (string.IsNullOrEmpty(secret))
            throw new StripeException("No webhook signing secret is configured (Stripe:WebhookSecret), so no event can be verified.");
        return EventUtility.ConstructEvent(json, signatureHeader, secret, throwOnApiVersionMismatch: false);
    }

    public static long MinorUnits(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);
}
