using Stripe;

namespace SkyHighBooker.StripeStandIn.Tests;

[Collection(StripeStandInCollection.Name)]
public sealed class WebhookTests(StripeStandInFixture server)
{
    private const string Path = StripeStandInFixture.WebhookPath;

    [Fact]
    public async Task A_successful_payment_is_announced_with_a_signature_that_Stripe_net_accepts()
    {
        var bookingId = Payments.NewBookingId();
        var intents = server.Client.V1.PaymentIntents;
        var intent = await intents.CreateAsync(Payments.ForBooking(bookingId));
        var idempotencyKey = $"confirm-{bookingId}";
        await intents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa"),
            new RequestOptions { IdempotencyKey = idempotencyKey });

        var webhook = await server.Webhooks.WaitForAsync(Path, "payment_intent.succeeded", intent.Id);
        var stripeEvent = EventUtility.ConstructEvent(webhook.Body, webhook.Signature, StripeStandInServer.WebhookSecret);

        Assert.StartsWith("evt_", stripeEvent.Id);
        Assert.Equal(EventTypes.PaymentIntentSucceeded, stripeEvent.Type);
        Assert.Equal(StripeConfiguration.ApiVersion, stripeEvent.ApiVersion);
        Assert.False(stripeEvent.Livemode);
        Assert.Equal(idempotencyKey, stripeEvent.Request.IdempotencyKey);
        Assert.StartsWith("req_", stripeEvent.Request.Id);
        var paid = Assert.IsType<PaymentIntent>(stripeEvent.Data.Object);
        Assert.Equal(intent.Id, paid.Id);
        Assert.Equal("succeeded", paid.Status);
        Assert.Equal(intent.Amount, paid.AmountReceived);
        Assert.Equal(bookingId, paid.Metadata["booking_id"]);
    }

    [Fact]
    public async Task A_signature_checked_with_the_wrong_secret_is_rejected()
    {
        var intents = server.Client.V1.PaymentIntents;
        var intent = await intents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));
        await intents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa"));

        var webhook = await server.Webhooks.WaitForAsync(Path, "payment_intent.succeeded", intent.Id);

        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(webhook.Body, webhook.Signature, "whsec_someone_else"));
        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(webhook.Body.Replace("succeeded", "canceled"),
            webhook.Signature, StripeStandInServer.WebhookSecret));
    }

    [Fact]
    public async Task A_decline_is_announced_as_payment_failed_with_the_last_payment_error()
    {
        var intents = server.Client.V1.PaymentIntents;
        var intent = await intents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));
        await Assert.ThrowsAsync<StripeException>(
            () => intents.ConfirmAsync(intent.Id, Payments.WithCard("4000000000009995")));

        var webhook = await server.Webhooks.WaitForAsync(Path, "payment_intent.payment_failed", intent.Id);
        var stripeEvent = EventUtility.ConstructEvent(webhook.Body, webhook.Signature, StripeStandInServer.WebhookSecret);

        var failed = Assert.IsType<PaymentIntent>(stripeEvent.Data.Object);
        Assert.Equal("requires_payment_method", failed.Status);
        Assert.Equal("insufficient_funds", failed.LastPaymentError.DeclineCode);
    }

    [Fact]
    public async Task A_refund_is_announced_as_charge_refunded_and_refund_created()
    {
        var intents = server.Client.V1.PaymentIntents;
        var intent = await intents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));
        intent = await intents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa"));
        var refund = await server.Client.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 100 });

        var chargeRefunded = await server.Webhooks.WaitForAsync(Path, "charge.refunded", intent.LatestChargeId);
        var refundCreated = await server.Webhooks.WaitForAsync(Path, "refund.created", refund.Id);

        var charge = Assert.IsType<Charge>(EventUtility.ConstructEvent(
            chargeRefunded.Body, chargeRefunded.Signature, StripeStandInServer.WebhookSecret).Data.Object);
        Assert.Equal(intent.Id, charge.PaymentIntentId);
        Assert.Equal(100, charge.AmountRefunded);
        Assert.False(charge.Refunded);
        var created = Assert.IsType<Refund>(EventUtility.ConstructEvent(
            refundCreated.Body, refundCreated.Signature, StripeStandInServer.WebhookSecret).Data.Object);
        Assert.Equal(intent.Id, created.PaymentIntentId);
    }

    [Fact]
    public async Task A_failed_delivery_is_retried()
    {
        var endpoint = await server.Client.V1.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = server.Webhooks.Url("flaky"),
            EnabledEvents = ["payment_intent.succeeded"],
        });
        server.Webhooks.FailNext("flaky", 2);
        try
        {
            var intents = server.Client.V1.PaymentIntents;
            var intent = await intents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));
            await intents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa"));

            var webhook = await server.Webhooks.WaitForAsync("flaky", "payment_intent.succeeded", intent.Id);

            Assert.Equal(2, server.Webhooks.Received("flaky:failed").Count(w => w.ObjectId == intent.Id));
            Assert.Equal(intent.Id, EventUtility.ConstructEvent(webhook.Body, webhook.Signature, endpoint.Secret).Data.Object switch
            {
                PaymentIntent paid => paid.Id,
                _ => null,
            });
        }
        finally
        {
            await server.Client.V1.WebhookEndpoints.DeleteAsync(endpoint.Id);
        }
    }

    [Fact]
    public async Task Registered_endpoints_get_only_the_events_they_enabled_signed_with_their_own_secret()
    {
        var endpoint = await server.Client.V1.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = server.Webhooks.Url("refunds-only"),
            EnabledEvents = ["refund.created"],
        });
        try
        {
            Assert.StartsWith("whsec_", endpoint.Secret);
            var intents = server.Client.V1.PaymentIntents;
            var intent = await intents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));
            await intents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa"));
            var refund = await server.Client.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id });

            var webhook = await server.Webhooks.WaitForAsync("refunds-only", "refund.created", refund.Id);

            Assert.Equal("refund.created", EventUtility.ConstructEvent(webhook.Body, webhook.Signature, endpoint.Secret).Type);
            Assert.DoesNotContain(server.Webhooks.Received("refunds-only"), w => w.EventType != "refund.created");
        }
        finally
        {
            await server.Client.V1.WebhookEndpoints.DeleteAsync(endpoint.Id);
        }
    }

    [Fact]
    public async Task Recent_events_can_be_listed()
    {
        var intents = server.Client.V1.PaymentIntents;
        var intent = await intents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));
        await intents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa"));

        var events = await server.Client.V1.Events.ListAsync(new EventListOptions { Limit = 50, Type = "payment_intent.*" });

        Assert.Contains(events.Data, e => e.Type == EventTypes.PaymentIntentSucceeded && ((PaymentIntent)e.Data.Object).Id == intent.Id);
        Assert.All(events.Data, e => Assert.StartsWith("payment_intent.", e.Type));
    }
}
