extern alias WorkerApp;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;
using Stripe;
using WorkerApp::SkyHighBooker.Worker.Payments;
using SkyHighBooker.Schema;

namespace SkyHighBooker.Api.Tests.Money;

[Collection(MoneyCollection.Name)]
public sealed class CancellationRulesTests(ApiFixture api)
{
    private const string GoodCard = "4242424242424242";

    private StripeClient Stripe => api.Stripe.Client;

    private async Task<(HttpClient Client, BookingView Booking, PaymentView Payment)> BookAndOpenPaymentAsync(params string[] seats)
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76, price: 100m);
        var client = api.SignedIn(await api.Users.NewUserAsync("Canceller"));
        var booking = (await (await client.BookAsync(BookingCalls.Request(flight, seats))).Content.ReadFromJsonAsync<BookingView>())!;
        return (client, booking, await client.StartPaymentAsync(booking.Id));
    }

    private async Task<(HttpClient Client, BookingView Booking, PaymentView Payment)> PaidBookingAsync(params string[] seats)
    {
        var (client, booking, payment) = await BookAndOpenPaymentAsync(seats);
        await PaymentCalls.ConfirmWithCardAsync(api, payment, GoodCard);
        await client.RefreshPaymentAsync(payment);
        Assert.Equal("confirmed", (await client.WaitForStatusAsync(booking.Id, "confirmed")).Status);
        return (client, booking, payment);
    }

    [Fact]
    public async Task A_traveller_cannot_cancel_at_or_after_departure()
    {
        var (client, booking, _) = await PaidBookingAsync("5A");
        await api.ScalarAsync<int>(
            "UPDATE flights SET departure_time = now() - interval '1 minute', arrival_time = now() + interval '2 hours' WHERE id = $1 RETURNING 0",
            booking.FlightId);

        await ProblemAssertions.AssertProblemAsync(await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null), HttpStatusCode.Conflict);

        Assert.Equal("confirmed", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id));
        Assert.Equal("completed", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE booking_id = $1", booking.Id));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM payment_jobs j JOIN payments p ON p.id = j.payment_id WHERE p.booking_id = $1", booking.Id));
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task Cancelling_withdraws_the_boarding_passes_and_confirmation_and_a_cancellation_notice_takes_their_place()
    {
        var (client, booking, _) = await PaidBookingAsync("6A", "6C");
        await api.ScalarAsync<int>("UPDATE document_jobs SET status = 'ready' WHERE booking_id = $1 RETURNING 0", booking.Id); // as the Worker would
        var before = await client.GetFromJsonAsync<List<DocumentView>>($"/api/bookings/{booking.Id}/documents");
        Assert.Equal(2, before!.Count(d => d.Kind == DocumentKind.BoardingPass && d.Url is not null));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode);

        var after = (await client.GetFromJsonAsync<List<DocumentView>>($"/api/bookings/{booking.Id}/documents"))!;
        Assert.DoesNotContain(after, d => d.Kind is DocumentKind.BoardingPass or DocumentKind.Confirmation);
        Assert.Contains(after, d => d.Kind == DocumentKind.CancellationNotice);
        Assert.Contains(after, d => d.Kind == DocumentKind.Receipt);
        Assert.Equal(3L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM document_jobs WHERE booking_id = $1 AND kind IN ('boarding_pass', 'confirmation') AND status = 'withdrawing'", booking.Id));
        // the cancellation's email is owed from the same transaction, once, beside the confirmation's
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode);
        Assert.Equal("booking_cancelled,booking_confirmed", await api.ScalarAsync<string>(
            "SELECT string_agg(kind, ',' ORDER BY kind) FROM email_jobs WHERE booking_id = $1", booking.Id));
        await api.DrainAsync();
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task Cancelling_an_unpaid_booking_closes_its_open_payment_at_Stripe()
    {
        var (client, booking, payment) = await BookAndOpenPaymentAsync("7A");

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode);
        Assert.Equal("cancelled", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE id = $1", payment.Id));
        await api.DrainAsync();

        Assert.Equal("canceled", (await Stripe.V1.PaymentIntents.GetAsync(payment.TransactionId!)).Status);
        await Assert.ThrowsAsync<StripeException>(() => PaymentCalls.ConfirmWithCardAsync(api, payment, GoodCard));
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task An_expired_hold_closes_its_open_payment_at_Stripe()
    {
        var (_, booking, payment) = await BookAndOpenPaymentAsync("8A");
        await api.ScalarAsync<int>("UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE id = $1 RETURNING 0", booking.Id);
        await api.SweepHoldsAsync();

        Assert.Equal("expired", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM email_jobs WHERE booking_id = $1", booking.Id)); // a lapsed hold emails nobody
        await api.DrainAsync();
        Assert.Equal("canceled", (await Stripe.V1.PaymentIntents.GetAsync(payment.TransactionId!)).Status);
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task Closing_an_intent_the_payer_completed_after_all_refunds_it_instead()
    {
        var (_, _, payment) = await BookAndOpenPaymentAsync("9A");
        await PaymentCalls.ConfirmWithCardAsync(api, payment, GoodCard);

        var outcome = await new StripeMoneyBack(new Lazy<StripeClient>(() => Stripe)).CloseAsync(payment.TransactionId!, CancellationToken.None);

        Assert.True(outcome.Refunded);
        Assert.StartsWith("re_", outcome.RefundId);
        var intent = await Stripe.V1.PaymentIntents.GetAsync(payment.TransactionId!);
        Assert.Equal(10000, (await Stripe.V1.Charges.GetAsync(intent.LatestChargeId)).AmountRefunded);
    }

    [Fact]
    public async Task Refunds_that_keep_failing_are_listed_for_admins_and_still_completed_later()
    {
        var (client, booking, payment) = await PaidBookingAsync("10A");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode);
        // As if the Worker had tried three times while Stripe was down.
        await api.ScalarAsync<int>("""
            UPDATE payment_jobs SET attempts = 3, last_error = 'Stripe unreachable', next_attempt_at = now() + interval '1 hour'
            WHERE payment_id = $1 RETURNING 0
            """, payment.Id);

        using var admin = await api.AdminAsync();
        var stuck = (await admin.GetFromJsonAsync<List<StuckPaymentJobView>>("/api/admin/payments/stuck"))!;
        var job = Assert.Single(stuck, j => j.PaymentId == payment.Id);
        Assert.Equal(("refund", 100m, "refunding", "Stripe unreachable"), (job.Kind, job.Amount, job.PaymentStatus, job.LastError));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/payments/stuck")).StatusCode);

        await api.ScalarAsync<int>("UPDATE payment_jobs SET next_attempt_at = now() WHERE payment_id = $1 RETURNING 0", payment.Id);
        await api.DrainAsync();
        Assert.Equal("refunded", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE id = $1", payment.Id));
        Assert.DoesNotContain((await admin.GetFromJsonAsync<List<StuckPaymentJobView>>("/api/admin/payments/stuck"))!, j => j.PaymentId == payment.Id);
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task Bookings_racing_their_flights_cancellation_never_outlive_it()
    {
        using var admin = await api.AdminAsync();
        using var client = api.SignedIn(await api.Users.NewUserAsync("Late"));
        var seats = TestFlights.Seats(76);
        for (var round = 0; round < 20; round++)
        {
            var flight = await TestFlights.CreateAsync(api, 76, 76);
            var bookings = Enumerable.Range(0, 5).Select(i => client.BookAsync(BookingCalls.Request(flight, seats[i].Number))).ToList();
            var cancel = admin.DeleteAsync($"/api/admin/flights/{flight}");
            Assert.Equal(HttpStatusCode.NoContent, (await cancel).StatusCode);
            foreach (var booking in bookings)
                Assert.Contains((await booking).StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.BadRequest });
            Assert.Equal(0L, await api.ScalarAsync<long>(
                "SELECT count(*) FROM bookings WHERE flight_id = $1 AND booking_status IN ('pending_payment', 'confirmed')", flight));
        }
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task A_Worker_that_dies_after_refunding_but_before_recording_it_leaves_one_refund_not_two()
    {
        var (client, booking, payment) = await PaidBookingAsync("11A");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode);

        // The dying Worker: claims the refund job and makes the refund at Stripe, then is gone before it records it.
        Guid[] claimedIds;
        await using (var database = Npgsql.NpgsqlDataSource.Create(api.ConnectionString))
        {
            var claimed = await new PaymentJobQueue(database, new PaymentJobOptions(), TimeProvider.System).ClaimAsync(CancellationToken.None);
            claimedIds = [.. claimed.Select(j => j.Id)];
            var job = Assert.Single(claimed, j => j.PaymentId == payment.Id);
            await new StripeMoneyBack(new Lazy<StripeClient>(() => Stripe)).RefundAsync(job.IntentId, CancellationToken.None);
        }
        Assert.Equal("refunding", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE id = $1", payment.Id));
        // Its leases lapse (every job it claimed, other tests' leftovers included).
        await api.ScalarAsync<int>("UPDATE payment_jobs SET lease_expires_at = now() - interval '1 second' WHERE id = ANY($1) RETURNING 0", claimedIds);

        await api.DrainAsync(); // another Worker takes the lapsed job over

        Assert.Equal("refunded", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE id = $1", payment.Id));
        Assert.Equal(2, await api.ScalarAsync<int>("SELECT attempts FROM payment_jobs WHERE payment_id = $1", payment.Id));
        var intent = await Stripe.V1.PaymentIntents.GetAsync(payment.TransactionId!);
        Assert.Equal(10000, (await Stripe.V1.Charges.GetAsync(intent.LatestChargeId)).AmountRefunded);
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }
}
