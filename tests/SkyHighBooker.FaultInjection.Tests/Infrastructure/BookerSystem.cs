using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Infrastructure.Seeding;
using SkyHighBooker.Testing;

namespace SkyHighBooker.FaultInjection.Tests.Infrastructure;

/// <summary>
/// One test's own Sky High Booker: its own PostgreSQL and s3rver, and with <c>withApi</c> its own cognito-local, Stripe
/// stand-in and the Api in process on a real port (so the stand-in's webhooks reach it). Nothing is shared with
/// another test, so a test may kill any of it. Workers are started by the test, as processes, when it wants them.
/// </summary>
public sealed class BookerSystem : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> owned = [];
    private readonly List<WebApplicationFactory<Program>> hosts = [];

    private BookerSystem(LocalPostgresServer postgres, S3Emulator s3)
    {
        Postgres = postgres;
        S3 = s3;
        ConnectionString = postgres.ConnectionString(BookerResources.Database);
        owned.Add(postgres);
        owned.Add(s3);
    }

    public LocalPostgresServer Postgres { get; }
    public S3Emulator S3 { get; }
    public string ConnectionString { get; }
    public StripeStandInServer Stripe { get; private set; } = null!;
    public CognitoLocalEmulator Cognito { get; private set; } = null!;
    public CognitoTestClient Users { get; private set; } = null!;
    public WebApplicationFactory<Program> Api { get; private set; } = null!;
    public SystemInvariants Invariants => new(ConnectionString, Stripe?.ApiBase, StripeStandInServer.SecretKey);

    /// <summary>
    /// Where a dependency that is down would be: a privileged port (the discard service's) that nothing here listens on,
    /// and that no test's free-port pick can hand to a server meanwhile.
    /// </summary>
    public static Uri Unreachable { get; } = new("http://127.0.0.1:9/");

    /// <param name="withApi">Also cognito-local, the Stripe stand-in and the Api; without, the schema is migrated and a day of timetable seeded directly.</param>
    /// <param name="durableCommits">PostgreSQL acknowledges a commit only once its WAL is written (see <see cref="LocalPostgresServer.StartAsync"/>).</param>
    public static async Task<BookerSystem> StartAsync(bool withApi, bool durableCommits = false)
    {
        var apiPort = RepositoryPaths.FreePort();
        var startingPostgres = LocalPostgresServer.StartAsync(durableCommits);
        var startingS3 = S3Emulator.StartAsync();
        var startingCognito = withApi ? CognitoLocalEmulator.StartAsync() : null;
        var startingStripe = withApi ? StripeStandInServer.StartAsync($"http://127.0.0.1:{apiPort}/api/payments/stripe/webhook") : null;
        var system = new BookerSystem(await startingPostgres, await startingS3);
        try
        {
            if (startingCognito is not null) system.owned.Add(system.Cognito = await startingCognito);
            if (startingStripe is not null) system.owned.Add(system.Stripe = await startingStripe);
            if (withApi)
            {
                system.Users = new CognitoTestClient(system.Cognito.Endpoint, system.Cognito.Pool.ClientId);
                system.Api = system.ApiWith([]);
                system.Api.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, apiPort));
                system.Api.StartServer(); // migrates and seeds
            }
            else
            {
                await using var db = system.NewDbContext();
                await db.Database.MigrateAsync();
                await new DatabaseSeeder(db, NullLogger<DatabaseSeeder>.Instance, TimeProvider.System).SeedAsync(1, CancellationToken.None);
            }
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    public BookerDbContext NewDbContext() => new(new DbContextOptionsBuilder<BookerDbContext>()
        .UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention().Options);

    /// <summary>An Api host over this system's database and emulators, with extra configuration (in memory, no port of its own).</summary>
    public WebApplicationFactory<Program> ApiWith(IEnumerable<KeyValuePair<string, string>> settings)
    {
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting($"ConnectionStrings:{BookerResources.Database}", ConnectionString);
            // One day of timetable is all these tests need; the full 180 days take most of a start on this machine.
            web.UseSetting("Seed:ScheduleDays", "1");
            web.UseSetting("RateLimits:PerUserPermitsPerMinute", "1000000");
            web.UseSetting("RateLimits:PerIpPermitsPerMinute", "1000000");
            foreach (var (key, value) in Cognito.ApiSettings().Concat(Stripe.ApiSettings()).Concat(S3.Settings()).Concat(settings))
                web.UseSetting(key, value);
        });
        hosts.Add(host);
        return host;
    }

    /// <summary>A client of the Api (or of <paramref name="host"/>) signed in as the user.</summary>
    public HttpClient SignedIn(CognitoTestClient.TestUser user, WebApplicationFactory<Program>? host = null)
    {
        var client = (host ?? Api).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Tokens.AccessToken);
        return client;
    }

    /// <summary>A Worker process over this system, asking Stripe at <paramref name="stripeApiBase"/> (the stand-in if not given).</summary>
    public async Task<WorkerProcess> StartWorkerAsync(Uri? stripeApiBase = null, params (string Name, string Value)[] settings)
    {
        var worker = await WorkerProcess.StartAsync(ConnectionString, S3, stripeApiBase ?? Stripe?.ApiBase ?? Unreachable, settings);
        owned.Insert(0, worker); // stopped before the database it works on
        return worker;
    }

    public Task<T> ScalarAsync<T>(string sql, params object[] parameters) => Sql.ScalarAsync<T>(ConnectionString, sql, parameters);

    public async Task<List<T>> ColumnAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync()) values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts) await host.DisposeAsync();
        foreach (var part in owned) await part.DisposeAsync();
    }
}
