using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class SignUpAndProfileTests(ApiFixture api)
{
    [Fact]
    public async Task A_new_user_signs_up_confirms_signs_in_and_reads_their_profile()
    {
        var email = $"grace.{Guid.NewGuid():N}@example.com";
        var signUp = await api.Users.SignUpAsync(email, "Hopper!1906", "Grace", "Hopper");
        var unconfirmed = await Assert.ThrowsAsync<CognitoCallException>(() => api.Users.SignInAsync(email, "Hopper!1906"));
        Assert.Contains("UserNotConfirmedException", unconfirmed.Body);

        await api.Users.ConfirmSignUpAsync(email, CognitoLocalEmulator.VerificationCode);
        var tokens = await api.Users.SignInAsync(email, "Hopper!1906");

        using var client = api.ClientWithToken(tokens.AccessToken);
        var profile = await client.GetFromJsonAsync<UserProfile>("/api/me");
        Assert.Equal(signUp["UserSub"]!.GetValue<string>(), profile!.Id);
        Assert.Equal(email, profile.Email);
        Assert.Equal("Grace", profile.FirstName);
        Assert.Equal("Hopper", profile.LastName);
        Assert.Equal("user", profile.Role);
        Assert.True(profile.EmailVerified);
        Assert.False(profile.MfaEnabled);
        Assert.NotNull(profile.LastLoginAt);
        Assert.InRange(profile.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-2), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task The_api_records_first_seen_once_and_each_new_sign_in()
    {
        var user = await api.Users.NewUserAsync("Linus");
        using (var first = api.SignedIn(user)) Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/me")).StatusCode);
        var firstSeen = await api.ScalarAsync<DateTime>("SELECT created_at FROM users WHERE id = $1", user.Sub);
        var firstLogin = await api.ScalarAsync<DateTime>("SELECT last_login_at FROM users WHERE id = $1", user.Sub);

        // auth_time has whole seconds, stamped by cognito-local's own clock in another process: no fake clock moves it.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var again = await api.Users.SignInAsync(user.Email, user.Password);
        using var second = api.ClientWithToken(again.AccessToken);
        var profile = await second.GetFromJsonAsync<UserProfile>("/api/me");

        Assert.Equal(firstSeen, profile!.CreatedAt.UtcDateTime);
        Assert.True(profile.LastLoginAt!.Value.UtcDateTime > firstLogin, $"{profile.LastLoginAt} should be after {firstLogin}");
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM users WHERE id = $1", user.Sub));
    }

    [Fact]
    public async Task A_refreshed_token_is_accepted_too()
    {
        var user = await api.Users.NewUserAsync("Ada");
        var refreshed = await api.Users.RefreshAsync(user.Tokens.RefreshToken!);
        using var client = api.ClientWithToken(refreshed.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_user_changes_their_name_and_cognito_holds_it()
    {
        var user = await api.Users.NewUserAsync("Alan");
        using var client = api.SignedIn(user);
        var response = await client.PutAsJsonAsync("/api/me", new { firstName = "Alan M.", lastName = "Turing" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var inCognito = await api.Users.CallAsync("GetUser", new() { ["AccessToken"] = user.Tokens.AccessToken });
        var attributes = inCognito["UserAttributes"]!.AsArray().ToDictionary(a => a!["Name"]!.GetValue<string>(), a => a!["Value"]!.GetValue<string>());
        Assert.Equal("Alan M.", attributes["given_name"]);
        Assert.Equal("Turing", attributes["family_name"]);
    }

    [Fact]
    public async Task A_blank_name_is_a_400_naming_the_field()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.PutAsJsonAsync("/api/me", new { firstName = " ", lastName = "X" }), "firstName");
    }
}
