using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Stripe;

namespace SkyHighBooker.EndToEnd.Tests;

/// <summary>What a paying traveller does through the AppHost's Api and Stripe stand-in, for tests that need a paid booking.</summary>
public static class PaidBookings
{
    public static async Task<string> WaitForStatusAsync(HttpClient api, Guid bookingId, string wanted)
    {
        var status = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline && status != wanted; await Task.Delay(200))
        {
            status = JsonDocument.Parse(await api.GetStringAsync($"/api/bookings/{bookingId}")).RootElement.GetProperty("status").GetString()!;
        }
        return status;
    }

    /// <summary>A new traveller books two seats on a JFK–LAX flight three weeks ahead and pays with 4242 at the Stripe stand-in.</summary>
    /// <returns>The traveller's client of the Api, the booking, and the traveller's email.</returns>
    public static async Task<(HttpClient Api, Guid BookingId, string Email)> BookAndPayAsync(AppHostFixture system)
    {
        var traveller = await system.CognitoUsers().NewUserAsync("Journey");
        var api = system.App.CreateHttpClient(BookerResources.Api);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", traveller.Tokens.AccessToken);

        var date = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd");
        var flights = JsonDocument.Parse(await api.GetStringAsync($"/api/flights?from=JFK&to=LAX&date={date}&passengers=2")).RootElement;
        // Search answers may be up to 30 s old (the public-read cache) and the cheapest seeded flights are nearly full, so
        // the seat map, read from the primary, has the last word: the first flight found with two seats still free.
        var (flightId, seats) = (Guid.Empty, Array.Empty<string?>());
        foreach (var flight in flights.GetProperty("items").EnumerateArray())
        {
            (flightId, seats) = (flight.GetProperty("id").GetGuid(), await AvailableSeatsAsync(api, flight.GetProperty("id").GetGuid()));
            if (seats.Length == 2) break;
        }
        Assert.True(seats.Length == 2, $"no JFK–LAX flight on {date} has two seats free");

        var book = new HttpRequestMessage(HttpMethod.Post, "/api/bookings")
        {
            Content = JsonContent.Create(new
            {
                flightId,
                passengers = new[] { new { name = "Jo Journey", email = traveller.Email, seat = seats[0] }, new { name = "Sam Journey", email = "sam@example.com", seat = seats[1] } },
            }),
        };
        book.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var booked = await api.SendAsync(book);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var bookingId = JsonDocument.Parse(await booked.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var pay = new HttpRequestMessage(HttpMethod.Post, $"/api/bookings/{bookingId}/payments");
        pay.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var payment = JsonDocument.Parse(await (await api.SendAsync(pay)).Content.ReadAsStringAsync()).RootElement;

        var stripe = new StripeClient(new StripeClientOptions
        {
            ApiKey = payment.GetProperty("publishableKey").GetString(),
            ApiBase = system.App.GetEndpoint(BookerResources.Stripe, "http").ToString().TrimEnd('/'),
        });
        var confirm = new PaymentIntentConfirmOptions();
        confirm.AddExtraParam("client_secret", payment.GetProperty("clientSecret").GetString());
        confirm.AddExtraParam("payment_method_data[type]", "card");
        confirm.AddExtraParam("payment_method_data[card][number]", "4242424242424242");
        confirm.AddExtraParam("payment_method_data[card][exp_month]", "12");
        confirm.AddExtraParam("payment_method_data[card][exp_year]", (DateTime.UtcNow.Year + 2).ToString());
        confirm.AddExtraParam("payment_method_data[card][cvc]", "123");
        Assert.Equal("succeeded", (await stripe.V1.PaymentIntents.ConfirmAsync(payment.GetProperty("transactionId").GetString(), confirm)).Status);
        return (api, bookingId, traveller.Email);
    }

    private static async Task<string?[]> AvailableSeatsAsync(HttpClient api, Guid flightId) =>
        JsonDocument.Parse(await api.GetStringAsync($"/api/flights/{flightId}/seats")).RootElement.GetProperty("seats")
            .EnumerateArray().Where(s => s.GetProperty("state").GetString() == "available").Take(2).Select(s => s.GetProperty("number").GetString()).ToArray();
}
