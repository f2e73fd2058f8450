using Npgsql;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>
/// What every Api test collection shares: one PostgreSQL server, cognito-local and s3rver, started on first use and
/// stopped once every test is done. Each collection gets a database of its own, copied from a template that the
/// Api migrated and seeded once: a copy takes about a second, a seed of the 180-day timetable many.
/// </summary>
public sealed class SharedEmulators
{
    private const string TemplateDatabase = "skyhighdb_template";
    private static readonly Lazy<Task<SharedEmulators>> Shared = new(StartAsync);
    private static int databases;

    // CREATE DATABASE fails while another session is copying the same template.
    private readonly SemaphoreSlim copying = new(1, 1);

    private SharedEmulators(LocalPostgresServer postgres, CognitoLocalEmulator cognito, S3Emulator s3)
    {
        Postgres = postgres;
        Cognito = cognito;
        S3 = s3;
        standby = new Lazy<Task<LocalPostgresServer>>(postgres.StartStandbyAsync);
    }

    private readonly Lazy<Task<LocalPostgresServer>> standby;

    /// <summary>
    /// A hot standby of <see cref="Postgres"/> (streaming replication, as the AppHost's replica), started on first use:
    /// every collection's database is on it too. Only the read-replica tests use it.
    /// </summary>
    public Task<LocalPostgresServer> StandbyAsync() => standby.Value;

    public LocalPostgresServer Postgres { get; }
    public CognitoLocalEmulator Cognito { get; }
    public S3Emulator S3 { get; }

    public static Task<SharedEmulators> GetAsync() => Shared.Value;

    /// <summary>A new database, a copy of the migrated and seeded template; returns its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = $"skyhighdb_{Interlocked.Increment(ref databases)}";
        await copying.WaitAsync();
        try
        {
            await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateDatabase} STRATEGY FILE_COPY");
        }
        finally
        {
            copying.Release();
        }
        return Postgres.ConnectionString(name);
    }

    /// <summary>Stops the emulators if they were started; called once every test is done (<see cref="ApiTestFramework"/>).</summary>
    public static async Task StopAsync()
    {
        if (!Shared.IsValueCreated) return;
        try { await (await Shared.Value).DisposeAsync(); }
        catch (Exception) { } // a failed start already stopped what it had started
    }

    private static async Task<SharedEmulators> StartAsync()
    {
        // Max connections: each collection's Api hosts pool up to 100 connections each, and they share this server.
        var startingPostgres = LocalPostgresServer.StartAsync(maxConnections: 1000);
        var startingCognito = CognitoLocalEmulator.StartAsync();
        var startingS3 = S3Emulator.StartAsync();
        try
        {
            var emulators = new SharedEmulators(await startingPostgres, await startingCognito, await startingS3);
            await emulators.ExecuteAsync($"CREATE DATABASE {TemplateDatabase}");
            await emulators.MigrateAndSeedTemplateAsync();
            return emulators;
        }
        catch
        {
            foreach (var started in new Task<IAsyncDisposable>[] { Started(startingPostgres), Started(startingCognito), Started(startingS3) })
            {
                try { await (await started).DisposeAsync(); } catch (Exception) { }
            }
            throw;
        }
    }

    private static async Task<IAsyncDisposable> Started<T>(Task<T> starting) where T : IAsyncDisposable => await starting;

    /// <summary>The Api migrates and seeds the template at its start, as it does any database; nothing else runs.</summary>
    private async Task MigrateAndSeedTemplateAsync()
    {
        KeyValuePair<string, string>[] settings =
        [
            // Unpooled, so no idle connection keeps the template busy when it is copied.
            new($"ConnectionStrings:{BookerResources.Database}", Postgres.ConnectionString(TemplateDatabase) + ";Pooling=false"),
            .. Cognito.ApiSettings(), .. S3.Settings(),
            // Nothing is paid while the template is made; the Api only needs Stripe's settings to start.
            .. StripeStandInServer.Settings(new Uri($"http://127.0.0.1:{RepositoryPaths.FreePort()}/")),
        ];
        await using var api = ApiFixture.Host("Testing", settings);
        _ = api.Server;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Postgres.ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        await command.ExecuteNonQueryAsync();
    }

    private async Task DisposeAsync()
    {
        if (standby.IsValueCreated)
        {
            try { await (await standby.Value).DisposeAsync(); } catch (Exception) { } // a failed start stopped itself
        }
        await Postgres.DisposeAsync();
        await Cognito.DisposeAsync();
        await S3.DisposeAsync();
    }
}
