using System.Diagnostics;

namespace SkyHighBooker.Testing;

/// <summary>
/// The real Worker (SkyHighBooker.Worker) as its own process on a free port, working the document and payment outboxes
/// of the given database, so a test can SIGKILL it mid-job. Built by the test project's reference to it.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly BackgroundProcess process;

    private WorkerProcess(BackgroundProcess process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output => process.Output;

    public bool HasExited => process.HasExited;

    /// <param name="stripeApiBase">Where it asks Stripe for refunds: the stand-in, or a closed port for a Stripe it cannot reach.</param>
    /// <param name="settings">More configuration, as environment variables (<c>Documents__LeaseSeconds</c>…).</param>
    public static async Task<WorkerProcess> StartAsync(string connectionString, S3Emulator storage, Uri stripeApiBase,
        params (string Name, string Value)[] settings)
    {
        var port = RepositoryPaths.FreePort();
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.BuiltAssembly("SkyHighBooker.Worker")])
        {
            Environment =
            {
                [$"ConnectionStrings__{BookerResources.Database}"] = connectionString,
                ["Stripe__SecretKey"] = StripeStandInServer.SecretKey,
                ["Stripe__ApiBase"] = stripeApiBase.ToString().TrimEnd('/'),
                // Emulators and test keys: refused in Production (ProductionSafety), as they should be.
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["OTEL_SDK_DISABLED"] = "true",
                ["Logging__LogLevel__Default"] = "Warning",
                // The tests that start Workers are about jobs; drawing and uploading 1,040 route maps at each start cost
                // the run ~5 s of CPU a Worker. RouteMapPublisherTests and the AppHost's Worker cover the maps.
                ["RouteMaps__Publish"] = "false",
            },
        };
        foreach (var (key, value) in storage.Settings()) start.Environment[key.Replace(":", "__")] = value;
        foreach (var (name, value) in settings) start.Environment[name] = value;
        var worker = new WorkerProcess(new BackgroundProcess(start), new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            using var http = new HttpClient();
            // /alive, not /health: a Worker is up while a dependency is down, and some tests start it that way.
            await worker.process.WaitUntilAsync(async () => (await http.GetAsync(new Uri(worker.BaseAddress, "alive"))).IsSuccessStatusCode,
                TimeSpan.FromSeconds(60), "the Worker");
            return worker;
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: the Worker ends mid-job, its leases left to lapse; returns once it is gone.</summary>
    public async Task KillAsync()
    {
        process.Signal("KILL");
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    public ValueTask DisposeAsync()
    {
        process.Signal("TERM");
        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
