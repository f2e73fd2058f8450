namespace SkyHighBooker.Api.Infrastructure.Secrets;

/// <summary>
/// A secret the Api needs could not be read at start-up. The message names the configuration key and the secret's
/// ARN, never the secret's value, so it can be logged as it is.
/// </summary>
public sealed class SecretUnavailableException(SecretReference secret, string reason, Exception? inner = null)
    : Exception($"Cannot start without {secret.Target}: the secret {secret.Arn} ({secret.Setting}) {reason}", inner)
{
    public SecretReference Secret { get; } = secret;
}
