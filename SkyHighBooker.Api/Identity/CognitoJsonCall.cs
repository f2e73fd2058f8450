using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkyHighBooker.Api.Identity;

/// <summary>
/// One call of Cognito's JSON API (a POST naming its action in <c>X-Amz-Target</c>), as both <see cref="CognitoUserApi"/>
/// and <see cref="CognitoAdminApi"/> make it: the answer read as <typeparamref name="T"/>, a refusal thrown as
/// <see cref="CognitoRequestException"/>. <paramref name="sign"/>, when given, signs the request over its body.
/// </summary>
internal static class CognitoJsonCall
{
    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.1");

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = null,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<T> SendAsync<T>(HttpClient http, Uri serviceUrl, string action, object body,
        Func<HttpRequestMessage, byte[], Task>? sign, CancellationToken ct)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, serviceUrl) { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = AmzJson;
        request.Headers.Add("X-Amz-Target", $"AWSCognitoIdentityProviderService.{action}");
        if (sign is not null) await sign(request, payload);
        using var response = await http.SendAsync(request, ct);
        var answer = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            var error = JsonSerializer.Deserialize<CognitoError>(answer, Json);
            throw new CognitoRequestException(action, (int)response.StatusCode, error?.Type?.Split('#').Last(), error?.Message);
        }
        return JsonSerializer.Deserialize<T>(answer, Json)!;
    }

    private sealed record CognitoError([property: JsonPropertyName("__type")] string? Type, string? Message);
}
