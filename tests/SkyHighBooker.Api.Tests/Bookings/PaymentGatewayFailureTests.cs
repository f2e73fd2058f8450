using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Bookings;

/// <summary>
/// Stripe failing, or answering a race on its own idempotency key, is never a 500 and leaves no payment behind:
/// unreachable is a 503 to retry, an error answer a 502, a concurrent duplicate start one payment.
/// </summary>
[Collection(PaymentsCollection.Name)]
public sealed class PaymentGatewayFailureTests(ApiFixture api)
{
    public static TheoryData<string> Environments => new(ApiFixture.ServingEnvironments);

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Stripe_unreachable_is_a_503_with_retry_after_and_opens_no_payment(string environment)
    {
        await using var host = api.InEnvironment(environment, [new("Stripe:ApiBase", $"http://127.0.0.1:{RepositoryPaths.FreePort()}")]);
        var (client, booking) = await BookAsync(host);

        var key = Guid.NewGuid().ToString();

        var response = await StartPaymentAsync(client, booking, key);

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 503 says when to retry");
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM payments WHERE booking_id = $1", booking));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM idempotency_keys WHERE key = $1", key));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_stripe_error_answer_is_a_502_and_opens_no_payment(string environment)
    {
        // The stand-in, like Stripe, answers 401 to a key that is not a secret test key.
        await using var host = api.InEnvironment(environment, [new("Stripe:SecretKey", "rk_not_a_secret_key")]);
        var (client, booking) = await BookAsync(host);

        var response = await StartPaymentAsync(client, booking, Guid.NewGuid().ToString());

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM payments WHERE booking_id = $1", booking));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Concurrent_identical_payment_starts_open_one_payment_and_are_never_a_500(string environment)
    {
        var host = api.InEnvironment(environment);
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        using var client = api.ClientWithToken((await api.Users.NewUserAsync()).Tokens.AccessToken, host);
        var seats = TestFlights.Seats(76).Select(s => s.Number).ToArray();

        for (var round = 0; round < 20; round++)
        {
            var booked = await client.BookAsync(BookingCalls.Request(flight, seats[round]));
            Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
            var booking = (await booked.Content.ReadFromJsonAsync<BookingView>())!.Id;
            var key = Guid.NewGuid().ToString();

            var responses = await Task.WhenAll(Enumerable.Range(0, 2 + round % 3).Select(_ => StartPaymentAsync(client, booking, key)));

            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            Assert.All(responses.Zip(bodies), r => Assert.True(r.First.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict,
                $"round {round}: {(int)r.First.StatusCode} {r.Second}"));
            var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
            Assert.Single(created, r => !r.Headers.Contains("Idempotent-Replayed"));
            var paymentIds = await Task.WhenAll(created.Select(async r => (await r.Content.ReadFromJsonAsync<PaymentView>())!.Id));
            Assert.Single(paymentIds.Distinct());
            foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
                await ProblemAssertions.AssertProblemAsync(conflict, HttpStatusCode.Conflict);
            Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM payments WHERE booking_id = $1", booking));
        }
    }

    private async Task<(HttpClient Client, Guid Booking)> BookAsync(WebApplicationFactory<Program> host)
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        var client = api.ClientWithToken((await api.Users.NewUserAsync()).Tokens.AccessToken, host);
        var booked = await client.BookAsync(BookingCalls.Request(flight, "5A"));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        return (client, (await booked.Content.ReadFromJsonAsync<BookingView>())!.Id);
    }

    private static Task<HttpResponseMessage> StartPaymentAsync(HttpClient client, Guid booking, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/bookings/{booking}/payments");
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
