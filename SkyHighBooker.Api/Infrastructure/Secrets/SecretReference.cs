using Microsoft.Extensions.Configuration;

namespace SkyHighBooker.Api.Infrastructure.Secrets;

/// <summary>
/// One secret the Api reads at start-up: <c>SecretArns:&lt;key&gt;</c> holds the ARN (never the value) of the secret
/// that fills <c>&lt;key&gt;</c>, so <c>SecretArns:Stripe:SecretKey</c> fills <c>Stripe:SecretKey</c>. The one exception
/// is <c>SecretArns:Database</c>, the database's generated secret, whose credentials go into the Api's connection
/// string (<see cref="DatabaseCredentials"/>). The deployment sets them (SkyHighBooker.Infrastructure, <c>SecretArnSettings</c>).
/// </summary>
public sealed record SecretReference(string Key, string Arn)
{
    public const string Section = "SecretArns";
    public const string DatabaseKey = "Database";

    /// <summary>The configuration key that names the ARN, for messages: <c>SecretArns:Stripe:SecretKey</c>.</summary>
    public string Setting => $"{Section}:{Key}";

    public bool IsDatabase => Key.Equals(DatabaseKey, StringComparison.OrdinalIgnoreCase);

    /// <summary>The key this secret fills.</summary>
    public string Target => IsDatabase ? DatabaseCredentials.ConnectionStringKey : Key;

    public static IReadOnlyList<SecretReference> ReadFrom(IConfiguration configuration) =>
        configuration.GetSection(Section).AsEnumerable(makePathsRelative: true)
            .Where(setting => !string.IsNullOrWhiteSpace(setting.Value))
            .Select(setting => new SecretReference(setting.Key, setting.Value!.Trim()))
            .OrderBy(reference => reference.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
