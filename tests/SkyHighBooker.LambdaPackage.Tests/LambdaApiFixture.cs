using System.Diagnostics;
using SkyHighBooker.Testing;

namespace SkyHighBooker.LambdaPackage.Tests;

/// <summary>
/// The Api's Lambda package, published as README "Deploy to AWS" publishes it (self-contained linux-x64, with its
/// <c>bootstrap</c>), laid out as Lambda mounts it (a copy none of whose files or folders can be written) and started
/// the way the Lambda Web Adapter starts it: its <c>bootstrap</c>, in the package folder, with only the environment a
/// function has (SkyHighBooker.Infrastructure/Api.cs plus what Lambda itself sets), against the test PostgreSQL and
/// cognito-local. As root (which ignores file modes) it runs as <c>nobody</c>, so the modes hold.
/// </summary>
public sealed class LambdaApiFixture : IAsyncLifetime
{
    private LocalPostgresServer? postgres;
    private CognitoLocalEmulator? cognito;
    private BackgroundProcess? api;

    public string Package { get; private set; } = "";
    public TimeSpan PublishTime { get; private set; }
    /// <summary>Process start to the adapter's readiness check (/health) answering: the cold start, on a test machine.</summary>
    public TimeSpan StartTime { get; private set; }
    public Uri BaseAddress { get; private set; } = null!;
    public CognitoTestClient Users { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";
    public string Output => api?.Output ?? "";
    public bool HasExited => api?.HasExited ?? true;

    public async Task InitializeAsync()
    {
        var publishing = PublishAsync();
        var startingPostgres = LocalPostgresServer.StartAsync();
        var startingCognito = CognitoLocalEmulator.StartAsync();
        postgres = await startingPostgres;
        cognito = await startingCognito;
        (Package, PublishTime) = await publishing;
        Users = new CognitoTestClient(cognito.Endpoint, cognito.Pool.ClientId);
        ConnectionString = postgres.ConnectionString(BookerResources.Database);

        var port = RepositoryPaths.FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var clock = Stopwatch.StartNew();
        api = new BackgroundProcess(LambdaStart(port));
        using var http = new HttpClient();
        await api.WaitUntilAsync(async () => (await http.GetAsync(new Uri(BaseAddress, "health"))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(120), "the Api's Lambda package");
        StartTime = clock.Elapsed;
    }

    private ProcessStartInfo LambdaStart(int port)
    {
        var bootstrap = Path.Combine(Package, "bootstrap");
        var asRoot = Environment.UserName == "root";
        // setpriv swaps the user and execs the bootstrap, keeping the process id (signals reach the Api).
        var start = asRoot
            ? new ProcessStartInfo("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", bootstrap])
            : new ProcessStartInfo(bootstrap);
        start.WorkingDirectory = Package; // Lambda's /var/task
        start.Environment.Clear();
        foreach (var (key, value) in new Dictionary<string, string>
        {
            // Lambda's own (provided.al2023)
            ["PATH"] = "/usr/local/bin:/usr/bin:/bin:/opt/bin",
            ["LANG"] = "en_US.UTF-8",
            ["TZ"] = ":UTC",
            ["HOME"] = "/tmp", // nothing else is writable
            ["LAMBDA_TASK_ROOT"] = Package,
            ["LAMBDA_RUNTIME_DIR"] = "/var/runtime",
            ["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:9001",
            ["AWS_LAMBDA_FUNCTION_NAME"] = "sky-high-booker-api",
            ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "1024",
            ["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand",
            ["AWS_LAMBDA_LOG_GROUP_NAME"] = "/aws/lambda/sky-high-booker-api",
            ["AWS_LAMBDA_LOG_STREAM_NAME"] = "2026/12/07/[$LATEST]smoke",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_ACCESS_KEY_ID"] = "ASIALAMBDASMOKETEST",
            ["AWS_SECRET_ACCESS_KEY"] = "lambda-smoke-test-secret",
            ["AWS_SESSION_TOKEN"] = "lambda-smoke-test-session",
            // The function's (SkyHighBooker.Infrastructure/Api.cs). Not Production: that refuses the emulators'
            // settings below (ProductionSafety, tested on its own); secrets as plain settings, no extension here.
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["AWS_LWA_PORT"] = port.ToString(),
            ["PORT"] = port.ToString(),
            ["AWS_LWA_READINESS_CHECK_PATH"] = "/health",
            ["AWS_LWA_ASYNC_INIT"] = "true",
            ["ForwardedHeaders__KnownProxies"] = "127.0.0.1",
            [$"ConnectionStrings__{BookerResources.Database}"] = ConnectionString,
            ["Seed__ScheduleDays"] = "4", // enough to search and book; the full 180 days take most of a start here
            ["OTEL_SDK_DISABLED"] = "true",
            // Files are not touched by a search or a booking: S3 at a port nothing listens on.
            ["Storage__ServiceUrl"] = "http://127.0.0.1:9",
            ["Storage__BucketName"] = S3Emulator.Bucket,
            ["Storage__Region"] = "us-east-1",
            ["Storage__AccessKey"] = S3Emulator.AccessKey,
            ["Storage__SecretKey"] = S3Emulator.AccessKey,
        }.Concat(cognito!.ApiSettings().Select(setting => KeyValuePair.Create(setting.Key.Replace(":", "__"), setting.Value))))
        {
            start.Environment[key] = value;
        }
        return start;
    }

    private static async Task<(string Package, TimeSpan Time)> PublishAsync()
    {
        var output = RepositoryPaths.TempDirectory("skyhigh-lambda-publish");
        var clock = Stopwatch.StartNew();
        // Release, as deployed; its build output (obj/Release/net10.0/linux-x64) stays between runs, so after the first
        // publish on a machine only what changed compiles. No ReadyToRun: it adds a minute of crossgen here and changes
        // how fast the code starts, not what it does (bench/api-cold-start measures that). Analyzers only warn, and
        // the ordinary build runs them: they would add a third to this compile and nothing to the package.
        var start = new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(RepositoryPaths.Root, "SkyHighBooker.Api"), "-c", "Release", "-r", "linux-x64", "--self-contained",
             "-p:PublishReadyToRun=false", "-p:RunAnalyzers=false", "-nologo", "-v", "q", "-o", output])
        {
            WorkingDirectory = RepositoryPaths.Root, // global.json picks the SDK
            Environment = { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        using (var publish = new BackgroundProcess(start))
        {
            await publish.WaitForExitAsync(TimeSpan.FromMinutes(10));
            if (publish.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{publish.Output}");
        }
        var time = clock.Elapsed;

        var package = RepositoryPaths.TempDirectory("skyhigh-lambda-task");
        CopyReadOnly(output, package);
        Directory.Delete(output, recursive: true);
        return (package, time);
    }

    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>Lambda's /var/task: every file readable (programs executable), nothing writable, not even by its owner.</summary>
    private static void CopyReadOnly(string from, string to)
    {
        File.SetUnixFileMode(to, Readable | Executable | UnixFileMode.UserWrite);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetUnixFileMode(target, File.GetUnixFileMode(file).HasFlag(UnixFileMode.UserExecute) ? Readable | Executable : Readable);
        }
        foreach (var directory in Directory.EnumerateDirectories(to, "*", SearchOption.AllDirectories).Append(to))
            File.SetUnixFileMode(directory, Readable | Executable);
    }

    public async Task DisposeAsync()
    {
        if (api is not null)
        {
            api.Signal("TERM");
            api.Dispose();
        }
        if (postgres is not null) await postgres.DisposeAsync();
        if (cognito is not null) await cognito.DisposeAsync();
        if (Package.Length > 0 && Directory.Exists(Package))
        {
            foreach (var directory in Directory.EnumerateDirectories(Package, "*", SearchOption.AllDirectories).Append(Package))
                File.SetUnixFileMode(directory, Readable | Executable | UnixFileMode.UserWrite);
            Directory.Delete(Package, recursive: true);
        }
    }
}
