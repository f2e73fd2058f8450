namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>What an Event records about the API request that caused it.</summary>
public sealed record ApiRequest(string? Id, string? IdempotencyKey, string ApiVersion)
{
    /// <summary>The API version this stand-in speaks when a request names none (Stripe.net 53's pinned version).</summary>
    public const string DefaultApiVersion = "2026-10-28.endive";

    public static ApiRequest From(HttpContext context) => new(
        RequestIds.Of(context),
        context.Request.Headers["Idempotency-Key"].FirstOrDefault(k => !string.IsNullOrEmpty(k)),
        context.Request.Headers["Stripe-Version"].FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? DefaultApiVersion);
}
