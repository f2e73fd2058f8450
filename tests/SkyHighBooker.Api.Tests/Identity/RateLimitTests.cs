using System.Net;
using System.Net.Http.Headers;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class RateLimitTests(ApiFixture api)
{
    [Fact]
    public async Task A_user_over_their_limit_gets_429_with_retry_after_and_others_are_unaffected()
    {
        await using var limited = api.WithSettings([new("RateLimits:PerUserPermitsPerMinute", "3")]);
        var greedy = await api.Users.NewUserAsync("Greedy");
        var polite = await api.Users.NewUserAsync("Polite");
        using var greedyClient = limited.CreateClient();
        greedyClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", greedy.Tokens.AccessToken);
        using var politeClient = limited.CreateClient();
        politeClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", polite.Tokens.AccessToken);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await greedyClient.GetAsync("/api/me")).StatusCode);
        var refused = await greedyClient.GetAsync("/api/me");
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 60);

        Assert.Equal(HttpStatusCode.OK, (await politeClient.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task One_address_over_its_limit_gets_429_even_anonymously()
    {
        await using var limited = api.WithSettings([new("RateLimits:PerIpPermitsPerMinute", "5")]);
        using var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++) statuses.Add((await client.GetAsync("/api/airports?q=par")).StatusCode);
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task A_per_address_limit_of_zero_is_off_where_an_edge_in_front_counts_addresses()
    {
        // On AWS every request comes from a CloudFront edge: WAF limits the viewers' addresses, the Api must not.
        await using var edgeCounted = api.WithSettings([new("RateLimits:PerIpPermitsPerMinute", "0")]);
        using var client = edgeCounted.CreateClient();
        for (var i = 0; i < 20; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/airports?q=par")).StatusCode);
    }
}
