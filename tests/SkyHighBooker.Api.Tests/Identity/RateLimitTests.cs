using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class RateLimitTests(ApiFixture api)
{
    [Fact]
    public async Task A_user_over_their_limit_gets_429_with_retry_after_and_others_are_unaffected()
    {
        // one minute for the whole test: the counts are per clock minute
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var limited = api.WithSettings([new("RateLimits:PerUserPermitsPerMinute", "3")], clock);
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

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await greedyClient.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_hold_sweep_forgets_counted_minutes_that_are_over_and_keeps_the_current_one()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        var key = "user:" + user.Sub;
        await api.ScalarAsync<int>(
            "WITH old AS (INSERT INTO rate_limit_windows (key, starts_at, requests) VALUES ($1, date_trunc('minute', now()) - interval '2 minutes', 7) RETURNING 1) SELECT count(*)::int FROM old", key);

        await api.SweepHoldsAsync();

        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM rate_limit_windows WHERE key = $1", key));
        Assert.True(await api.ScalarAsync<bool>("SELECT starts_at >= date_trunc('minute', now()) - interval '1 minute' FROM rate_limit_windows WHERE key = $1", key));
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
