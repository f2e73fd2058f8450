using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Refuses to run in the Production environment with settings that only make sense on a developer's machine:
/// the emulators' endpoints (cognito-local, the Stripe stand-in, s3rver), their well-known keys, the local
/// database and dev admin passwords, and required secrets left empty. Every offending setting is named at once,
/// never its value. Other environments are not checked.
/// </summary>
/// <remarks>
/// Registered by <c>AddServiceDefaults</c>; each service runs it with <see cref="ProductionSafetyExtensions.RefuseUnsafeProductionSettings"/>
/// right after <c>Build()</c>, before it migrates or serves anything. Features add the settings they cannot run
/// without with <see cref="ProductionSafetyExtensions.AddRequiredProductionSetting"/>. A test that runs a service in Production on purpose (with
/// emulators) removes the check:
/// <code>
/// factory.WithWebHostBuilder(host => host.UseEnvironment("Production")
///     .ConfigureTestServices(services => services.RemoveAll&lt;ProductionSafety&gt;()));
/// </code>
/// </remarks>
public sealed class ProductionSafety(IConfiguration configuration, IHostEnvironment environment, IOptions<ProductionSafetyOptions> options)
{
    /// <summary>Values that exist only in this repository's local and test set-ups, wherever they appear in configuration.</summary>
    private static readonly (string Value, string What)[] LocalOnlyValues =
    [
        ("sky-high-local-only", "the local database password"),
        ("SkyHigh!Admin1", "the dev admin password"),
        ("sk_test_sky_high_booker_local", "the AppHost's Stripe stand-in key"),
        ("pk_test_sky_high_booker_local", "the AppHost's Stripe stand-in key"),
        ("whsec_sky_high_booker_local", "the AppHost's Stripe stand-in webhook secret"),
        ("sk_test_skyhighbooker_local", "the tests' Stripe stand-in key"),
        ("pk_test_skyhighbooker_local", "the tests' Stripe stand-in key"),
        ("whsec_skyhighbooker_test_secret", "the tests' Stripe stand-in webhook secret"),
    ];

    /// <summary>Settings that, when set at all, point a service at an emulator.</summary>
    private static readonly (string Key, string What)[] EmulatorOnlySettings =
    [
        ("Cognito:ServiceUrl", "cognito-local's endpoint; leave it unset for Amazon Cognito"),
        ("Stripe:ApiBase", "the Stripe stand-in's address; leave it unset for Stripe"),
        ("Storage:ServiceUrl", "an S3 emulator's address; leave it unset for Amazon S3"),
    ];

    /// <summary>Throws <see cref="UnsafeProductionSettingsException"/> in Production when any setting is unsafe.</summary>
    public void ThrowIfUnsafe()
    {
        if (!environment.IsProduction()) return;
        var problems = UnsafeSettings();
        if (problems.Count > 0) throw new UnsafeProductionSettingsException(environment.ApplicationName, problems);
    }

    /// <summary>One line per unsafe setting, each starting with the setting's name.</summary>
    public IReadOnlyList<string> UnsafeSettings()
    {
        var problems = new List<string>();

        var issuer = configuration["Cognito:Issuer"];
        if (!string.IsNullOrWhiteSpace(issuer) && IsEmulatorAddress(issuer))
            problems.Add("Cognito:Issuer is a local emulator's issuer (cognito-local signs with the same key on every install); use https://cognito-idp.{region}.amazonaws.com/{userPoolId}");
        if (string.Equals(configuration["Cognito:RequireHttpsMetadata"], "false", StringComparison.OrdinalIgnoreCase))
            problems.Add("Cognito:RequireHttpsMetadata is false: the signing keys would be fetched over plain HTTP");
        if (string.Equals(configuration["Email:StartTls"], "false", StringComparison.OrdinalIgnoreCase))
            problems.Add("Email:StartTls is off: SMTP credentials and travellers' emails would cross the network in clear (smtp4dev's setting)");

        foreach (var (key, what) in EmulatorOnlySettings)
        {
            if (!string.IsNullOrWhiteSpace(configuration[key])) problems.Add($"{key} is set: {what}");
        }

        foreach (var (key, what) in options.Value.Required)
        {
            if (string.IsNullOrWhiteSpace(configuration[key])) problems.Add($"{key} is empty: {what}");
        }

        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (string.IsNullOrEmpty(value)) continue;
            foreach (var (local, what) in LocalOnlyValues)
            {
                if (value.Contains(local, StringComparison.Ordinal)) problems.Add($"{key} holds {what}");
            }
        }
        return problems;
    }

    private static bool IsEmulatorAddress(string address) =>
        !Uri.TryCreate(address, UriKind.Absolute, out var uri)
        || uri.Scheme != Uri.UriSchemeHttps
        || uri.IsLoopback
        || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}

public sealed class ProductionSafetyOptions
{
    /// <summary>Setting name → what it is, for settings that must not be empty in Production.</summary>
    public Dictionary<string, string> Required { get; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class UnsafeProductionSettingsException(string service, IReadOnlyList<string> settings)
    : InvalidOperationException($"{service} refuses to start in Production with local-only or missing settings:{Environment.NewLine}"
        + string.Join(Environment.NewLine, settings.Select(setting => $"  - {setting}")))
{
    public IReadOnlyList<string> Settings { get; } = settings;
}

public static class ProductionSafetyExtensions
{
    /// <summary>Declares a setting the service cannot safely run without in Production.</summary>
    public static IServiceCollection AddRequiredProductionSetting(this IServiceCollection services, string key, string what) =>
        services.Configure<ProductionSafetyOptions>(options => options.Required[key] = what);

    /// <summary>In Production, throws naming every unsafe setting; call it right after <c>Build()</c>.</summary>
    public static THost RefuseUnsafeProductionSettings<THost>(this THost host) where THost : IHost
    {
        host.Services.GetService<ProductionSafety>()?.ThrowIfUnsafe();
        return host;
    }
}
