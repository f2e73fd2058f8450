using System.Diagnostics;

namespace SkyHighBooker.Testing;

/// <summary>
/// The Stripe stand-in (SkyHighBooker.StripeStandIn) as its own process on a free port, sending signed webhooks
/// to the given URL. Built by the test projects' reference to it, in the same configuration as the tests.
/// </summary>
public sealed class StripeStandInServer : IAsyncDisposable
{
    public const string SecretKey = "sk_test_skyhighbooker_local";
    public const string PublishableKey = "pk_test_skyhighbooker_local";
    public const string WebhookSecret = "whsec_skyhighbooker_test_secret";

    private readonly BackgroundProcess process;

    private StripeStandInServer(BackgroundProcess process, Uri apiBase)
    {
        this.process = process;
        ApiBase = apiBase;
    }

    public Uri ApiBase { get; }

    public string Output => process.Output;

    public IEnumerable<KeyValuePair<string, string>> ApiSettings() =>
    [
        new("Stripe:SecretKey", SecretKey),
        new("Stripe:PublishableKey", PublishableKey),
        new("Stripe:WebhookSecret", WebhookSecret),
        new("Stripe:ApiBase", ApiBase.ToString().TrimEnd('/')),
    ];

    public static async Task<StripeStandInServer> StartAsync(string webhookUrl)
    {
        var port = RepositoryPaths.FreePort();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var dll = Path.Combine(RepositoryPaths.Root, "SkyHighBooker.StripeStandIn", "bin", configuration, "net10.0", "SkyHighBooker.StripeStandIn.dll");
        var process = new BackgroundProcess(new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            Environment =
            {
                ["Webhooks__Url"] = webhookUrl,
                ["Webhooks__Secret"] = WebhookSecret,
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        });
        var server = new StripeStandInServer(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient();
        await process.WaitUntilAsync(async () => (await http.GetAsync(new Uri(server.ApiBase, "health"))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), "the Stripe stand-in");
        return server;
    }

    public ValueTask DisposeAsync()
    {
        process.Signal("TERM");
        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
