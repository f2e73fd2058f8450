using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Stripe;

namespace SkyHighBooker.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class BookAndPayThroughAppHostTests(AppHostFixture system)
{
    [Fact]
    public async Task A_signed_in_traveller_books_pays_with_4242_and_the_webhook_confirms_the_booking()
    {
        var traveller = await system.CognitoUsers().NewUserAsync("Journey");
        using var api = system.App.CreateHttpClient("api");
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", traveller.Tokens.AccessToken);

        var date = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd");
        var flights = JsonDocument.Parse(await api.GetStringAsync($"/api/flights?from=JFK&to=LAX&date={date}&passengers=2")).RootElement;
        var flightId = flights.GetProperty("items")[0].GetProperty("id").GetGuid();
        var seats = JsonDocument.Parse(await api.GetStringAsync($"/api/flights/{flightId}/seats")).RootElement.GetProperty("seats")
            .EnumerateArray().Where(s => s.GetProperty("state").GetString() == "available").Take(2).Select(s => s.GetProperty("number").GetString()).ToArray();

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
            ApiBase = system.App.GetEndpoint("stripe", "http").ToString().TrimEnd('/'),
        });
        var confirm = new PaymentIntentConfirmOptions();
        confirm.AddExtraParam("client_secret", payment.GetProperty("clientSecret").GetString());
        confirm.AddExtraParam("payment_method_data[type]", "card");
        confirm.AddExtraParam("payment_method_data[card][number]", "4242424242424242");
        confirm.AddExtraParam("payment_method_data[card][exp_month]", "12");
        confirm.AddExtraParam("payment_method_data[card][exp_year]", (DateTime.UtcNow.Year + 2).ToString());
        confirm.AddExtraParam("payment_method_data[card][cvc]", "123");
        Assert.Equal("succeeded", (await stripe.V1.PaymentIntents.ConfirmAsync(payment.GetProperty("transactionId").GetString(), confirm)).Status);

        var status = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline && status != "confirmed"; await Task.Delay(200))
        {
            status = JsonDocument.Parse(await api.GetStringAsync($"/api/bookings/{bookingId}")).RootElement.GetProperty("status").GetString()!;
        }
        Assert.Equal("confirmed", status);
    }
}
