using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SkyHighBooker.Testing;

namespace SkyHighBooker.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class SignUpThroughAppHostTests(AppHostFixture system)
{
    [Fact]
    public async Task A_new_user_signs_up_against_the_emulator_and_reads_their_profile_from_the_api()
    {
        var cognito = system.CognitoUsers();
        var email = $"e2e.{Guid.NewGuid():N}@example.com";
        await cognito.SignUpAsync(email, "EndToEnd!2026", "Edna", "Tester");
        await cognito.ConfirmSignUpAsync(email, CognitoLocalEmulator.VerificationCode);
        var tokens = await cognito.SignInAsync(email, "EndToEnd!2026");

        using var api = system.App.CreateHttpClient(BookerResources.Api);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var response = await api.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(email, profile.GetProperty("email").GetString());
        Assert.Equal("Edna", profile.GetProperty("firstName").GetString());
        Assert.Equal("user", profile.GetProperty("role").GetString());
    }

    [Fact]
    public async Task The_seeded_admin_signs_in_with_the_documented_credentials_and_reaches_admin_endpoints()
    {
        var tokens = await system.CognitoUsers().SignInAsync("admin@skyhighbooker.local", "SkyHigh!Admin1");
        using var api = system.App.CreateHttpClient(BookerResources.Api);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/admin/bookings")).StatusCode);
    }
}
