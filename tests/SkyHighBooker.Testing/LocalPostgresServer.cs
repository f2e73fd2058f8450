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
    private BackgroundProcess process;

    private LocalPostgresServer(string dataRoot, int port, string[] settings)
    {
        this.dataRoot = dataRoot;
        this.settings = settings;
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
    public static async Task<LocalPostgresServer> StartAsync(bool durableCommits = false)
    {
        var server = new LocalPostgresServer(RepositoryPaths.TempDirectory("skyhigh-pg"), RepositoryPaths.FreePort(),
            ["-c", "fsync=off", "-c", $"synchronous_commit={(durableCommits ? "on" : "off")}", "-c", "full_page_writes=off"]);
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
    /// Crashes the server: SIGKILL to the postmaster (the script's process, which <c>exec</c>s into it) and to every
    /// process it forked, as when the machine's OOM killer or a container stop takes it. Nothing is flushed or closed;
    /// clients see their connections drop. Returns once every one of those processes is gone.
    /// </summary>
    public async Task KillAsync()
    {
        var postmaster = process.Id;
        var name = File.ReadAllText($"/proc/{postmaster}/comm").Trim();
        if (name != "postgres") throw new InvalidOperationException($"process {postmaster} is '{name}', not the postmaster");
        var children = ChildrenOf(postmaster);
        process.Signal("KILL");
        foreach (var child in children)
        {
            try { Process.GetProcessById(child).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
        }
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        // A new postmaster refuses to start while a process of the old one still holds its shared memory.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (children.Any(IsRunning))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"PostgreSQL's processes {string.Join(", ", children.Where(IsRunning))} outlived SIGKILL");
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
        new(new ProcessStartInfo("bash", [RepositoryPaths.Script("run-local-postgres.sh"), Path.Combine(dataRoot, "data"), .. settings])
        {
            Environment = { ["PGPORT"] = Port.ToString(), ["POSTGRES_PASSWORD"] = Password },
        });

    private Task WaitUntilReadyAsync() => process.WaitUntilAsync(async () =>
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        return true;
    }, TimeSpan.FromSeconds(60), "PostgreSQL");

    private static List<int> ChildrenOf(int parent) =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => (Pid: int.Parse(name!), Stat: ReadStat(int.Parse(name!))))
            .Where(p => p.Stat is not null && ParentOf(p.Stat) == parent)
            .Select(p => p.Pid)
            .ToList();

    /// <summary>Alive, and not a zombie waiting for its new parent to reap it.</summary>
    private static bool IsRunning(int pid) => ReadStat(pid) is { } stat && StateOf(stat) != 'Z';

    private static string? ReadStat(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/stat"); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so read after the last ')'.
    private static char StateOf(string stat) => stat[(stat.LastIndexOf(')') + 2)..][0];

    private static int ParentOf(string stat) => int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);

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
