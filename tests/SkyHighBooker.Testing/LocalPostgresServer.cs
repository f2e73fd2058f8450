using System.Diagnostics;
using Npgsql;

namespace SkyHighBooker.Testing;

/// <summary>
/// A real PostgreSQL 15 server for the tests, started with the same script the AppHost uses,
/// in a throw-away data directory on a free port.
/// </summary>
public sealed class LocalPostgresServer : IAsyncDisposable
{
    private const string Password = "test-only-password";
    private readonly string dataRoot;
    private BackgroundProcess process;

    private LocalPostgresServer(BackgroundProcess process, string dataRoot, int port)
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
        var dataRoot = RepositoryPaths.TempDirectory("skyhigh-pg");
        var port = RepositoryPaths.FreePort();
        var server = new LocalPostgresServer(Run(dataRoot, port), dataRoot, port);
        try
        {
            await server.WaitUntilAcceptingAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Kills the server as a crash would (SIGKILL to the postmaster and every backend at once): open connections
    /// break, new ones are refused. <see cref="RestartAsync"/> brings it back on the same port and data.
    /// </summary>
    public async Task KillAsync()
    {
        var children = File.ReadAllText($"/proc/{process.Id}/task/{process.Id}/children")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        using (var kill = Process.Start("kill", ["-KILL", process.Id.ToString(), .. children])!)
        {
            await kill.WaitForExitAsync();
        }
        while (!process.HasExited) await Task.Delay(50);
        foreach (var child in children.Select(int.Parse))
        {
            while (File.Exists($"/proc/{child}/stat") && !File.ReadAllText($"/proc/{child}/stat").Contains(") Z ")) await Task.Delay(50);
        }
    }

    /// <summary>Starts the server again on the same port and data directory (after <see cref="KillAsync"/>), with crash recovery.</summary>
    public async Task RestartAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            process.Dispose();
            // A just-killed server's shared memory or port can linger for a moment: PostgreSQL then exits, and is tried again.
            process = Run(dataRoot, Port);
            try
            {
                await WaitUntilAcceptingAsync();
                return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline && process.HasExited)
            {
                await Task.Delay(500);
            }
        }
    }

    private static BackgroundProcess Run(string dataRoot, int port) =>
        new(new ProcessStartInfo("bash", [RepositoryPaths.Script("run-local-postgres.sh"), Path.Combine(dataRoot, "data"),
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"])
        {
            Environment = { ["PGPORT"] = port.ToString(), ["POSTGRES_PASSWORD"] = Password },
        });

    private Task WaitUntilAcceptingAsync() =>
        process.WaitUntilAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
            await connection.OpenAsync();
            return true;
        }, TimeSpan.FromSeconds(60), "PostgreSQL");

    public ValueTask DisposeAsync()
    {
        // SIGINT is PostgreSQL's fast shutdown: it does not wait for pooled connections to close.
        process.Signal("INT");
        process.Dispose();
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
