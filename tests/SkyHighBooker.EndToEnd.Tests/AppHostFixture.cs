using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkyHighBooker.Testing;

namespace SkyHighBooker.EndToEnd.Tests;

/// <summary>
/// The whole system as the AppHost starts it, with PostgreSQL in a throw-away data directory and two Api replicas
/// behind the Api's one endpoint: every journey through the Web then also shows that idempotency, rate limits, caches
/// and webhooks hold with more than one Api (a second system for that alone would cost another whole start-up).
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly string dataDirectory = RepositoryPaths.TempDirectory("skyhigh-e2e");
    private readonly int cognitoPort = RepositoryPaths.FreePort();

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>A Cognito client for the app client the AppHost's setup created in the emulator.</summary>
    public CognitoTestClient CognitoUsers()
    {
        var pool = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDirectory, "cognito", "pool.json"))).RootElement;
        return new CognitoTestClient(App.GetEndpoint(BookerResources.Cognito, "http"), pool.GetProperty("clientId").GetString()!);
    }

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.SkyHighBooker_AppHost>(
        [
            $"--Postgres:DataDirectory={Path.Combine(dataDirectory, "postgres")}",
            "--Postgres:Mode=executable",
            $"--Postgres:ReplicaPort={RepositoryPaths.FreePort()}",
            $"--Cognito:DataDirectory={Path.Combine(dataDirectory, "cognito")}",
            $"--Cognito:Port={cognitoPort}",
            $"--Cognito:FixedCode={CognitoLocalEmulator.VerificationCode}",
            $"--Storage:DataDirectory={Path.Combine(dataDirectory, "s3")}",
            $"--Email:DataDirectory={Path.Combine(dataDirectory, "smtp4dev")}",
            $"--Email:InboxPort={RepositoryPaths.FreePort()}", // not the fixed local ports: the AppHost may be running beside the tests
            $"--Email:SmtpPort={RepositoryPaths.FreePort()}",
            "--Api:Replicas=2",
            // The journeys reach 30 days ahead; the Worker and the Web wait for the Api, which seeds first (the full 180
            // days took 26-32 s of a loaded run's start-up, and are the Api tests' template already).
            "--Seed:ScheduleDays=45",
        ]);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());

        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(timeout.Token);
        foreach (var resource in new[] { BookerResources.Postgres, BookerResources.PostgresReplica, BookerResources.Cognito, BookerResources.Storage, BookerResources.Stripe, BookerResources.Mail, BookerResources.Api, BookerResources.Worker, BookerResources.Web })
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>One system for all end-to-end tests, and one Chromium for those that drive the Web.</summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<AppHostFixture>, ICollectionFixture<Browser.WebBrowserFixture>
{
    public const string Name = "whole system through the AppHost";
}
