using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkyHighBooker.Testing;

/// <summary>
/// What a user's app does with Cognito, done over Cognito's JSON API as a test helper: sign up, confirm with the
/// emailed code, sign in (USER_PASSWORD_AUTH) and refresh.
/// </summary>
public sealed class CognitoTestClient(Uri endpoint, string clientId)
{
    private static readonly HttpClient Http = new();

    public sealed record Tokens(string AccessToken, string IdToken, string? RefreshToken);

    public sealed record TestUser(string Email, string Password, string Sub, Tokens Tokens);

    public Task<JsonObject> SignUpAsync(string email, string password, string firstName, string lastName, params (string Name, string Value)[] extra) =>
        CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = clientId,
            ["Username"] = email,
            ["Password"] = password,
            ["UserAttributes"] = new JsonArray(
                new[] { ("email", email), ("given_name", firstName), ("family_name", lastName) }.Concat(extra)
                    .Select(a => (JsonNode)new JsonObject { ["Name"] = a.Item1, ["Value"] = a.Item2 }).ToArray()),
        });

    public Task ConfirmSignUpAsync(string email, string code) =>
        CallAsync("ConfirmSignUp", new JsonObject { ["ClientId"] = clientId, ["Username"] = email, ["ConfirmationCode"] = code });

    public async Task<Tokens> SignInAsync(string email, string password)
    {
        var result = await CallAsync("InitiateAuth", new JsonObject
        {
            ["ClientId"] = clientId,
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = email, ["PASSWORD"] = password },
        });
        return ReadTokens(result);
    }

    public async Task<Tokens> RefreshAsync(string refreshToken)
    {
        var result = await CallAsync("InitiateAuth", new JsonObject
        {
            ["ClientId"] = clientId,
            ["AuthFlow"] = "REFRESH_TOKEN_AUTH",
            ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = refreshToken },
        });
        return ReadTokens(result);
    }

    /// <summary>A new confirmed and signed-in user with a unique email.</summary>
    public async Task<TestUser> NewUserAsync(string firstName = "Test", string lastName = "Traveller", params (string Name, string Value)[] extra)
    {
        var email = $"{firstName.ToLowerInvariant()}.{Guid.NewGuid():N}@example.com";
        const string password = "Traveller!2026";
        var signUp = await SignUpAsync(email, password, firstName, lastName, extra);
        await ConfirmSignUpAsync(email, CognitoLocalEmulator.VerificationCode);
        return new TestUser(email, password, signUp["UserSub"]!.GetValue<string>(), await SignInAsync(email, password));
    }

    public async Task<JsonObject> CallAsync(string action, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.Add("X-Amz-Target", $"AWSCognitoIdentityProviderService.{action}");
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new CognitoCallException(action, (int)response.StatusCode, text);
        return JsonNode.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text)!.AsObject();
    }

    private static Tokens ReadTokens(JsonObject result)
    {
        var auth = result["AuthenticationResult"]!;
        return new Tokens(auth["AccessToken"]!.GetValue<string>(), auth["IdToken"]!.GetValue<string>(), auth["RefreshToken"]?.GetValue<string>());
    }
}

public sealed class CognitoCallException(string action, int status, string body) : Exception($"{action}: {status} {body}")
{
    public int Status { get; } = status;
    public string Body { get; } = body;
}
