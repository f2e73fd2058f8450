using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.RateLimiting;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// Two Apis over one database, as the AppHost runs them with Api:Replicas=2 behind the Web's proxy: what is kept in
/// PostgreSQL holds across them: idempotency keys, and the per-user rate limit.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TwoApiInstancesTests(ApiFixture api)
{
    [Fact]
    public async Task One_idempotency_key_sent_to_two_Apis_at_once_makes_one_booking_that_both_answer_with()
    {
        await using var other = api.WithSettings([]);
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        var token = (await api.Users.NewUserAsync()).Tokens.AccessToken;
        using var atFirst = api.ClientWithToken(token);
        using var atSecond = api.ClientWithToken(token, other);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .SelectMany(_ => new[] { atFirst, atSecond })
            .Select(client => client.BookAsync(BookingCalls.Request(flight, "7A"), key)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async response => (await response.Content.ReadFromJsonAsync<BookingView>())!.Id));
        Assert.Single(ids.Distinct());
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE flight_id = $1", flight));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task Two_Apis_count_a_users_requests_together_so_the_per_user_limit_holds_across_them()
    {
        KeyValuePair<string, string>[] limit = [new($"{RateLimits.Options.Section}:{nameof(RateLimits.Options.PerUserPermitsPerMinute)}", "3")];
        // one minute for the whole test: the counts are per clock minute
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var first = api.WithSettings(limit, clock);
        await using var second = api.WithSettings(limit, clock);
        var token = (await api.Users.NewUserAsync()).Tokens.AccessToken;

        var statuses = new List<HttpStatusCode>();
        foreach (var host in new[] { first, second, first })
        {
            using var client = api.ClientWithToken(token, host);
            for (var i = 0; i < 2; i++) statuses.Add((await client.GetAsync("/api/me")).StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests,
             HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            statuses);
    }

    [Fact]
    public async Task A_user_racing_requests_at_two_Apis_gets_exactly_the_limit_through_each_time()
    {
        const int Limit = 5;
        KeyValuePair<string, string>[] limit = [new($"{RateLimits.Options.Section}:{nameof(RateLimits.Options.PerUserPermitsPerMinute)}", $"{Limit}")];
        // one minute for the whole test: the counts are per clock minute
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var first = api.WithSettings(limit, clock);
        await using var second = api.WithSettings(limit, clock);
        for (var round = 0; round < 5; round++)
        {
            var token = (await api.Users.NewUserAsync()).Tokens.AccessToken;
            using var atFirst = api.ClientWithToken(token, first);
            using var atSecond = api.ClientWithToken(token, second);

            var statuses = await Task.WhenAll(Enumerable.Range(0, 12)
                .SelectMany(_ => new[] { atFirst, atSecond })
                .Select(async client => (await client.GetAsync("/api/me")).StatusCode));

            Assert.Equal(Limit, statuses.Count(status => status == HttpStatusCode.OK));
            Assert.Equal(24 - Limit, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
        }
    }
}
