using Microsoft.Extensions.Configuration;

namespace SkyHighBooker.Api.Infrastructure.Secrets;

/// <summary>The secrets' values as configuration, fetched on the first load and kept: a rebuilt configuration does not ask again.</summary>
internal sealed class LambdaSecretsSource(IReadOnlyList<SecretReference> secrets, SecretsExtensionClient extension, string? connectionString)
    : IConfigurationSource
{
    private readonly Lazy<IReadOnlyDictionary<string, string?>> values = new(() => Fetch(secrets, extension, connectionString));

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new LambdaSecretsProvider(values);

    private static IReadOnlyDictionary<string, string?> Fetch(
        IReadOnlyList<SecretReference> secrets, SecretsExtensionClient extension, string? connectionString)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var secret in secrets)
        {
            var value = extension.GetSecretString(secret);
            values[secret.Target] = secret.IsDatabase ? DatabaseCredentials.MergeInto(connectionString, value, secret) : value;
        }
        return values;
    }
}

internal sealed class LambdaSecretsProvider(Lazy<IReadOnlyDictionary<string, string?>> values) : ConfigurationProvider
{
    public override void Load() => Data = new Dictionary<string, string?>(values.Value, StringComparer.OrdinalIgnoreCase);
}
