using Microsoft.Extensions.Configuration;

namespace SkyHighBooker.AppHost;

/// <summary>
/// Stripe for the services: real Stripe when Stripe:SecretKey is configured (with Stripe:WebhookSecret), otherwise
/// (in Development only) the local Stripe stand-in, which Stripe.net reaches with only the API base changed.
/// </summary>
public sealed class BookerStripe
{
    internal BookerStripe(IResourceBuilder<ProjectResource>? standIn,
        IResourceBuilder<ParameterResource> secretKey, string publishableKey, IResourceBuilder<ParameterResource> webhookSecret)
    {
        StandIn = standIn;
        SecretKey = secretKey;
        PublishableKey = publishableKey;
        WebhookSecret = webhookSecret;
    }

    /// <summary>The stand-in's resource; null when real Stripe is used.</summary>
    public IResourceBuilder<ProjectResource>? StandIn { get; }
    public IResourceBuilder<ParameterResource> SecretKey { get; }
    public string PublishableKey { get; }
    public IResourceBuilder<ParameterResource> WebhookSecret { get; }

    /// <summary>The stand-in signs its webhooks to the Api, as Stripe does to the endpoint registered with it.</summary>
    public void SendWebhooksTo(IResourceBuilder<ProjectResource> api) =>
        StandIn?.WithEnvironment("Webhooks__Url", ReferenceExpression.Create($"{api.GetEndpoint("http")}/api/payments/stripe/webhook"));
}

public static class StripeExtensions
{
    public static BookerStripe AddBookerStripe(this IDistributedApplicationBuilder builder, string name)
    {
        var settings = builder.Configuration.GetSection("Stripe");
        if (!string.IsNullOrWhiteSpace(settings["SecretKey"]))
        {
            if (string.IsNullOrWhiteSpace(settings["WebhookSecret"]))
                throw new InvalidOperationException("Stripe:WebhookSecret is required with Stripe:SecretKey: without it the Api accepts no webhook.");
            return new BookerStripe(standIn: null, builder.AddParameter($"{name}-secret-key", settings["SecretKey"]!, secret: true),
                settings["PublishableKey"] ?? "", builder.AddParameter($"{name}-webhook-secret", settings["WebhookSecret"]!, secret: true));
        }
        if (!LocalEmulators.Allowed(builder))
        {
            throw LocalEmulators.MissingSettings(builder, "Stripe:SecretKey and Stripe:WebhookSecret", "the Stripe stand-in");
        }

        var webhookSecret = builder.AddParameter($"{name}-webhook-secret", settings["LocalWebhookSecret"] ?? "whsec_sky_high_booker_local", secret: true);
        var standIn = builder.AddProject<Projects.SkyHighBooker_StripeStandIn>(name)
            .WithEnvironment("Webhooks__Secret", webhookSecret)
            .WithHttpHealthCheck("/health");
        return new BookerStripe(standIn, builder.AddParameter($"{name}-secret-key", "sk_test_sky_high_booker_local", secret: true),
            "pk_test_sky_high_booker_local", webhookSecret);
    }

    /// <summary>Stripe's keys for a service that calls Stripe (payments in the Api, refunds in the Worker).</summary>
    public static IResourceBuilder<ProjectResource> WithStripe(this IResourceBuilder<ProjectResource> service, BookerStripe stripe)
    {
        service.WithEnvironment("Stripe__SecretKey", stripe.SecretKey);
        if (stripe.StandIn is { } standIn) service.WithEnvironment("Stripe__ApiBase", standIn.GetEndpoint("http")).WaitFor(standIn);
        return service;
    }

    /// <summary>What the Api needs beyond the keys: the publishable key it hands to browsers, and the webhook secret.</summary>
    public static IResourceBuilder<ProjectResource> WithStripePayments(this IResourceBuilder<ProjectResource> api, BookerStripe stripe)
    {
        stripe.SendWebhooksTo(api);
        return api.WithStripe(stripe)
            .WithEnvironment("Stripe__PublishableKey", stripe.PublishableKey)
            .WithEnvironment("Stripe__WebhookSecret", stripe.WebhookSecret);
    }
}
