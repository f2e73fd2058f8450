using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Money;

/// <summary>
/// The races that once kept money without a booking: each is run 50 times (in waves of concurrent rounds), the
/// payment jobs they queue are carried out, and then Stripe's ledger and ours must agree for every booking.
/// </summary>
[Collection(MoneyCollection.Name)]
public sealed class MoneyRaceTests(ApiFixture api)
{
    private const int Rounds = 50, Wave = 10;
    private const string GoodCard = "4242424242424242";

    [Fact]
    public async Task Cancelling_while_the_client_refreshes_a_paid_card_always_ends_cancelled_and_refunded()
    {
        var bookings = await RaceAsync(async (client, booking, payment) =>
        {
            await PaymentCalls.ConfirmWithCardAsync(api, payment, GoodCard);
            var refresh = client.PostAsync($"/api/bookings/{booking.Id}/payments/{payment.Id}/refresh", null);
            var cancel = client.PostAsync($"/api/bookings/{booking.Id}/cancel", null);
            Assert.Equal(HttpStatusCode.OK, (await refresh).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await cancel).StatusCode);
        });

        await AssertEveryBookingAsync(bookings, "cancelled", "refunded");
    }

    [Fact]
    public async Task Cancelling_while_the_webhook_reports_a_paid_card_always_ends_cancelled_and_refunded()
    {
        var bookings = await RaceAsync(async (client, booking, payment) =>
        {
            var pay = PaymentCalls.ConfirmWithCardAsync(api, payment, GoodCard);
            var cancel = client.PostAsync($"/api/bookings/{booking.Id}/cancel", null);
            Assert.Equal("succeeded", (await pay).Status);
            Assert.Equal(HttpStatusCode.OK, (await cancel).StatusCode);
        });

        await AssertEveryBookingAsync(bookings, "cancelled", "refunded");
    }

    [Fact]
    public async Task The_expiry_sweep_racing_a_payment_either_confirms_and_keeps_it_or_expires_and_refunds_it()
    {
        var bookings = await RaceAsync(async (client, booking, payment) =>
        {
            await api.ScalarAsync<int>("UPDATE bookings SET hold_expires_at = now() - interval '1 millisecond' WHERE id = $1 RETURNING 0", booking.Id);
            var pay = Task.Run(async () =>
            {
                await PaymentCalls.ConfirmWithCardAsync(api, payment, GoodCard);
                return await client.PostAsync($"/api/bookings/{booking.Id}/payments/{payment.Id}/refresh", null);
            });
            var sweep = Task.Run(api.SweepHoldsAsync);
            await sweep;
            Assert.Equal(HttpStatusCode.OK, (await pay).StatusCode);
        });

        await api.DrainAsync();
        foreach (var booking in bookings)
        {
            var status = await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking);
            var payment = await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE booking_id = $1", booking);
            Assert.True((status, payment) is ("confirmed", "completed") or ("expired", "refunded"), $"booking {booking}: {status} with a {payment} payment");
        }
        await api.Invariants.AssertHoldAsync(bookings);
    }

    [Fact]
    public async Task Opening_a_payment_while_the_booking_is_cancelled_never_leaves_an_open_payment_on_it()
    {
        var bookings = await RaceAsync(async (client, booking, _) =>
        {
            var start = new HttpRequestMessage(HttpMethod.Post, $"/api/bookings/{booking.Id}/payments");
            start.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var second = client.SendAsync(start);
            var cancel = client.PostAsync($"/api/bookings/{booking.Id}/cancel", null);
            Assert.Contains((await second).StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict });
            Assert.Equal(HttpStatusCode.OK, (await cancel).StatusCode);
        });

        await api.DrainAsync();
        Assert.Equal(0L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM payments WHERE booking_id = ANY($1) AND payment_status NOT IN ('cancelled')", bookings.ToArray()));
        await api.Invariants.AssertHoldAsync(bookings);
    }

    /// <summary>
    /// Runs <paramref name="round"/> <see cref="Rounds"/> times, <see cref="Wave"/> at once, each on its own booking
    /// (one seat on a shared flight) with a payment opened; returns the bookings.
    /// </summary>
    private async Task<List<Guid>> RaceAsync(Func<HttpClient, BookingView, PaymentView, Task> round)
    {
        var flight = await TestFlights.CreateAsync(api, totalSeats: 76, availableSeats: 76, price: 120m);
        var seats = TestFlights.Seats(76);
        using var client = api.SignedIn(await api.Users.NewUserAsync("Racer"));
        var bookings = new List<Guid>();
        for (var wave = 0; wave < Rounds / Wave; wave++)
        {
            await Task.WhenAll(Enumerable.Range(wave * Wave, Wave).Select(async i =>
            {
                var response = await client.BookAsync(BookingCalls.Request(flight, seats[i].Number));
                var booking = (await response.Content.ReadFromJsonAsync<BookingView>())!;
                lock (bookings) bookings.Add(booking.Id);
                await round(client, booking, await client.StartPaymentAsync(booking.Id));
            }));
        }
        await TestFlights.AssertInvariantsAsync(api); // before the jobs run, too
        return bookings;
    }

    private async Task AssertEveryBookingAsync(List<Guid> bookings, string bookingStatus, string paymentStatus)
    {
        await api.DrainAsync();
        Assert.Equal(bookings.Count, (int)await api.ScalarAsync<long>(
            "SELECT count(*) FROM bookings WHERE id = ANY($1) AND booking_status = $2", bookings.ToArray(), bookingStatus));
        Assert.Equal(bookings.Count, (int)await api.ScalarAsync<long>(
            "SELECT count(*) FROM payments WHERE booking_id = ANY($1) AND payment_status = $2", bookings.ToArray(), paymentStatus));
        await api.Invariants.AssertHoldAsync(bookings);
    }
}
