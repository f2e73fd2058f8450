using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SkyHighBooker.Api.PublicReads;
using SkyHighBooker.Testing;
using Xunit.Abstractions;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// PostgreSQL killed under a running Api, then started again at the same address: /health says so quickly, and the
/// Api comes back by itself. Its own PostgreSQL and Api, since killing the shared one would break every other test.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LocalPostgresServer postgres = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        postgres = await LocalPostgresServer.StartAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting($"ConnectionStrings:{BookerResources.Database}", postgres.ConnectionString(BookerResources.Database));
            host.UseSetting("Seed:ScheduleDays", "2");
            host.UseSetting(PublicReadCache.EnabledSetting, "false"); // the searches must reach the database, not a kept answer
        });
        client = factory.CreateClient();
    }

    private static string Tomorrow => DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

    private async Task<(HttpStatusCode Status, TimeSpan Took)> TimedGetAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        output.WriteLine($"GET {path}: {(int)response.StatusCode} in {clock.Elapsed.TotalMilliseconds:0} ms");
        return (response.StatusCode, clock.Elapsed);
    }

    [Fact]
    public async Task With_PostgreSQL_killed_health_is_503_within_seconds_and_the_Api_recovers_when_it_is_back()
    {
        var search = $"/api/flights?from=JFK&to=LAX&date={Tomorrow}";
        Assert.Equal(HttpStatusCode.OK, (await TimedGetAsync("/health")).Status);
        Assert.Equal(HttpStatusCode.OK, (await TimedGetAsync(search)).Status);

        await postgres.KillAsync();

        for (var i = 0; i < 3; i++)
        {
            var (status, took) = await TimedGetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.True(took < TimeSpan.FromSeconds(5), $"/health took {took.TotalSeconds:0.0} s with the database down");
        }
        Assert.Equal(HttpStatusCode.OK, (await TimedGetAsync("/alive")).Status);
        var (searchStatus, _) = await TimedGetAsync(search);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, searchStatus); // a few quick retries, then a 503 problem, not a 500

        await postgres.RestartAsync();

        var deadline = Stopwatch.StartNew();
        var health = HttpStatusCode.ServiceUnavailable;
        while (health != HttpStatusCode.OK && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            health = (await TimedGetAsync("/health")).Status;
            if (health != HttpStatusCode.OK) await Task.Delay(250);
        }
        Assert.Equal(HttpStatusCode.OK, health);
        Assert.Equal(HttpStatusCode.OK, (await TimedGetAsync(search)).Status);
        Assert.Equal(HttpStatusCode.OK, (await TimedGetAsync("/api/flights?from=LAX&to=JFK&date=" + Tomorrow)).Status);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await postgres.DisposeAsync();
    }
}
