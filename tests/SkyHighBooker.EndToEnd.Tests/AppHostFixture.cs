using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SkyHighBooker.EndToEnd.Tests;

/// <summary>The whole system as the AppHost starts it, with PostgreSQL in a throw-away data directory.</summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "skyhigh-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.SkyHighBooker_AppHost>(
        [
            $"--Postgres:DataDirectory={dataDirectory}",
            "--Postgres:Mode=executable",
        ]);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());

        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(timeout.Token);
        foreach (var resource in new[] { "postgres", "api", "worker", "web" })
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

[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<AppHostFixture>
{
    public const string Name = "whole system through the AppHost";
}
