using System.Net;
using System.Net.Http.Json;
using System.Text;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;
using Stripe;

namespace SkyHighBooker.Api.Tests.Bookings;

[Collection(PaymentsCollection.Name)]
public sealed class PaymentTests(ApiFixture api)
{
    private async Task<(HttpClient Client, BookingView Booking)> BookAsync(params string[] seats)
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76, price: 150m);
        var client = api.SignedIn(await api.Users.NewUserAsync("Payer"));
        var response = await client.BookAsync(BookingCalls.Request(flight, seats));
        return (client, (await response.Content.ReadFromJsonAsync<BookingView>())!);
    }

    [Fact]
    public async Task Paying_with_4242_confirms_the_booking_through_the_webhook()
    {
        var (client, booking) = await BookAsync("2A", "2C");
        var payment = await client.StartPaymentAsync(booking.Id);
        Assert.Equal(300m, payment.Amount);
        Assert.Equal("pending", payment.Status);
        Assert.StartsWith("pi_", payment.TransactionId);

        var intent = await PaymentCalls.ConfirmWithCardAsync(api, payment, "4242424242424242");
        Assert.Equal("succeeded", intent.Status);
        Assert.Equal(30000, intent.AmountReceived);

        var confirmed = await client.WaitForStatusAsync(booking.Id, "confirmed");
        Assert.True(confirmed.Status == "confirmed", api.Stripe.Output);
        Assert.Null(confirmed.HoldExpiresAt);
        var payments = await client.GetFromJsonAsync<List<PaymentView>>($"/api/bookings/{booking.Id}/payments");
        Assert.Equal("completed", Assert.Single(payments!).Status);
        Assert.Equal("stripe", await api.ScalarAsync<string>("SELECT payment_gateway FROM payments WHERE booking_id = $1", booking.Id));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task A_declined_card_leaves_the_booking_payable_until_its_hold_expires()
    {
        var (client, booking) = await BookAsync("3A");
        var declined = await client.StartPaymentAsync(booking.Id);
        var error = await Assert.ThrowsAsync<StripeException>(() => PaymentCalls.ConfirmWithCardAsync(api, declined, "4000000000000002"));
        Assert.Equal("card_declined", error.StripeError.Code);

        var failed = await WaitForPaymentStatusAsync(client, booking.Id, declined.Id, "failed");
        Assert.Equal("failed", failed);
        Assert.Equal("pending_payment", (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!.Status);

        var insufficient = await client.StartPaymentAsync(booking.Id);
        var noFunds = await Assert.ThrowsAsync<StripeException>(() => PaymentCalls.ConfirmWithCardAsync(api, insufficient, "4000000000009995"));
        Assert.Equal("insufficient_funds", noFunds.StripeError.DeclineCode);

        var retry = await client.StartPaymentAsync(booking.Id);
        await PaymentCalls.ConfirmWithCardAsync(api, retry, "4242424242424242");
        Assert.Equal("confirmed", (await client.WaitForStatusAsync(booking.Id, "confirmed")).Status);
    }

    [Fact]
    public async Task A_webhook_with_a_bad_signature_is_a_400_and_changes_nothing()
    {
        var (client, booking) = await BookAsync("4A");
        var payment = await client.StartPaymentAsync(booking.Id);
        var forged = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "evt_forged", ["object"] = "event", ["api_version"] = "2026-10-28.endive", ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["type"] = "payment_intent.succeeded",
            ["data"] = new System.Text.Json.Nodes.JsonObject
            {
                ["object"] = new System.Text.Json.Nodes.JsonObject
                {
                    ["id"] = payment.TransactionId, ["object"] = "payment_intent", ["amount"] = 15000, ["amount_received"] = 15000,
                    ["currency"] = "usd", ["status"] = "succeeded",
                },
            },
        }.ToJsonString();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        foreach (var signature in new[] { $"t={timestamp},v1={new string('0', 64)}", "", $"t={timestamp},v1={Sign("whsec_wrong", timestamp, forged)}" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook") { Content = new StringContent(forged, Encoding.UTF8, "application/json") };
            if (signature.Length > 0) request.Headers.Add("Stripe-Signature", signature);
            await ProblemAssertions.AssertProblemAsync(await api.Client.SendAsync(request), HttpStatusCode.BadRequest);
        }
        Assert.Equal("pending", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE id = $1", payment.Id));
        Assert.Equal("pending_payment", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id));
    }

    [Fact]
    public async Task A_replayed_webhook_is_harmless()
    {
        var (client, booking) = await BookAsync("5A");
        var payment = await client.StartPaymentAsync(booking.Id);
        await PaymentCalls.ConfirmWithCardAsync(api, payment, "4242424242424242");
        await client.WaitForStatusAsync(booking.Id, "confirmed");

        var stripe = api.Stripe.Client;
        var intent = await stripe.V1.PaymentIntents.GetAsync(payment.TransactionId!);
        var json = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = $"evt_replay_{Guid.NewGuid():N}", ["object"] = "event", ["api_version"] = "2026-10-28.endive",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["livemode"] = false, ["pending_webhooks"] = 1,
            ["type"] = "payment_intent.succeeded",
            ["data"] = new System.Text.Json.Nodes.JsonObject { ["object"] = System.Text.Json.Nodes.JsonNode.Parse(intent.ToJson()) },
        }.ToJsonString();
        for (var i = 0; i < 3; i++)
        {
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Add("Stripe-Signature", $"t={timestamp},v1={Sign(StripeStandInServer.WebhookSecret, timestamp, json)}");
            Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(request)).StatusCode);
        }
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM payments WHERE booking_id = $1", booking.Id));
        Assert.Equal("completed", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE booking_id = $1", booking.Id));
        Assert.Equal("confirmed", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id));
    }

    [Fact]
    public async Task Opening_a_payment_twice_with_one_key_opens_one_payment()
    {
        var (client, booking) = await BookAsync("6A");
        var key = Guid.NewGuid().ToString();
        var first = await client.StartPaymentAsync(booking.Id, key);
        var again = await client.StartPaymentAsync(booking.Id, key);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.TransactionId, again.TransactionId);
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM payments WHERE booking_id = $1", booking.Id));
    }

    [Fact]
    public async Task Cancelling_after_payment_refunds_it_and_frees_the_seat()
    {
        var (client, booking) = await BookAsync("7A", "7C");
        var payment = await client.StartPaymentAsync(booking.Id);
        await PaymentCalls.ConfirmWithCardAsync(api, payment, "4242424242424242");
        await client.WaitForStatusAsync(booking.Id, "confirmed");
        var before = await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", booking.FlightId);

        var response = await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cancelled", (await response.Content.ReadFromJsonAsync<BookingView>())!.Status);
        Assert.Equal("refunding", (await client.GetFromJsonAsync<List<PaymentView>>($"/api/bookings/{booking.Id}/payments"))!.Single().Status);
        await api.DrainAsync();
        Assert.Equal("refunded", (await client.GetFromJsonAsync<List<PaymentView>>($"/api/bookings/{booking.Id}/payments"))!.Single().Status);
        Assert.Equal(before + 2, await api.ScalarAsync<int>("SELECT available_seats FROM flights WHERE id = $1", booking.FlightId));

        var stripe = api.Stripe.Client;
        async Task<long> RefundedAsync()
        {
            var intent = await stripe.V1.PaymentIntents.GetAsync(payment.TransactionId!);
            return (await stripe.V1.Charges.GetAsync(intent.LatestChargeId)).AmountRefunded;
        }
        Assert.Equal(30000, await RefundedAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode); // twice is fine
        await api.DrainAsync();
        Assert.Equal(30000, await RefundedAsync());

        using var other = api.SignedIn(await api.Users.NewUserAsync());
        Assert.Equal(HttpStatusCode.Created, (await other.BookAsync(BookingCalls.Request(booking.FlightId, "7A"))).StatusCode);
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task An_admin_cancelling_a_flight_cancels_and_refunds_its_bookings()
    {
        var (client, paid) = await BookAsync("8A");
        await PaymentCalls.ConfirmWithCardAsync(api, await client.StartPaymentAsync(paid.Id), "4242424242424242");
        await client.WaitForStatusAsync(paid.Id, "confirmed");
        var unpaid = (await (await client.BookAsync(BookingCalls.Request(paid.FlightId, "9A"))).Content.ReadFromJsonAsync<BookingView>())!;

        using var admin = await api.AdminAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/flights/{paid.FlightId}")).StatusCode);

        Assert.Equal("cancelled", (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{paid.Id}"))!.Status);
        Assert.Equal("cancelled", (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{unpaid.Id}"))!.Status);
        Assert.Equal("refunding", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE booking_id = $1", paid.Id));
        await api.DrainAsync();
        Assert.Equal("refunded", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE booking_id = $1", paid.Id));
        await api.Invariants.AssertHoldAsync([paid.Id, unpaid.Id]);
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE flight_id = $1 AND booking_id IS NOT NULL", paid.FlightId));
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task A_payment_that_completes_after_the_hold_lapsed_is_refunded_not_confirmed()
    {
        var (client, booking) = await BookAsync("11A");
        var payment = await client.StartPaymentAsync(booking.Id);
        await api.ScalarAsync<int>("UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE id = $1 RETURNING 0", booking.Id);
        await api.SweepHoldsAsync(); // the Worker's sweep, once
        Assert.Equal("expired", await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking.Id));

        await PaymentCalls.ConfirmWithCardAsync(api, payment, "4242424242424242");
        await client.RefreshPaymentAsync(payment);

        await api.DrainAsync();
        Assert.Equal("refunded", await api.ScalarAsync<string>("SELECT payment_status FROM payments WHERE id = $1", payment.Id));
        Assert.Equal("expired", (await client.GetFromJsonAsync<BookingView>($"/api/bookings/{booking.Id}"))!.Status);
        var stripe = api.Stripe.Client;
        var intent = await stripe.V1.PaymentIntents.GetAsync(payment.TransactionId!);
        Assert.Equal(15000, (await stripe.V1.Charges.GetAsync(intent.LatestChargeId)).AmountRefunded);
        await api.Invariants.AssertHoldAsync([booking.Id]);
    }

    [Fact]
    public async Task A_booking_past_its_hold_cannot_be_paid()
    {
        var (client, booking) = await BookAsync("10A");
        await api.ScalarAsync<int>("UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE id = $1 RETURNING 0", booking.Id);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/bookings/{booking.Id}/payments");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        await ProblemAssertions.AssertProblemAsync(await client.SendAsync(request), HttpStatusCode.Conflict);
    }

    private static async Task<string> WaitForPaymentStatusAsync(HttpClient client, Guid bookingId, Guid paymentId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string current;
        do
        {
            current = (await client.GetFromJsonAsync<List<PaymentView>>($"/api/bookings/{bookingId}/payments"))!.Single(p => p.Id == paymentId).Status;
            if (current == status) break;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        return current;
    }

    private static string Sign(string secret, long timestamp, string payload)
    {
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
    }
}
