using SkyHighBooker.Api.Infrastructure.Secrets;

// Beside AddJsonFile and AddUserSecrets, so Program.cs registers it with one line and no using.
namespace Microsoft.Extensions.Configuration;

public static class LambdaSecretsConfiguration
{
    /// <summary>
    /// On AWS, fills each key named by a <c>SecretArns:*</c> setting from its secret, read once now through the
    /// Parameters and Secrets extension; start-up stops with a <see cref="SecretUnavailableException"/> if one cannot be
    /// read. Added after the other sources, so a secret wins over a configured value. Without <c>SecretArns:*</c>
    /// (every local and test run) nothing is added and nothing is fetched.
    /// </summary>
    public static IConfigurationManager AddLambdaSecrets(this IConfigurationManager configuration, SecretsExtensionRetry? retry = null)
    {
        var secrets = SecretReference.ReadFrom(configuration);
        if (secrets.Count == 0) return configuration;
        var extension = SecretsExtensionClient.FromConfiguration(configuration, retry ?? SecretsExtensionRetry.Default);
        configuration.Add(new LambdaSecretsSource(secrets, extension, configuration[DatabaseCredentials.ConnectionStringKey]));
        return configuration;
    }
}
