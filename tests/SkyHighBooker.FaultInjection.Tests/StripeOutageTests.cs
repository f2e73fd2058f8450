using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.FaultInjection.Tests.Infrastructure;
using SkyHighBooker.Schema;

namespace SkyHighBooker.FaultInjection.Tests;

public sealed class StripeOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Starting_a_payment_while_Stripe_is_down_fails_clearly_writes_nothing_and_the_booking_stays_payable()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var system = await BookerSystem.StartAsync(withApi: true);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: system up");
        var flight = await Travellers.CreateFlightAsync(system, totalSeats: 76);
        using var client = system.SignedIn(await system.Users.NewUserAsync("Payer"));
        var booking = await client.BookedAsync(flight, Travellers.Seats(76)[0].Number);
        var key = Guid.NewGuid().ToString();

        await system.Stripe.KillAsync();
        var asked = System.Diagnostics.Stopwatch.StartNew();
        var refused = await client.StartPaymentAsync(booking.Id, key);
        var problem = await refused.Content.ReadAsStringAsync();
        output.WriteLine($"while Stripe is down, after {asked.Elapsed.TotalSeconds:0.0} s: {(int)refused.StatusCode} {problem}");
        // A failure of ours, not the traveller's: a 503 that says when to try again, as ProblemDetails.
        Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)refused.StatusCode} {problem}");
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0L, await system.ScalarAsync<long>("SELECT count(*) FROM payments WHERE booking_id = $1", booking.Id));
        Assert.Equal(BookingStatus.PendingPayment, await system.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id));

        // Stripe is back (a new process: it remembers nothing, and nothing was made there): the same request now succeeds.
        await system.Stripe.RestartAsync();
        var started = await client.StartPaymentAsync(booking.Id, key);
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var payment = (await started.Content.ReadFromJsonAsync<PaymentView>())!;
        Assert.Equal("succeeded", (await Travellers.ConfirmWithCardAsync(system.Stripe, payment)).Status);
        await Eventually.Async(() => system.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id),
            status => status == BookingStatus.Confirmed, TimeSpan.FromSeconds(30), "the booking confirmed by Stripe's webhook");

        await system.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task Cancelling_a_paid_booking_while_Stripe_is_unreachable_queues_the_refund_and_retries_it_until_Stripe_answers()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var system = await BookerSystem.StartAsync(withApi: true);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: system up");
        var flight = await Travellers.CreateFlightAsync(system, totalSeats: 76);
        using var client = system.SignedIn(await system.Users.NewUserAsync("Canceller"));
        var booking = await client.PaidBookingAsync(system.Stripe, flight, Travellers.Seats(76)[0].Number);

        // "Stripe is down" for the Worker: it asks a port nothing listens on. The stand-in itself keeps running, so it
        // still knows the payment to refund once it can be reached. A short lease, so a job this Worker holds when it
        // is stopped is soon free for the next one.
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: paid");
        var cutOff = await system.StartWorkerAsync(BookerSystem.Unreachable, ("PaymentJobs__LeaseSeconds", "3"));
        var cancel = await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null);
        Assert.True(cancel.StatusCode == HttpStatusCode.OK, await cancel.Content.ReadAsStringAsync());
        Assert.Equal(BookingStatus.Cancelled, (await cancel.Content.ReadFromJsonAsync<BookingView>())!.Status);

        var failing = await Eventually.Async(() => RefundAsync(system, booking.Id), refund => refund.Attempts >= 2 && refund.LastError is not null,
            TimeSpan.FromSeconds(60), "the refund failing and being tried again");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: while Stripe is unreachable: {failing}");
        Assert.Equal("refunding", failing.PaymentStatus);
        Assert.NotEqual("done", failing.JobStatus);
        await system.Invariants.AssertHoldAsync();
        await cutOff.KillAsync();

        await system.StartWorkerAsync(system.Stripe.ApiBase, ("PaymentJobs__LeaseSeconds", "3"));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: a Worker that reaches Stripe is up");
        var refunded = await Eventually.Async(() => RefundAsync(system, booking.Id), refund => refund.PaymentStatus == "refunded",
            TimeSpan.FromSeconds(60), "the refund made once Stripe is reachable");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: once Stripe is reachable: {refunded}");
        Assert.Equal("done", refunded.JobStatus);

        await system.Invariants.AssertHoldAsync([booking.Id]);
    }

    private sealed record Refund(string PaymentStatus, string JobStatus, int Attempts, string? LastError);

    private static async Task<Refund> RefundAsync(BookerSystem system, Guid bookingId)
    {
        var row = await system.ScalarAsync<object[]>(
            """
            SELECT ARRAY[p.payment_status, j.status, j.attempts::text, j.last_error]
            FROM payments p JOIN payment_jobs j ON j.payment_id = p.id AND j.kind = 'refund' WHERE p.booking_id = $1
            """, bookingId);
        return new Refund((string)row[0], (string)row[1], int.Parse((string)row[2]), row[3] as string);
    }
}
