using System.Diagnostics;
using System.Text.Json;

namespace SkyHighBooker.Testing;

/// <summary>
/// cognito-local on a free port, prepared by the same setup script the AppHost runs (pool, app client, admin group,
/// admin account). Verification codes are fixed to <see cref="VerificationCode"/> so tests can confirm sign-ups.
/// </summary>
public sealed class CognitoLocalEmulator : IAsyncDisposable
{
    public const string VerificationCode = "246810";
    public const string AdminEmail = "admin@skyhighbooker.local";
    public const string AdminPassword = "Test!Admin1pass";

    private readonly BackgroundProcess process;
    private readonly string dataRoot;

    private CognitoLocalEmulator(BackgroundProcess process, string dataRoot, Uri endpoint)
    {
        this.process = process;
        this.dataRoot = dataRoot;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }
    public PoolSettings Pool { get; private set; } = null!;

    public sealed record PoolSettings(string UserPoolId, string ClientId, string Issuer, string Endpoint);

    /// <summary>The Api's Cognito__* configuration for this pool.</summary>
    public IEnumerable<KeyValuePair<string, string>> ApiSettings() =>
    [
        new("Cognito:UserPoolId", Pool.UserPoolId),
        new("Cognito:ClientId", Pool.ClientId),
        new("Cognito:Issuer", Pool.Issuer),
        new("Cognito:ServiceUrl", Pool.Endpoint),
        new("Cognito:RequireHttpsMetadata", "false"),
    ];

    public static async Task<CognitoLocalEmulator> StartAsync()
    {
        var dataRoot = RepositoryPaths.TempDirectory("skyhigh-cognito");
        var port = RepositoryPaths.FreePort();
        var process = new BackgroundProcess(new ProcessStartInfo("bash", [RepositoryPaths.Script("run-cognito-local.sh"), dataRoot])
        {
            Environment = { ["PORT"] = port.ToString(), ["CODE"] = VerificationCode },
        });
        var emulator = new CognitoLocalEmulator(process, dataRoot, new Uri($"http://localhost:{port}/"));
        try
        {
            using var http = new HttpClient();
            await process.WaitUntilAsync(async () => (await http.GetAsync(new Uri(emulator.Endpoint, "health"))).IsSuccessStatusCode,
                TimeSpan.FromSeconds(90), "cognito-local");
            emulator.Pool = await emulator.CreatePoolAsync("sky-high-booker", "sky-high-booker-web");
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the setup script for a pool of that name (idempotent), as the AppHost does.</summary>
    public async Task<PoolSettings> CreatePoolAsync(string poolName, string clientName)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.Root, "emulators", "cognito-bootstrap.mjs")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["COGNITO_ENDPOINT"] = Endpoint.ToString(),
                ["POOL_NAME"] = poolName,
                ["CLIENT_NAME"] = clientName,
                ["ADMIN_EMAIL"] = AdminEmail,
                ["ADMIN_PASSWORD"] = AdminPassword,
            },
        };
        using var setup = Process.Start(start)!;
        var stdout = await setup.StandardOutput.ReadToEndAsync();
        var stderr = await setup.StandardError.ReadToEndAsync();
        await setup.WaitForExitAsync();
        if (setup.ExitCode != 0) throw new InvalidOperationException($"cognito setup failed:\n{stdout}\n{stderr}");
        var last = stdout.Trim().Split('\n').Last();
        return JsonSerializer.Deserialize<PoolSettings>(last, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public ValueTask DisposeAsync()
    {
        process.Signal("TERM");
        process.Dispose();
        try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
