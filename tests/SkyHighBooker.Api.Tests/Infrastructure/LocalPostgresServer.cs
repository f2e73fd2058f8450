using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL 15 server for the tests, started with the same script the AppHost uses,
/// in a throw-away data directory on a free port.
/// </summary>
public sealed class LocalPostgresServer : IAsyncDisposable
{
    private const string Password = "test-only-password";
    private readonly Process process;
    private readonly string dataRoot;

    private LocalPostgresServer(Process process, string dataRoot, int port)
    {
        this.process = process;
        this.dataRoot = dataRoot;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Password={Password};Database={database};Include Error Detail=true";

    public static async Task<LocalPostgresServer> StartAsync()
    {
        var dataRoot = Path.Combine(Path.GetTempPath(), "skyhigh-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataRoot);
        var port = FreePort();
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", "run-local-postgres.sh"), Path.Combine(dataRoot, "data"),
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PGPORT"] = port.ToString(), ["POSTGRES_PASSWORD"] = Password },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start PostgreSQL");
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new LocalPostgresServer(process, dataRoot, port);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
                await connection.OpenAsync();
                return server;
            }
            catch (Exception) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(200);
            }
            catch (Exception error)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException("PostgreSQL did not start:\n" + string.Join('\n', log), error);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGINT is PostgreSQL's fast shutdown: it does not wait for pooled connections to close.
            _ = Process.Start("kill", ["-INT", process.Id.ToString()]);
            if (!process.WaitForExit(TimeSpan.FromSeconds(15))) process.Kill(entireProcessTree: true);
        }
        process.Dispose();
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        await Task.CompletedTask;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SkyHighBooker.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SkyHighBooker.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
