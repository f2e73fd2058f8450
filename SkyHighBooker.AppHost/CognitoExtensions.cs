using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace SkyHighBooker.AppHost;

public static class CognitoExtensions
{
    /// <summary>
    /// Amazon Cognito for the system: a real user pool when Cognito:UserPoolId is configured, otherwise (in
    /// Development only) cognito-local, Cognito's JSON API, locally; its pool is made by <see cref="AddBookerCognitoSetup"/>.
    /// </summary>
    public static BookerCognito AddBookerCognito(this IDistributedApplicationBuilder builder, string name)
    {
        var settings = builder.Configuration.GetSection("Cognito");
        if (!string.IsNullOrWhiteSpace(settings["UserPoolId"]))
        {
            return BookerCognito.RealPool(settings["Region"] ?? "us-east-1", settings["UserPoolId"]!,
                settings["ClientId"] ?? throw new InvalidOperationException("Cognito:ClientId is required with Cognito:UserPoolId"));
        }
        if (!LocalEmulators.Allowed(builder))
        {
            throw LocalEmulators.MissingSettings(builder, "Cognito:UserPoolId and Cognito:ClientId (and Cognito:Region)", "cognito-local");
        }

        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var dataDirectory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, settings["DataDirectory"] ?? "../.data/cognito"));

        // Not proxied: cognito-local writes its own address into the tokens' issuer, so it must listen where it is reached.
        var emulator = builder.AddExecutable(name, "bash", repositoryRoot, Path.Combine(repositoryRoot, "scripts", "run-cognito-local.sh"), dataDirectory)
            .WithHttpEndpoint(port: settings.GetValue("Port", 9229), env: "PORT", isProxied: false)
            .WithHttpHealthCheck("/health");
        if (!string.IsNullOrWhiteSpace(settings["FixedCode"])) emulator.WithEnvironment("CODE", settings["FixedCode"]);

        return BookerCognito.Emulated(emulator, Path.Combine(dataDirectory, "pool.json"));
    }

    /// <summary>
    /// The one-shot setup that creates cognito-local's pool, app client, admin group and dev admin; with a real pool,
    /// which exists already, nothing is added.
    /// </summary>
    public static BookerCognito AddBookerCognitoSetup(this IDistributedApplicationBuilder builder, string name, BookerCognito cognito)
    {
        if (cognito.Emulator is not { } emulator) return cognito;

        var settings = builder.Configuration.GetSection("Cognito");
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var setup = builder.AddExecutable(name, "node", repositoryRoot, Path.Combine(repositoryRoot, "emulators", "cognito-bootstrap.mjs"))
            .WithEnvironment("COGNITO_ENDPOINT", emulator.GetEndpoint("http"))
            .WithEnvironment("BOOTSTRAP_OUTPUT", cognito.SetupOutput!)
            .WithEnvironment("ADMIN_EMAIL", settings["AdminEmail"] ?? "admin@skyhighbooker.local")
            .WithEnvironment("ADMIN_PASSWORD", settings["AdminPassword"] ?? throw new InvalidOperationException("Cognito:AdminPassword is required for the emulator"))
            .WaitFor(emulator);

        return cognito.SetUpBy(setup);
    }

    /// <summary>Hands the pool's settings to a service as Cognito__* configuration, once the pool exists.</summary>
    public static IResourceBuilder<T> WithCognito<T>(this IResourceBuilder<T> service, BookerCognito cognito)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport
    {
        if (cognito.Emulator is not null && cognito.Setup is null)
            throw new InvalidOperationException("cognito-local has no pool until AddBookerCognitoSetup adds the setup that creates it.");
        if (cognito.Setup is not null) service.WaitForCompletion(cognito.Setup);
        return service.WithEnvironment(async context =>
        {
            foreach (var (key, value) in await cognito.SettingsAsync(context.CancellationToken))
            {
                context.EnvironmentVariables[$"Cognito__{key}"] = value;
            }
        });
    }
}

public sealed class BookerCognito
{
    private readonly Func<CancellationToken, Task<IReadOnlyDictionary<string, string>>> settings;

    private BookerCognito(IResourceBuilder<ExecutableResource>? emulator, string? setupOutput, IResourceBuilder<IResource>? setup,
        Func<CancellationToken, Task<IReadOnlyDictionary<string, string>>> settings)
    {
        Emulator = emulator;
        SetupOutput = setupOutput;
        Setup = setup;
        this.settings = settings;
    }

    /// <summary>cognito-local; null with a real pool.</summary>
    public IResourceBuilder<ExecutableResource>? Emulator { get; }

    /// <summary>Where the emulator's setup writes the pool it created.</summary>
    public string? SetupOutput { get; }

    /// <summary>The one-shot emulator setup to wait for; null with a real pool.</summary>
    public IResourceBuilder<IResource>? Setup { get; }

    public Task<IReadOnlyDictionary<string, string>> SettingsAsync(CancellationToken cancellationToken) => settings(cancellationToken);

    public BookerCognito SetUpBy(IResourceBuilder<IResource> setup) => new(Emulator, SetupOutput, setup, settings);

    public static BookerCognito RealPool(string region, string userPoolId, string clientId) => new(null, null, null, _ =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Region"] = region,
            ["UserPoolId"] = userPoolId,
            ["ClientId"] = clientId,
            ["Issuer"] = $"https://cognito-idp.{region}.amazonaws.com/{userPoolId}",
            // No ServiceUrl: the Api and the browser derive Cognito's endpoint from the region; set, it means an emulator.
        }));

    public static BookerCognito Emulated(IResourceBuilder<ExecutableResource> emulator, string setupOutput) => new(emulator, setupOutput, null,
        async cancellationToken =>
        {
            var pool = JsonDocument.Parse(await File.ReadAllTextAsync(setupOutput, cancellationToken)).RootElement;
            return new Dictionary<string, string>
            {
                ["Region"] = "us-east-1",
                ["UserPoolId"] = pool.GetProperty("userPoolId").GetString()!,
                ["ClientId"] = pool.GetProperty("clientId").GetString()!,
                ["Issuer"] = pool.GetProperty("issuer").GetString()!,
                ["ServiceUrl"] = pool.GetProperty("endpoint").GetString()!,
                // cognito-local signs with the same key on every install: this issuer is trusted in local runs only.
                ["RequireHttpsMetadata"] = "false",
            };
        });
}
