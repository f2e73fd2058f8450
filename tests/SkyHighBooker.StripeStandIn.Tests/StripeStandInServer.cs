using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Stripe;

namespace SkyHighBooker.StripeStandIn.Tests;

/// <summary>
/// The stand-in listening on a real port (Kestrel through WebApplicationFactory), with webhooks configured to a
/// <see cref="WebhookReceiver"/>, and Stripe.net clients pointed at it. Shared by all tests of the collection.
/// </summary>
public sealed class StripeStandInServer : IAsyncLifetime
{
    public const string SecretKey = "sk_test_sky_high_booker";
    public const string PublishableKey = "pk_test_sky_high_booker";
    public const string WebhookSecret = "whsec_sky_high_booker_test_secret";
    public const string WebhookPath = "api/payments/stripe-webhook";

    private WebApplicationFactory<Program> _factory = null!;

    public WebhookReceiver Webhooks { get; private set; } = null!;

    public string ApiBase { get; private set; } = "";

    /// <summary>A client as the Api makes it: secret key, ApiBase pointing at the stand-in.</summary>
    public StripeClient Client { get; private set; } = null!;

    /// <summary>A client as a browser would act: publishable key (it must send the client_secret).</summary>
    public StripeClient BrowserClient { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Webhooks = await WebhookReceiver.StartAsync();
        _factory = new StandInFactory(Webhooks.Url(WebhookPath));
        _factory.UseKestrel(0);
        _factory.StartServer();

        ApiBase = _factory.Services.GetRequiredService<IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        Client = new StripeClient(new StripeClientOptions { ApiKey = SecretKey, ApiBase = ApiBase });
        BrowserClient = new StripeClient(new StripeClientOptions { ApiKey = PublishableKey, ApiBase = ApiBase });
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = new Uri(ApiBase) };

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Webhooks.DisposeAsync();
    }

    private sealed class StandInFactory(string webhookUrl) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
            .UseSetting("Webhooks:Url", webhookUrl)
            .UseSetting("Webhooks:Secret", WebhookSecret)
            .UseSetting("Webhooks:FirstRetryDelay", "00:00:00.100");
    }
}

[CollectionDefinition(Name)]
public sealed class StripeStandInCollection : ICollectionFixture<StripeStandInServer>
{
    public const string Name = "Stripe stand-in";
}
