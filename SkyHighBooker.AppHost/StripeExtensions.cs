using Microsoft.Extensions.Configuration;

namespace SkyHighBooker.AppHost;

public static class StripeExtensions
{
    /// <summary>
    /// Payments for the Api: real Stripe when Stripe:SecretKey is configured (with Stripe:WebhookSecret), otherwise
    /// (in Development only) the local Stripe stand-in, which the Api reaches through Stripe.net with only the API
    /// base changed, and which signs webhooks back to it.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBookerStripe(this IResourceBuilder<ProjectResource> api, string name)
    {
        var builder = api.ApplicationBuilder;
        var settings = builder.Configuration.GetSection("Stripe");
        if (!string.IsNullOrWhiteSpace(settings["SecretKey"]))
        {
            if (string.IsNullOrWhiteSpace(settings["WebhookSecret"]))
                throw new InvalidOperationException("Stripe:WebhookSecret is required with Stripe:SecretKey: without it the Api accepts no webhook.");
            return api
                .WithEnvironment("Stripe__SecretKey", builder.AddParameter($"{name}-secret-key", settings["SecretKey"]!, secret: true))
                .WithEnvironment("Stripe__PublishableKey", settings["PublishableKey"] ?? "")
                .WithEnvironment("Stripe__WebhookSecret", builder.AddParameter($"{name}-webhook-secret", settings["WebhookSecret"]!, secret: true));
        }
        if (!LocalEmulators.Allowed(builder))
        {
            throw LocalEmulators.MissingSettings(builder, "Stripe:SecretKey and Stripe:WebhookSecret", "the Stripe stand-in");
        }

        var webhookSecret = builder.AddParameter($"{name}-webhook-secret", settings["LocalWebhookSecret"] ?? "whsec_sky_high_booker_local", secret: true);
        var standIn = builder.AddProject<Projects.SkyHighBooker_StripeStandIn>(name)
            .WithEnvironment("Webhooks__Url", ReferenceExpression.Create($"{api.GetEndpoint("http")}/api/payments/stripe/webhook"))
            .WithEnvironment("Webhooks__Secret", webhookSecret)
            .WithHttpHealthCheck("/health");

        return api
            .WithEnvironment("Stripe__ApiBase", standIn.GetEndpoint("http"))
            .WithEnvironment("Stripe__SecretKey", "sk_test_sky_high_booker_local")
            .WithEnvironment("Stripe__PublishableKey", "pk_test_sky_high_booker_local")
            .WithEnvironment("Stripe__WebhookSecret", webhookSecret)
            .WaitFor(standIn);
    }
}
