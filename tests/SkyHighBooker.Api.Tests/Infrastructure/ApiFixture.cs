using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.TestHost;
using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.PublicReads;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>
/// The Api in process, over a database of its own on the shared PostgreSQL (a copy of the migrated and seeded
/// template: the full 180-day timetable), trusting a real cognito-local user pool, with a Stripe stand-in of its own
/// whose webhooks reach this Api. One per test collection, so collections run in parallel without seeing each other's rows.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly int apiPort = RepositoryPaths.FreePort();
    private readonly ConcurrentDictionary<string, Lazy<WebApplicationFactory<Program>>> environments = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<IAsyncDisposable>>> shared = new();

    public CognitoLocalEmulator Cognito { get; private set; } = null!;
    public StripeStandInServer Stripe { get; private set; } = null!;
    public S3Emulator S3 { get; private set; } = null!;
    public CognitoTestClient Users { get; private set; } = null!;
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";
    public SystemInvariants Invariants { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var startingStripe = StripeStandInServer.StartAsync($"http://127.0.0.1:{apiPort}/api/payments/stripe/webhook");
        var emulators = await SharedEmulators.GetAsync();
        Cognito = emulators.Cognito;
        S3 = emulators.S3;
        ConnectionString = await emulators.NewDatabaseAsync();
        Stripe = await startingStripe;
        Users = new CognitoTestClient(Cognito.Endpoint, Cognito.Pool.ClientId);
        Invariants = new SystemInvariants(ConnectionString, Stripe.ApiBase, StripeStandInServer.SecretKey);
        // On a real port, so the Stripe stand-in's webhooks reach it over HTTP.
        Factory = WithSettings([]);
        Factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, apiPort));
        Factory.StartServer();
        Client = Factory.CreateClient();
    }

    /// <summary>The same Api with extra configuration (a separate host; the database is shared).</summary>
    public WebApplicationFactory<Program> WithSettings(IEnumerable<KeyValuePair<string, string>> settings) =>
        Host("Testing", settings);

    /// <summary>
    /// The same Api with extra configuration whose clock is <paramref name="clock"/> (a separate host; the database is
    /// shared). Tokens are still checked against the real time.
    /// </summary>
    public WebApplicationFactory<Program> WithSettings(IEnumerable<KeyValuePair<string, string>> settings, TimeProvider clock) =>
        WithClock(Host("Testing", settings), clock);

    /// <summary>The environments the Api is served in, for tests that must hold in each (Development's defaults differ).</summary>
    public static readonly string[] ServingEnvironments = ["Development", "Production"];

    /// <summary>
    /// The Api as it runs in <paramref name="environment"/> (Development, Production: what differs there, such as
    /// minimal APIs throwing on bad requests in Development, applies), started on its own Kestrel port so Kestrel's
    /// limits apply too. One host per environment, shared by the tests that ask for it.
    /// </summary>
    public WebApplicationFactory<Program> InEnvironment(string environment) =>
        environments.GetOrAdd(environment, name => new Lazy<WebApplicationFactory<Program>>(() => InEnvironment(name, []))).Value;

    /// <summary>A separate host in <paramref name="environment"/> with extra configuration, on its own Kestrel port; the caller disposes it.</summary>
    public WebApplicationFactory<Program> InEnvironment(string environment, IEnumerable<KeyValuePair<string, string>> settings)
    {
        // Production refuses the emulators these tests run against (ProductionSafety, tested on its own): tests of how
        // Production answers requests lift that start-up check, and only it.
        var host = Host(environment, settings).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.RemoveAll<ProductionSafety>()));
        var port = RepositoryPaths.FreePort();
        host.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        host.StartServer();
        return host;
    }

    /// <summary>
    /// A separate host whose clock is <paramref name="clock"/>, with a Stripe stand-in of its own whose webhooks reach
    /// this host: every instant it records, settlements included, is the test's. Tokens are still checked against the
    /// real time (they are real tokens, valid now). The caller disposes both.
    /// </summary>
    public async Task<(WebApplicationFactory<Program> Host, StripeStandInServer Stripe)> WithClockAsync(TimeProvider clock)
    {
        var port = RepositoryPaths.FreePort();
        var stripe = await StripeStandInServer.StartAsync($"http://127.0.0.1:{port}/api/payments/stripe/webhook");
        var host = WithClock(Host("Testing", stripe.ApiSettings()), clock);
        host.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        host.StartServer();
        return (host, stripe);
    }

    private static WebApplicationFactory<Program> WithClock(WebApplicationFactory<Program> host, TimeProvider clock) =>
        host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(clock);
            services.PostConfigureAll<JwtBearerOptions>(options => options.TimeProvider = TimeProvider.System);
        }));

    private WebApplicationFactory<Program> Host(string environment, IEnumerable<KeyValuePair<string, string>> settings) =>
        Host(environment, [new($"ConnectionStrings:{BookerResources.Database}", ConnectionString), .. Cognito.ApiSettings(), .. Stripe.ApiSettings(), .. S3.Settings(), .. settings]);

    /// <summary>Every host the tests make goes through here, whatever its environment, so what a host needs is said once.</summary>
    internal static WebApplicationFactory<Program> Host(string environment, KeyValuePair<string, string>[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment);
            // The load tests send hundreds of requests as one user; the rate-limit tests set their own limits.
            host.UseSetting("RateLimits:PerUserPermitsPerMinute", "1000000");
            host.UseSetting("RateLimits:PerIpPermitsPerMinute", "1000000");
            host.UseSetting("RateLimits:StripeWebhookPermitsPerMinute", "1000000");
            // Tests assert what the database holds now, often right after changing it; the public-read cache (which
            // answers up to 30 s old on purpose) is tested on its own hosts (PublicReadCacheTests).
            host.UseSetting(PublicReadCache.EnabledSetting, "false");
            foreach (var (key, value) in settings) host.UseSetting(key, value);
        });

    /// <summary>A client of this Api, or of <paramref name="host"/> (one made by <see cref="WithSettings"/>), signed in with the token.</summary>
    public HttpClient ClientWithToken(string accessToken, WebApplicationFactory<Program>? host = null)
    {
        var client = (host ?? Factory).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public HttpClient SignedIn(CognitoTestClient.TestUser user) => ClientWithToken(user.Tokens.AccessToken);

    public async Task<HttpClient> AdminAsync()
    {
        var tokens = await Users.SignInAsync(CognitoLocalEmulator.AdminEmail, CognitoLocalEmulator.AdminPassword);
        return ClientWithToken(tokens.AccessToken);
    }

    public Task<T> ScalarAsync<T>(string sql, params object[] parameters) => Sql.ScalarAsync<T>(ConnectionString, sql, parameters);

    public async Task WithDbAsync(Func<BookerDbContext, Task> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<BookerDbContext>());
    }

    /// <summary>
    /// One <typeparamref name="T"/> for all the tests of this fixture that ask for <paramref name="key"/>: made on the
    /// first ask, disposed with the fixture. For a costly scenario (an Api and a Stripe stand-in of its own) that several
    /// tests only read.
    /// </summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> make) where T : IAsyncDisposable =>
        (T)await shared.GetOrAdd(key, _ => new Lazy<Task<IAsyncDisposable>>(async () => await make())).Value;

    public async Task DisposeAsync()
    {
        foreach (var made in shared.Values.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully))
            await made.Value.Result.DisposeAsync();
        Client.Dispose();
        await Factory.DisposeAsync();
        foreach (var host in environments.Values.Where(h => h.IsValueCreated)) await host.Value.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
