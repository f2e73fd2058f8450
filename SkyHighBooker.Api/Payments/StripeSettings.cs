namespace SkyHighBooker.Api.Payments;

/// <summary>Stripe keys; ApiBase points Stripe.net at the local stand-in when there is no real Stripe.</summary>
public sealed class StripeSettings
{
    public const string Section = "Stripe";

    public string SecretKey { get; set; } = "";
    public string? PublishableKey { get; set; }
    public string WebhookSecret { get; set; } = "";
    /// <summary>Null for real Stripe (https://api.stripe.com).</summary>
    public string? ApiBase { get; set; }
}
