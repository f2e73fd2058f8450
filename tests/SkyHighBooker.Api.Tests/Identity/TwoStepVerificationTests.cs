using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Identity;

/// <summary>TOTP MFA is turned on and off at Cognito by the user's own app; the profile's mfaEnabled follows Cognito.</summary>
[Collection(ApiCollection.Name)]
public sealed class TwoStepVerificationTests(ApiFixture api)
{
    [Fact]
    public async Task The_profile_says_mfa_is_on_once_the_user_turned_it_on_at_cognito_and_off_again()
    {
        var user = await api.Users.NewUserAsync("Katherine");
        using var client = api.SignedIn(user);
        Assert.False((await client.GetFromJsonAsync<UserProfile>("/api/me"))!.MfaEnabled);

        await TurnOnTotpAsync(api, user);
        var on = await client.PostAsync("/api/me/refresh", null);
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.True((await on.Content.ReadFromJsonAsync<UserProfile>())!.MfaEnabled);
        Assert.True((await client.GetFromJsonAsync<UserProfile>("/api/me"))!.MfaEnabled);

        await api.Users.CallAsync("SetUserMFAPreference", new JsonObject
        {
            ["AccessToken"] = user.Tokens.AccessToken,
            ["SoftwareTokenMfaSettings"] = new JsonObject { ["Enabled"] = false, ["PreferredMfa"] = false },
        });
        var off = await client.PostAsync("/api/me/refresh", null);
        Assert.False((await off.Content.ReadFromJsonAsync<UserProfile>())!.MfaEnabled);
    }

    [Fact]
    public async Task Refreshing_one_users_profile_leaves_another_users_record_alone()
    {
        var katherine = await api.Users.NewUserAsync("Katherine");
        var dorothy = await api.Users.NewUserAsync("Dorothy");
        using (var first = api.SignedIn(katherine)) await first.GetAsync("/api/me");
        await TurnOnTotpAsync(api, katherine);
        using (var first = api.SignedIn(katherine)) await first.PostAsync("/api/me/refresh", null);

        using var other = api.SignedIn(dorothy);
        var response = await other.PostAsync("/api/me/refresh", null);

        var profile = await response.Content.ReadFromJsonAsync<UserProfile>();
        Assert.Equal(dorothy.Sub, profile!.Id);
        Assert.False(profile.MfaEnabled);
        Assert.True(await api.ScalarAsync<bool>("SELECT mfa_enabled FROM users WHERE id = $1", katherine.Sub));
    }

    [Fact]
    public async Task The_pool_asks_a_user_with_mfa_on_for_a_code_and_refuses_a_wrong_one()
    {
        var user = await api.Users.NewUserAsync("Mary");
        var secret = await TurnOnTotpAsync(api, user);

        var challenge = await api.Users.CallAsync("InitiateAuth", new JsonObject
        {
            ["ClientId"] = api.Cognito.Pool.ClientId,
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = user.Email, ["PASSWORD"] = user.Password },
        });
        Assert.Equal("SOFTWARE_TOKEN_MFA", challenge["ChallengeName"]!.GetValue<string>());
        Assert.Null(challenge["AuthenticationResult"]);

        var wrong = await Assert.ThrowsAsync<CognitoCallException>(() => RespondAsync(user, challenge, TotpCodes.Wrong(secret)));
        Assert.Contains("CodeMismatchException", wrong.Body);
        var signedIn = await RespondAsync(user, challenge, TotpCodes.Now(secret));
        using var client = api.ClientWithToken(signedIn["AuthenticationResult"]!["AccessToken"]!.GetValue<string>());
        Assert.True((await client.GetFromJsonAsync<UserProfile>("/api/me"))!.MfaEnabled);
    }

    private Task<JsonObject> RespondAsync(CognitoTestClient.TestUser user, JsonObject challenge, string code) =>
        api.Users.CallAsync("RespondToAuthChallenge", new JsonObject
        {
            ["ClientId"] = api.Cognito.Pool.ClientId,
            ["ChallengeName"] = "SOFTWARE_TOKEN_MFA",
            ["Session"] = challenge["Session"]!.GetValue<string>(),
            ["ChallengeResponses"] = new JsonObject { ["USERNAME"] = user.Email, ["SOFTWARE_TOKEN_MFA_CODE"] = code },
        });

    /// <summary>What the account page does: associate, verify a code from the app, prefer TOTP. Returns the secret.</summary>
    internal static async Task<string> TurnOnTotpAsync(ApiFixture api, CognitoTestClient.TestUser user)
    {
        var token = user.Tokens.AccessToken;
        var secret = (await api.Users.CallAsync("AssociateSoftwareToken", new JsonObject { ["AccessToken"] = token }))["SecretCode"]!.GetValue<string>();
        await api.Users.CallAsync("VerifySoftwareToken", new JsonObject { ["AccessToken"] = token, ["UserCode"] = TotpCodes.Now(secret) });
        await api.Users.CallAsync("SetUserMFAPreference", new JsonObject
        {
            ["AccessToken"] = token,
            ["SoftwareTokenMfaSettings"] = new JsonObject { ["Enabled"] = true, ["PreferredMfa"] = true },
        });
        return secret;
    }
}
