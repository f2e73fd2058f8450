namespace SkyHighBooker.Api.Infrastructure.Secrets;

/// <summary>
/// How long start-up waits for the secrets extension. Lambda starts the extension beside the Api, so its port may not
/// answer yet for the first moments; past a few seconds it is missing or misconfigured, and starting without the
/// secrets would only fail later and less clearly. The defaults wait at most about 3.75 s between 5 attempts.
/// </summary>
public sealed record SecretsExtensionRetry(int Attempts, TimeSpan FirstDelay, TimeSpan AttemptTimeout)
{
    public static SecretsExtensionRetry Default { get; } = new(5, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3));

    /// <summary>Doubling pauses: 250, 500, 1000, 2000 ms by default.</summary>
    public TimeSpan DelayBefore(int attempt) => FirstDelay * Math.Pow(2, attempt - 2);
}
