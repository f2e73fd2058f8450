using System.Net;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class TokenValidationTests(ApiFixture api)
{
    private async Task AssertRefusedAsync(string token)
    {
        using var client = api.ClientWithToken(token);
        var response = await client.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_genuine_access_token_is_accepted()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_token_whose_payload_was_changed_is_refused()
    {
        var victim = await api.Users.NewUserAsync();
        var attacker = await api.Users.NewUserAsync();
        await AssertRefusedAsync(ForgedTokens.WithTamperedPayload(attacker.Tokens.AccessToken, "sub", victim.Sub));
    }

    [Fact]
    public async Task A_token_from_another_user_pool_is_refused()
    {
        var otherPool = await api.Cognito.CreatePoolAsync("someone-elses-pool", "their-app");
        var stranger = await new CognitoTestClient(api.Cognito.Endpoint, otherPool.ClientId).NewUserAsync();
        await AssertRefusedAsync(stranger.Tokens.AccessToken);
    }

    [Fact]
    public async Task A_token_with_the_right_key_but_another_issuer_is_refused()
    {
        var claims = ForgedTokens.AccessClaims("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Evil", api.Cognito.Pool.ClientId, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        await AssertRefusedAsync(ForgedTokens.SignedWithEmulatorKey(claims));
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var claims = ForgedTokens.AccessClaims(api.Cognito.Pool.Issuer, api.Cognito.Pool.ClientId, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow.AddHours(-3));
        await AssertRefusedAsync(ForgedTokens.SignedWithEmulatorKey(claims));
    }

    [Fact]
    public async Task The_same_claims_unexpired_are_accepted_so_the_expiry_alone_was_refused()
    {
        var user = await api.Users.NewUserAsync();
        var claims = ForgedTokens.AccessClaims(api.Cognito.Pool.Issuer, api.Cognito.Pool.ClientId, user.Sub, DateTimeOffset.UtcNow);
        using var client = api.ClientWithToken(ForgedTokens.SignedWithEmulatorKey(claims));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task An_id_token_used_as_an_access_token_is_refused()
    {
        var user = await api.Users.NewUserAsync();
        await AssertRefusedAsync(user.Tokens.IdToken);
    }

    [Fact]
    public async Task A_token_issued_to_another_app_client_is_refused()
    {
        var claims = ForgedTokens.AccessClaims(api.Cognito.Pool.Issuer, "some-other-client", Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        await AssertRefusedAsync(ForgedTokens.SignedWithEmulatorKey(claims));
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused()
    {
        var user = await api.Users.NewUserAsync();
        await AssertRefusedAsync(ForgedTokens.Unsigned(ForgedTokens.AccessClaims(api.Cognito.Pool.Issuer, api.Cognito.Pool.ClientId, user.Sub, DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task Garbage_in_the_authorization_header_is_a_401()
    {
        await AssertRefusedAsync("not-a-jwt");
    }
}
