using Stripe;
using System.Diagnostics;

namespace SkyHighBooker.Testing;

/// <summary>
/// The Stripe stand-in (SkyHighBooker.StripeStandIn) as its own process on a free port, sending signed webhooks
/// to the given URL. Built by the test projects' reference to it, in the same configuration as the tests.
/// </summary>
public sealed class StripeStandInServer : IAsyncDisposable
{
    // The tests' keys, wherever a test runs the stand-in (the AppHost has its own; Production refuses both).
    public const string SecretKey = "sk_test_skyhighbooker_local";
    public const string PublishableKey = "pk_test_skyhighbooker_local";
    public const string WebhookSecret = "whsec_skyhighbooker_test_secret";

    private readonly string webhookUrl;
    private readonly int port;
    private readonly IReadOnlyList<KeyValuePair<string, string>> settings;
    private BackgroundProcess process;

    private StripeStandInServer(string webhookUrl, int port, IEnumerable<KeyValuePair<string, string>> settings)
    {
        this.webhookUrl = webhookUrl;
        this.port = port;
        this.settings = settings.ToList();
        ApiBase = new Uri($"http://127.0.0.1:{port}/");
        process = Launch();
    }

    public Uri ApiBase { get; }

    /// <summary>A client as the Api makes it: the secret key.</summary>
    public StripeClient Client => new(new StripeClientOptions { ApiKey = SecretKey, ApiBase = ApiBase.ToString().TrimEnd('/') });

    /// <summary>A client as a browser acts: the publishable key (it must send the client_secret).</summary>
    public StripeClient BrowserClient => new(new StripeClientOptions { ApiKey = PublishableKey, ApiBase = ApiBase.ToString().TrimEnd('/') });

    public HttpClient CreateHttpClient() => new() { BaseAddress = ApiBase };

    public string Output => process.Output;

    public IEnumerable<KeyValuePair<string, string>> ApiSettings() => Settings(ApiBase);

    /// <summary>The Api's Stripe__* configuration for a stand-in at <paramref name="apiBase"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings(Uri apiBase) =>
    [
        new("Stripe:SecretKey", SecretKey),
        new("Stripe:PublishableKey", PublishableKey),
        new("Stripe:WebhookSecret", WebhookSecret),
        new("Stripe:ApiBase", apiBase.ToString().TrimEnd('/')),
    ];

    /// <param name="settings">The stand-in's own configuration beyond the webhook (e.g. Webhooks:FirstRetryDelay).</param>
    public static async Task<StripeStandInServer> StartAsync(string webhookUrl, IEnumerable<KeyValuePair<string, string>>? settings = null)
    {
        var server = new StripeStandInServer(webhookUrl, RepositoryPaths.FreePort(), settings ?? []);
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Takes the stand-in down with SIGKILL. It keeps its state in memory: what it knew is gone with it.</summary>
    public async Task KillAsync()
    {
        process.Signal("KILL");
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Starts it again on the same port; it knows no PaymentIntent made before the kill.</summary>
    public async Task RestartAsync()
    {
        if (!process.HasExited) throw new InvalidOperationException("the Stripe stand-in is still running; kill it first");
        process.Dispose();
        process = Launch();
        await WaitUntilReadyAsync();
    }

    private BackgroundProcess Launch()
    {
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.BuiltAssembly("SkyHighBooker.StripeStandIn"), "--urls", $"http://127.0.0.1:{port}"])
        {
            Environment =
            {
                ["Webhooks__Url"] = webhookUrl,
                ["Webhooks__Secret"] = WebhookSecret,
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        return new BackgroundProcess(start);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient();
        await process.WaitUntilAsync(async () => (await http.GetAsync(new Uri(ApiBase, "health"))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), "the Stripe stand-in");
    }

    /// <summary>
    /// Confirms a PaymentIntent the way Stripe.js does from a browser: with the publishable key and the intent's client
    /// secret, and a raw test card (4242 4242 4242 4242 succeeds; see the stand-in's TestCards for the others).
    /// </summary>
    public async Task<PaymentIntent> ConfirmWithCardAsync(string intentId, string clientSecret, string cardNumber)
    {
        var options = new PaymentIntentConfirmOptions();
        options.AddExtraParam("client_secret", clientSecret);
        options.AddExtraParam("payment_method_data[type]", "card");
        options.AddExtraParam("payment_method_data[card][number]", cardNumber);
        options.AddExtraParam("payment_method_data[card][exp_month]", "12");
        options.AddExtraParam("payment_method_data[card][exp_year]", (DateTime.UtcNow.Year + 2).ToString());
        options.AddExtraParam("payment_method_data[card][cvc]", "123");
        return await BrowserClient.V1.PaymentIntents.ConfirmAsync(intentId, options);
    }

    public ValueTask DisposeAsync()
    {
        process.Signal("TERM");
        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
