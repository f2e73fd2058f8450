using Stripe;

namespace SkyHighBooker.StripeStandIn.Tests;

/// <summary>
/// The stand-in as it runs beside the Api (its own process, <see cref="StripeStandInServer"/>), with webhooks
/// configured to a <see cref="WebhookReceiver"/>. Shared by all tests of the collection.
/// </summary>
public sealed class StripeStandInFixture : IAsyncLifetime
{
    public const string WebhookPath = "api/payments/stripe-webhook";

    private StripeStandInServer server = null!;

    public WebhookReceiver Webhooks { get; private set; } = null!;

    /// <summary>A client as the Api makes it: secret key, ApiBase pointing at the stand-in.</summary>
    public StripeClient Client => server.Client;

    /// <summary>A client as a browser would act: publishable key (it must send the client_secret).</summary>
    public StripeClient BrowserClient => server.BrowserClient;

    public HttpClient CreateHttpClient() => server.CreateHttpClient();

    public async Task InitializeAsync()
    {
        Webhooks = await WebhookReceiver.StartAsync();
        server = await StripeStandInServer.StartAsync(Webhooks.Url(WebhookPath), [new("Webhooks:FirstRetryDelay", "00:00:00.100")]);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await Webhooks.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StripeStandInCollection : ICollectionFixture<StripeStandInFixture>
{
    public const string Name = "Stripe stand-in";
}
