using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Money;

/// <summary>A connection is paid once and, cancelled by its traveller or through any of its flights, refunded once and whole.</summary>
[Collection(MoneyCollection.Name)]
public sealed class ItineraryCancellationTests(ApiFixture api)
{
    private const string GoodCard = "4242424242424242";

    private async Task<(HttpClient Client, BookingView Booking, PaymentView Payment)> PaidConnectionAsync()
    {
        var day = TestFlights.DayAhead(14);
        var first = await TestFlights.CreateAsync(api, 76, 76, price: 100m, departure: day, route: ("BOS", "ORD"), durationMinutes: 150);
        var second = await TestFlights.CreateAsync(api, 76, 76, price: 120m, departure: day.AddMinutes(240), route: ("ORD", "SFO"), durationMinutes: 270);
        var client = api.SignedIn(await api.Users.NewUserAsync("Itinerant"));
        var response = await client.BookAsync(BookingCalls.Itinerary((first, ["5A", "5C"]), (second, ["6A", "6C"])));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = (await response.Content.ReadFromJsonAsync<BookingView>())!;
        var payment = await client.StartPaymentAsync(booking.Id);
        Assert.Equal(440m, payment.Amount);
        await PaymentCalls.ConfirmWithCardAsync(api, payment, GoodCard);
        await client.RefreshPaymentAsync(payment);
        Assert.Equal("confirmed", (await client.WaitForStatusAsync(booking.Id, "confirmed")).Status);
        return (client, booking, payment);
    }

    [Fact]
    public async Task Cancelling_a_connection_releases_the_seats_on_every_leg_and_refunds_the_whole_amount_once()
    {
        var (client, booking, payment) = await PaidConnectionAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode);
        await api.DrainAsync();

        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE booking_id = $1", booking.Id));
        Assert.Equal(76, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", booking.Segments[1].FlightId));
        Assert.Equal("refunded", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE id = $1", payment.Id));
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM payment_jobs WHERE payment_id = $1 AND kind = 'refund'", payment.Id));
        var intent = await api.Stripe.Client.V1.PaymentIntents.GetAsync(payment.TransactionId);
        Assert.Equal(44000, (await api.Stripe.Client.V1.Charges.GetAsync(intent.LatestChargeId)).AmountRefunded);
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task Cancelling_a_connections_second_flight_cancels_the_booking_and_refunds_it_whole()
    {
        var (client, booking, payment) = await PaidConnectionAsync();
        using var admin = await api.AdminAsync();
        var onSecondFlight = (await admin.GetFromJsonAsync<Apis.PagedList<AdminBookingView>>($"/api/admin/bookings?flightId={booking.Segments[1].FlightId}"))!;
        Assert.Equal([booking.Id], onSecondFlight.Items.Select(b => b.Booking.Id));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/flights/{booking.Segments[1].FlightId}")).StatusCode);
        await api.DrainAsync();

        Assert.Equal("cancelled", (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!.Status);
        Assert.Equal(76, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", booking.Segments[0].FlightId));
        Assert.Equal("refunded", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE id = $1", payment.Id));
        var intent = await api.Stripe.Client.V1.PaymentIntents.GetAsync(payment.TransactionId);
        Assert.Equal(44000, (await api.Stripe.Client.V1.Charges.GetAsync(intent.LatestChargeId)).AmountRefunded);
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task An_expired_connection_hold_releases_the_seats_on_every_leg()
    {
        var day = TestFlights.DayAhead(14);
        var first = await TestFlights.CreateAsync(api, 76, 76, departure: day, route: ("BOS", "ORD"), durationMinutes: 150);
        var second = await TestFlights.CreateAsync(api, 76, 76, departure: day.AddMinutes(240), route: ("ORD", "SFO"));
        using var client = api.SignedIn(await api.Users.NewUserAsync("Forgetful"));
        var booking = (await (await client.BookAsync(BookingCalls.Itinerary((first, ["5A"]), (second, ["6A"])))).Content.ReadFromJsonAsync<BookingView>())!;
        await api.ScalarAsync<int>("UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE id = $1 RETURNING 0", booking.Id);

        await api.SweepHoldsAsync();

        Assert.Equal("expired", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id));
        Assert.Equal(76, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", first));
        Assert.Equal(76, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", second));
        await TestFlights.AssertInvariantsAsync(api);
    }
}
