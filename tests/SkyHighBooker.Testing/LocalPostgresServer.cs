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
    private readonly string[] settings;
    private readonly string script;
    private readonly int? primaryPort;
    private BackgroundProcess process;

    private LocalPostgresServer(string dataRoot, int port, string[] settings, string script = "run-local-postgres.sh", int? primaryPort = null)
    {
        this.dataRoot = dataRoot;
        this.settings = settings;
        this.script = script;
        this.primaryPort = primaryPort;
        Port = port;
        process = Launch();
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Password={Password};Database={database};Include Error Detail=true";

    /// <param name="durableCommits">
    /// Acknowledge a commit only once its WAL is written (synchronous_commit=on), so a crashed server keeps every commit
    /// a client was told of. Off by default for speed: without it, commits of the last few hundred milliseconds before a
    /// crash are lost. fsync stays off either way: a killed server process leaves what it wrote in the OS's page cache.
    /// </param>
    /// <param name="maxConnections">More than the script's default, for a server that several Api hosts share.</param>
    public static async Task<LocalPostgresServer> StartAsync(bool durableCommits = false, int? maxConnections = null)
    {
        var server = new LocalPostgresServer(RepositoryPaths.TempDirectory("skyhigh-pg"), RepositoryPaths.FreePort(),
            ["-c", "fsync=off", "-c", $"synchronous_commit={(durableCommits ? "on" : "off")}", "-c", "full_page_writes=off",
             .. maxConnections is { } max ? ["-c", $"max_connections={max}"] : Array.Empty<string>()]);
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A hot standby of this server, started as the AppHost starts its replica (scripts/run-local-postgres-standby.sh:
    /// pg_basebackup -R, then streaming replication), with the same settings; the caller disposes it.
    /// </summary>
    public async Task<LocalPostgresServer> StartStandbyAsync()
    {
        var standby = new LocalPostgresServer(RepositoryPaths.TempDirectory("skyhigh-pg-standby"), RepositoryPaths.FreePort(), settings,
            "run-local-postgres-standby.sh", Port);
        try
        {
            await standby.WaitUntilReadyAsync();
            return standby;
        }
        catch
        {
            await standby.DisposeAsync();
            throw;
        }
    }

    /// <summary>Returns once this standby has replayed everything <paramref name="primary"/> had written when called.</summary>
    public async Task CatchUpWithAsync(LocalPostgresServer primary)
    {
        // The insert position, not pg_current_wal_lsn() (what has been written out): the test servers commit without
        // waiting for the flush, so a commit the primary has answered may lie past the write position for up to the WAL
        // writer's 200 ms — a standby caught up "with it" then still lacked the booking just made (a flaky test).
        var written = await Sql.ScalarAsync<string>(primary.ConnectionString("postgres"), "SELECT pg_current_wal_insert_lsn()::text");
        await process.WaitUntilAsync(async () => await Sql.ScalarAsync<bool>(ConnectionString("postgres"),
            "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", written), TimeSpan.FromSeconds(60), "the standby's replay");
    }

    /// <summary>
    /// Crashes the server: SIGKILL to the postmaster (the script's process, which <c>exec</c>s into it), then to every
    /// process it forked, as when the OOM killer or a container stop takes it. Nothing is flushed or closed; clients see
    /// their connections drop. Returns once every one of those processes is gone.
    /// </summary>
    public async Task KillAsync()
    {
        var postmaster = process.Id;
        var name = File.ReadAllText($"/proc/{postmaster}/comm").Trim();
        if (name != "postgres") throw new InvalidOperationException($"process {postmaster} is '{name}', not the postmaster");
        process.Kill();
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        // Its children, orphaned now, are known by their working directory: every PostgreSQL process runs in the data
        // directory. A new postmaster refuses to start while one of them still holds the old one's shared memory.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (ProcessesIn(DataDirectory) is { Count: > 0 } left)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"PostgreSQL's processes {string.Join(", ", left)} outlived SIGKILL");
            foreach (var pid in left)
            {
                try { Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
            }
            await Task.Delay(50);
        }
        // Connection pools are left as they are: finding their connections dead is the clients' part of the test.
    }

    /// <summary>Starts the server again on the same port and data directory; after a kill, PostgreSQL replays its WAL first.</summary>
    public async Task RestartAsync()
    {
        if (!process.HasExited) throw new InvalidOperationException("PostgreSQL is still running; kill it first");
        process.Dispose();
        process = Launch();
        await WaitUntilReadyAsync();
    }

    private BackgroundProcess Launch() =>
        new(new ProcessStartInfo("bash", [RepositoryPaths.Script(script), DataDirectory, .. settings])
        {
            Environment = { ["PGPORT"] = Port.ToString(), ["POSTGRES_PASSWORD"] = Password, ["PRIMARY_PORT"] = primaryPort?.ToString() },
        });

    private Task WaitUntilReadyAsync() => process.WaitUntilAsync(async () =>
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        return true;
    }, TimeSpan.FromSeconds(60), "PostgreSQL");

    private string DataDirectory => Path.Combine(dataRoot, "data");

    /// <summary>Live processes (zombies left out) whose working directory is <paramref name="directory"/>.</summary>
    private static List<int> ProcessesIn(string directory) =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!))
            .Where(pid => WorkingDirectoryOf(pid) == directory && !IsZombie(pid))
            .ToList();

    private static string? WorkingDirectoryOf(int pid)
    {
        try { return new DirectoryInfo($"/proc/{pid}/cwd").ResolveLinkTarget(returnFinalTarget: false)?.FullName; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    // /proc/<pid>/stat: "pid (comm) state ..."; comm may hold spaces and parentheses, so read after the last ')'.
    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] == 'Z';
        }
        catch (IOException) { return true; }
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
