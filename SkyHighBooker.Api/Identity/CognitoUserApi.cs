using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace SkyHighBooker.Api.Identity;

/// <summary>
/// The user-token half of Cognito's JSON API (GetUser, UpdateUserAttributes, DeleteUser): called with the user's own access
/// token, so no AWS credentials are involved. The same requests work against cognito-local and a real pool.
/// </summary>
public sealed class CognitoUserApi(HttpClient http, IOptions<CognitoOptions> options)
{
    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.1");

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

    private async Task<T> SendAsync<T>(string action, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.EffectiveServiceUrl)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Json)),
        };
        request.Content.Headers.ContentType = AmzJson;
        request.Headers.Add("X-Amz-Target", $"AWSCognitoIdentityProviderService.{action}");
        using var response = await http.SendAsync(request, ct);
        var payload = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            var error = JsonSerializer.Deserialize<CognitoError>(payload, Json);
            throw new CognitoRequestException(action, (int)response.StatusCode, error?.Type?.Split('#').Last(), error?.Message);
        }
        return JsonSerializer.Deserialize<T>(payload, Json)!;
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null, PropertyNameCaseInsensitive = true };

    private sealed record CognitoError([property: JsonPropertyName("__type")] string? Type, string? Message);
}

public sealed class CognitoRequestException(string action, int status, string? errorType, string? message)
    : Exception($"Cognito {action} failed: {status} {errorType} {message}")
{
    public int Status { get; } = status;
    public string? ErrorType { get; } = errorType;
    public string CognitoMessage { get; } = message ?? errorType ?? "Cognito refused the request.";
}
