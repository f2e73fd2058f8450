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
    private readonly BackgroundProcess process;
    private readonly string dataRoot;

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
        var process = new BackgroundProcess(new ProcessStartInfo("bash", [RepositoryPaths.Script("run-local-postgres.sh"), Path.Combine(dataRoot, "data"),
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"])
        {
            Environment = { ["PGPORT"] = port.ToString(), ["POSTGRES_PASSWORD"] = Password },
        });
        var server = new LocalPostgresServer(process, dataRoot, port);
        try
        {
            await process.WaitUntilAsync(async () =>
            {
                await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
                await connection.OpenAsync();
                return true;
            }, TimeSpan.FromSeconds(60), "PostgreSQL");
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

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
