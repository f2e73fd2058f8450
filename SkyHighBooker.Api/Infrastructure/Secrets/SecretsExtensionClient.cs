using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace SkyHighBooker.Api.Infrastructure.Secrets;

/// <summary>
/// Reads secrets from the AWS Parameters and Secrets Lambda Extension, a layer on the Api's function that answers
/// <c>GET http://localhost:2773/secretsmanager/get?secretId=&lt;arn&gt;</c> (port from
/// <c>PARAMETERS_SECRETS_EXTENSION_HTTP_PORT</c>) for callers that show the function's session token in
/// <c>X-Aws-Parameters-Secrets-Token</c>, with Secrets Manager's GetSecretValue answer as JSON. No AWS SDK and no request
/// signing: AWSSDK.SecretsManager is not available to this codebase, and the extension caches what it fetched.
/// </summary>
public sealed class SecretsExtensionClient(Uri endpoint, string sessionToken, SecretsExtensionRetry retry)
{
    public const string PortSetting = "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT";
    public const string SessionTokenSetting = "AWS_SESSION_TOKEN";
    public const string TokenHeader = "X-Aws-Parameters-Secrets-Token";
    public const int DefaultPort = 2773;

    /// <summary>
    /// The extension of this process's environment. On Lambda both settings are environment variables, which are
    /// configuration keys as they are.
    /// </summary>
    public static SecretsExtensionClient FromConfiguration(IConfiguration configuration, SecretsExtensionRetry retry)
    {
        var port = int.TryParse(configuration[PortSetting], out var configured) ? configured : DefaultPort;
        return new SecretsExtensionClient(new Uri($"http://localhost:{port}/"), configuration[SessionTokenSetting] ?? "", retry);
    }

    public Uri Endpoint { get; } = endpoint;

    /// <summary>The secret's <c>SecretString</c>, or a <see cref="SecretUnavailableException"/> naming it (never its value).</summary>
    public string GetSecretString(SecretReference secret)
    {
        if (sessionToken.Length == 0)
            throw new SecretUnavailableException(secret, $"cannot be read: {SessionTokenSetting} is not set, and the extension answers only requests that show it.");

        using var http = new HttpClient { BaseAddress = Endpoint, Timeout = retry.AttemptTimeout };
        var failure = "";
        Exception? lastError = null;
        for (var attempt = 1; attempt <= retry.Attempts; attempt++)
        {
            if (attempt > 1) Thread.Sleep(retry.DelayBefore(attempt));
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"secretsmanager/get?secretId={Uri.EscapeDataString(secret.Arn)}");
                request.Headers.Add(TokenHeader, sessionToken);
                using var response = http.Send(request);
                using var body = response.Content.ReadAsStream();
                if (response.StatusCode == HttpStatusCode.OK) return SecretStringOf(secret, body);
                // Not the secret: the extension's error text (e.g. AccessDeniedException, or "not ready" while it starts).
                failure = $"answered HTTP {(int)response.StatusCode} {Excerpt(body)}";
                lastError = null;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                failure = error is TaskCanceledException ? $"did not answer within {retry.AttemptTimeout.TotalSeconds:0.#} s" : "was unreachable";
                lastError = error;
            }
        }
        throw new SecretUnavailableException(secret,
            $"could not be read from the AWS Parameters and Secrets Lambda Extension at {Endpoint}: it {failure} ({retry.Attempts} attempts). " +
            "Is the extension's layer on the function and may its role read the secret?", lastError);
    }

    private static string SecretStringOf(SecretReference secret, Stream body)
    {
        try
        {
            using var answer = JsonDocument.Parse(body);
            if (answer.RootElement.TryGetProperty("SecretString", out var value) && value.ValueKind == JsonValueKind.String)
                return value.GetString()!;
        }
        catch (JsonException)
        {
            // Named below without the body, which may hold the secret.
        }
        throw new SecretUnavailableException(secret, "came back without a SecretString (a binary secret, or not Secrets Manager's GetSecretValue answer).");
    }

    private static string Excerpt(Stream body)
    {
        var text = new StreamReader(body).ReadToEnd().ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? "with no body" : $"\"{(text.Length > 200 ? text[..200] + "…" : text)}\"";
    }
}
