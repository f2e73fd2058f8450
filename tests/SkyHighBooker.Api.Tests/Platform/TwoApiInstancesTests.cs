using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.RateLimiting;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// Two Apis over one database, as the AppHost runs them with Api:Replicas=2 behind the Web's proxy: what is kept in
/// PostgreSQL holds across them, what is kept in a process is counted by each.
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
    public async Task Each_Api_counts_a_users_requests_itself_so_two_Apis_let_a_user_make_twice_the_per_user_limit()
    {
        KeyValuePair<string, string>[] limit = [new($"{RateLimits.Options.Section}:{nameof(RateLimits.Options.PerUserPermitsPerMinute)}", "3")];
        await using var first = api.WithSettings(limit);
        await using var second = api.WithSettings(limit);
        var token = (await api.Users.NewUserAsync()).Tokens.AccessToken;

        var statuses = new List<HttpStatusCode>();
        foreach (var host in new[] { first, second })
        {
            using var client = api.ClientWithToken(token, host);
            for (var i = 0; i < 4; i++) statuses.Add((await client.GetAsync("/api/me")).StatusCode);
        }

        // Per process, as documented (README, "Scaling reads: cache, read replica, Api replicas"): 3 at each, 6 in all.
        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests,
             HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            statuses);
    }
}
