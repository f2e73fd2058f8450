using System.Diagnostics;

namespace SkyHighBooker.Testing;

/// <summary>s3rver on a free port with the system's bucket, started by the same script the AppHost uses.</summary>
public sealed class S3Emulator : IAsyncDisposable
{
    public const string Bucket = "sky-high-booker-storage";

    private readonly BackgroundProcess process;
    private readonly string dataRoot;

    private S3Emulator(BackgroundProcess process, string dataRoot, Uri serviceUrl)
    {
        this.process = process;
        this.dataRoot = dataRoot;
        ServiceUrl = serviceUrl;
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
        var dataRoot = RepositoryPaths.TempDirectory("skyhigh-s3");
        var port = RepositoryPaths.FreePort();
        var process = new BackgroundProcess(new ProcessStartInfo("bash", [RepositoryPaths.Script("run-s3rver.sh"), dataRoot])
        {
            Environment = { ["PORT"] = port.ToString(), ["BUCKET"] = Bucket },
        });
        var emulator = new S3Emulator(process, dataRoot, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient();
        await process.WaitUntilAsync(async () => (await http.GetAsync(new Uri(emulator.ServiceUrl, Bucket))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(90), "s3rver");
        return emulator;
    }

    public ValueTask DisposeAsync()
    {
        process.Signal("TERM");
        process.Dispose();
        try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
