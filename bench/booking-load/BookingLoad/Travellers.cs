using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BookingLoad;

public sealed record Traveller(string Email, string AccessToken);

/// <summary>
/// Signed-up, confirmed and signed-in users, made the way the web app does it over Cognito's JSON API (as in
/// tests/SkyHighBooker.Testing/CognitoTestClient.cs): SignUp, ConfirmSignUp with the emulator's fixed code,
/// InitiateAuth USER_PASSWORD_AUTH.
/// </summary>
public static class Travellers
{
    public const string VerificationCode = "246810"; // run.sh starts cognito-local with CODE=246810
    private const string Password = "Traveller!2026";

    public static async Task<IReadOnlyList<Traveller>> SignUpAsync(HttpClient http, Uri cognito, string clientId, int count)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var travellers = new Traveller[count];
        // cognito-local keeps its users in one JSON file: a few at a time is as fast as it goes
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var email = $"booker.{run}.{i}@example.com";
            await CallAsync(http, cognito, "SignUp", new JsonObject
            {
                ["ClientId"] = clientId,
                ["Username"] = email,
                ["Password"] = Password,
                ["UserAttributes"] = new JsonArray(
                    new JsonObject { ["Name"] = "email", ["Value"] = email },
                    new JsonObject { ["Name"] = "given_name", ["Value"] = "Bench" },
                    new JsonObject { ["Name"] = "family_name", ["Value"] = $"Traveller {i}" }),
            });
            await CallAsync(http, cognito, "ConfirmSignUp", new JsonObject
            {
                ["ClientId"] = clientId, ["Username"] = email, ["ConfirmationCode"] = VerificationCode,
            });
            var auth = await CallAsync(http, cognito, "InitiateAuth", new JsonObject
            {
                ["ClientId"] = clientId,
                ["AuthFlow"] = "USER_PASSWORD_AUTH",
                ["AuthParameters"] = new JsonObject { ["USERNAME"] = email, ["PASSWORD"] = Password },
            });
            travellers[i] = new Traveller(email, auth["AuthenticationResult"]!["AccessToken"]!.GetValue<string>());
        });
        return travellers;
    }

    private static async Task<JsonObject> CallAsync(HttpClient http, Uri cognito, string action, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, cognito) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.Add("X-Amz-Target", $"AWSCognitoIdentityProviderService.{action}");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Cognito {action}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text)!.AsObject();
    }
}
