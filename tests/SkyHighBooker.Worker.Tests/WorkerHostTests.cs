using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Worker.Tests;

/// <summary>The Worker as its own process, as it is deployed: what it refuses at start-up, and what /health says.</summary>
public sealed class WorkerHostTests
{
    private static BackgroundProcess StartWorker(int port, string environment, params (string Key, string Value)[] settings)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var dll = Path.Combine(RepositoryPaths.Root, "SkyHighBooker.Worker", "bin", configuration, "net10.0", "SkyHighBooker.Worker.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = environment, ["Logging__LogLevel__Default"] = "Warning" },
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        return new BackgroundProcess(start);
    }

    [Fact]
    public async Task In_production_the_Worker_refuses_an_S3_emulator_and_the_local_database_password_naming_them()
    {
        using var worker = StartWorker(RepositoryPaths.FreePort(), "Production",
            ($"ConnectionStrings__{BookerResources.Database}", "Host=127.0.0.1;Port=1;Username=postgres;Password=sky-high-local-only;Database=skyhighdb"),
            ("Storage__ServiceUrl", "http://127.0.0.1:4569"));

        // Waits for the exit and for the last of its output: HasExited alone can be true before the output is read (CI saw "").
        await worker.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains("  - Storage:ServiceUrl ", worker.Output);
        Assert.Contains($"  - ConnectionStrings:{BookerResources.Database} ", worker.Output);
    }

    [Fact]
    public async Task Health_is_503_within_seconds_when_the_database_accepts_connections_but_never_answers()
    {
        // A listener that never accepts: the kernel completes the handshake, then nothing ever answers Npgsql.
        var hung = new TcpListener(IPAddress.Loopback, 0);
        hung.Start();
        var port = RepositoryPaths.FreePort();
        using var worker = StartWorker(port, "Testing",
            ($"ConnectionStrings__{BookerResources.Database}", $"Host=127.0.0.1;Port={((IPEndPoint)hung.LocalEndpoint).Port};Username=postgres;Password=x;Database=skyhighdb"));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await worker.WaitUntilAsync(async () => (await http.GetAsync("/alive")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the Worker");

            var clock = Stopwatch.StartNew();
            var health = await http.GetAsync("/health");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"/health took {clock.Elapsed.TotalSeconds:0.0} s with the database hung");
        }
        finally
        {
            worker.Signal("TERM");
            hung.Stop();
        }
    }
}
