using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SkyHighBooker.Api.Identity;

/// <summary>
/// The user-token half of Cognito's JSON API (GetUser, UpdateUserAttributes, DeleteUser): called with the user's own access
/// token, so no AWS credentials are involved. The same requests work against cognito-local and a real pool.
/// </summary>
public sealed class CognitoUserApi(HttpClient http, IOptions<CognitoOptions> options)
{
    public sealed record Attribute(string Name, string Value);

    public sealed record User(string Username, IReadOnlyList<Attribute> UserAttributes, IReadOnlyList<string>? UserMFASettingList)
    {
        public string? this[string name] => UserAttributes.FirstOrDefault(a => a.Name == name)?.Value;
    }

    public Task<User> GetUserAsync(string accessToken, CancellationToken ct) =>
        SendAsync<User>("GetUser", new { AccessToken = accessToken }, ct);

    public Task UpdateAttributesAsync(string accessToken, IEnumerable<Attribute> attributes, CancellationToken ct) =>
        SendAsync<JsonElement>("UpdateUserAttributes", new { AccessToken = accessToken, UserAttributes = attributes }, ct);

    /// <summary>Deletes the user from the pool with their own token (DeleteUser); no AWS credentials are involved.</summary>
    public Task DeleteUserAsync(string accessToken, CancellationToken ct) =>
        SendAsync<JsonElement>("DeleteUser", new { AccessToken = accessToken }, ct);

    private Task<T> SendAsync<T>(string action, object body, CancellationToken ct) =>
        CognitoJsonCall.SendAsync<T>(http, options.Value.EffectiveServiceUrl, action, body, sign: null, ct);
}

public sealed class CognitoRequestException(string action, int status, string? errorType, string? message)
    : Exception($"Cognito {action} failed: {status} {errorType} {message}")
{
    public int Status { get; } = status;
    public string? ErrorType { get; } = errorType;
    public string CognitoMessage { get; } = message ?? errorType ?? "Cognito refused the request.";
}
