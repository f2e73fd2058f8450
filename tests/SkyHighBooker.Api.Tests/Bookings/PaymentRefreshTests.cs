using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;
using Stripe;

namespace SkyHighBooker.Api.Tests.Bookings;

/// <summary>
/// A paying client asks for its payment to be settled right after confirming with Stripe. These tests run the Api
/// against a Stripe stand-in whose webhooks go nowhere, so only the refresh can confirm the booking.
/// </summary>
[Collection(PaymentsCollection.Name)]
public sealed class PaymentRefreshTests(ApiFixture api) : IAsyncLifetime
{
    private StripeStandInServer silentStripe = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> apiWithoutWebhooks = null!;

    public async Task InitializeAsync()
    {
        silentStripe = await StripeStandInServer.StartAsync($"http://127.0.0.1:{RepositoryPaths.FreePort()}/nobody-listens");
        apiWithoutWebhooks = api.WithSettings(silentStripe.ApiSettings());
    }

    public async Task DisposeAsync()
    {
        await apiWithoutWebhooks.DisposeAsync();
        await silentStripe.DisposeAsync();
    }

    private async Task<(HttpClient Client, BookingView Booking)> BookAsync(params string[] seats)
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76, price: 120m);
        var user = await api.Users.NewUserAsync("Refresher");
        var client = api.ClientWithToken(user.Tokens.AccessToken, apiWithoutWebhooks);
        var response = await client.BookAsync(BookingCalls.Request(flight, seats));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (client, (await response.Content.ReadFromJsonAsync<BookingView>())!);
    }

    [Fact]
    public async Task A_refresh_after_a_successful_card_confirms_the_booking_without_the_webhook()
    {
        var (client, booking) = await BookAsync("4A", "4C");
        var payment = await client.StartPaymentAsync(booking.Id);
        await PaymentCalls.ConfirmWithCardAsync(silentStripe, payment, "4242424242424242");
        Assert.Equal("pending_payment", (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!.Status);

        var refreshed = await client.RefreshPaymentAsync(payment);

        Assert.Equal("completed", refreshed.Status);
        var confirmed = (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!;
        Assert.Equal("confirmed", confirmed.Status);
        Assert.Null(confirmed.HoldExpiresAt);
        // two boarding passes, the receipt and the confirmation are queued in the confirming transaction
        Assert.Equal(4L, await api.ScalarAsync<long>("SELECT count(*) FROM document_jobs WHERE booking_id = $1", booking.Id));

        Assert.Equal("completed", (await client.RefreshPaymentAsync(payment)).Status); // repeating it changes nothing
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM payments WHERE booking_id = $1 AND payment_status = 'completed'", booking.Id));
        // and the traveller's confirmation email, once however often the payment is applied
        Assert.Equal("booking_confirmed", await api.ScalarAsync<string>("SELECT string_agg(kind, ',') FROM email_jobs WHERE booking_id = $1", booking.Id));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task A_refresh_after_a_declined_card_marks_the_payment_failed_and_keeps_the_booking_payable()
    {
        var (client, booking) = await BookAsync("5A");
        var payment = await client.StartPaymentAsync(booking.Id);
        await Assert.ThrowsAsync<StripeException>(() => PaymentCalls.ConfirmWithCardAsync(silentStripe, payment, "4000000000000002"));

        Assert.Equal("failed", (await client.RefreshPaymentAsync(payment)).Status);
        Assert.Equal("pending_payment", (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!.Status);
    }

    [Fact]
    public async Task A_refresh_before_the_card_is_confirmed_leaves_the_payment_pending()
    {
        var (client, booking) = await BookAsync("6A");
        var payment = await client.StartPaymentAsync(booking.Id);

        Assert.Equal("pending", (await client.RefreshPaymentAsync(payment)).Status);
        Assert.Equal("pending_payment", (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!.Status);
    }

    [Fact]
    public async Task Another_users_payment_cannot_be_refreshed()
    {
        var (client, booking) = await BookAsync("7A");
        var payment = await client.StartPaymentAsync(booking.Id);
        var stranger = api.SignedIn(await api.Users.NewUserAsync("Stranger"));

        var response = await stranger.PostAsync($"/api/bookings/{booking.Id}/payments/{payment.Id}/refresh", null);

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
