using System.Diagnostics;

namespace SkyHighBooker.Testing;

/// <summary>s3rver on a free port with the system's bucket, started by the same script the AppHost uses.</summary>
public sealed class S3Emulator : IAsyncDisposable
{
    public const string Bucket = "sky-high-booker-storage";

    private readonly string dataRoot;
    private readonly int port;
    private BackgroundProcess process;

    private S3Emulator(string dataRoot, int port)
    {
        this.dataRoot = dataRoot;
        this.port = port;
        ServiceUrl = new Uri($"http://127.0.0.1:{port}/");
        process = Launch();
    }

    public Uri ServiceUrl { get; }

    public IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Storage:ServiceUrl", ServiceUrl.ToString().TrimEnd('/')),
        new("Storage:BucketName", Bucket),
        new("Storage:Region", "us-east-1"),
        new("Storage:AccessKey", AccessKey),
        new("Storage:SecretKey", AccessKey),
    ];

    /// <summary>s3rver's built-in credentials (it checks the key id).</summary>
    public const string AccessKey = "S3RVER";

    public static async Task<S3Emulator> StartAsync()
    {
        var emulator = new S3Emulator(RepositoryPaths.TempDirectory("skyhigh-s3"), RepositoryPaths.FreePort());
        await emulator.WaitUntilReadyAsync();
        return emulator;
    }

    /// <summary>Takes the emulator down with SIGKILL; its objects stay in its data directory.</summary>
    public async Task KillAsync()
    {
        process.Signal("KILL");
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Starts it again on the same port over the same data directory, so every object stored before is there.</summary>
    public async Task RestartAsync()
    {
        if (!process.HasExited) throw new InvalidOperationException("s3rver is still running; kill it first");
        process.Dispose();
        process = Launch();
        await WaitUntilReadyAsync();
    }

    private BackgroundProcess Launch() =>
        new(new ProcessStartInfo("bash", [RepositoryPaths.Script("run-s3rver.sh"), dataRoot])
        {
            Environment = { ["PORT"] = port.ToString(), ["BUCKET"] = Bucket },
        });

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient();
        await process.WaitUntilAsync(async () => (await http.GetAsync(new Uri(ServiceUrl, Bucket))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(90), "s3rver");
    }

    public ValueTask DisposeAsync()
    {
        process.Signal("TERM");
        process.Dispose();
        try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
