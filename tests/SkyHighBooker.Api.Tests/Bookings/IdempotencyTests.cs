using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Bookings;

[Collection(BookingsCollection.Name)]
public sealed class IdempotencyTests(ApiFixture api)
{
    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_same_booking()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        var key = Guid.NewGuid().ToString();

        var first = await client.BookAsync(BookingCalls.Request(flight, "5A"), key);
        var retry = await client.BookAsync(BookingCalls.Request(flight, "5A"), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<BookingView>())!.Id, (await retry.Content.ReadFromJsonAsync<BookingView>())!.Id);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE flight_id = $1", flight));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_one_booking()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.BookAsync(BookingCalls.Request(flight, "6A"), key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<BookingView>())!.Id));
        Assert.Single(ids.Distinct());
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE flight_id = $1", flight));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task Reusing_a_key_with_another_body_is_a_422_and_books_nothing_more()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.BookAsync(BookingCalls.Request(flight, "8A"), key)).StatusCode);

        await ProblemAssertions.AssertProblemAsync(await client.BookAsync(BookingCalls.Request(flight, "8C"), key), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE flight_id = $1 AND seat_number = '8C'", flight));
    }

    [Fact]
    public async Task Keys_belong_to_their_user()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var alice = api.SignedIn(await api.Users.NewUserAsync("Alice"));
        using var bob = api.SignedIn(await api.Users.NewUserAsync("Bob"));
        var key = "same-key-" + Guid.NewGuid();
        var ofAlice = await (await alice.BookAsync(BookingCalls.Request(flight, "9A"), key)).Content.ReadFromJsonAsync<BookingView>();
        var ofBob = await bob.BookAsync(BookingCalls.Request(flight, "9C"), key);
        Assert.Equal(HttpStatusCode.Created, ofBob.StatusCode);
        Assert.NotEqual(ofAlice!.Id, (await ofBob.Content.ReadFromJsonAsync<BookingView>())!.Id);
    }

    [Fact]
    public async Task A_key_is_required_and_kept_for_24_hours()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        var noKey = await client.PostAsJsonAsync("/api/bookings", BookingCalls.Request(flight, "10A"));
        await ProblemAssertions.AssertValidationProblemNamingAsync(noKey, "Idempotency-Key");

        var key = Guid.NewGuid().ToString();
        await client.BookAsync(BookingCalls.Request(flight, "10A"), key);
        var expiry = await api.ScalarAsync<DateTime>("SELECT expires_at - created_at + '2000-01-01'::timestamp FROM idempotency_keys WHERE key = $1", key);
        Assert.Equal(new DateTime(2000, 1, 2), expiry);
    }

    [Fact]
    public async Task A_refused_request_leaves_its_key_free_for_a_corrected_retry()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        var key = Guid.NewGuid().ToString();
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.BookAsync(BookingCalls.Request(flight, "99Z"), key), "passengers[0].seat");
        Assert.Equal(HttpStatusCode.Created, (await client.BookAsync(BookingCalls.Request(flight, "11A"), key)).StatusCode);
    }

    [Fact]
    public async Task A_seat_conflict_leaves_no_stored_answer_under_the_key()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var first = api.SignedIn(await api.Users.NewUserAsync());
        using var second = api.SignedIn(await api.Users.NewUserAsync());
        Assert.Equal(HttpStatusCode.Created, (await first.BookAsync(BookingCalls.Request(flight, "12A"))).StatusCode);
        var key = Guid.NewGuid().ToString();

        await ProblemAssertions.AssertProblemAsync(await second.BookAsync(BookingCalls.Request(flight, "12A"), key), HttpStatusCode.Conflict);
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM idempotency_keys WHERE key = $1", key));

        var retried = await second.BookAsync(BookingCalls.Request(flight, "12C"), key);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        var replayed = await second.BookAsync(BookingCalls.Request(flight, "12C"), key);
        Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await retried.Content.ReadFromJsonAsync<BookingView>())!.Id, (await replayed.Content.ReadFromJsonAsync<BookingView>())!.Id);
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task A_key_past_its_24_hours_is_forgotten()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        var key = Guid.NewGuid().ToString();
        var first = await (await client.BookAsync(BookingCalls.Request(flight, "13A"), key)).Content.ReadFromJsonAsync<BookingView>();
        await api.ScalarAsync<int>("WITH aged AS (UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1 RETURNING 1) SELECT count(*)::int FROM aged", key);

        var reused = await client.BookAsync(BookingCalls.Request(flight, "13C"), key); // another body: 422 if the key were still kept

        Assert.Equal(HttpStatusCode.Created, reused.StatusCode);
        Assert.NotEqual(first!.Id, (await reused.Content.ReadFromJsonAsync<BookingView>())!.Id);
        Assert.True(await api.ScalarAsync<bool>("SELECT expires_at > now() + interval '23 hours' FROM idempotency_keys WHERE key = $1", key));
    }
}
