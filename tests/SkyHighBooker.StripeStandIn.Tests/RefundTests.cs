using Stripe;

namespace SkyHighBooker.StripeStandIn.Tests;

[Collection(StripeStandInCollection.Name)]
public sealed class RefundTests(StripeStandInFixture server)
{
    private async Task<PaymentIntent> PaidIntentAsync(long amount = Payments.FareInCents)
    {
        var intents = server.Client.V1.PaymentIntents;
        var intent = await intents.CreateAsync(Payments.ForBooking(Payments.NewBookingId(), amount));
        return await intents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa"));
    }

    [Fact]
    public async Task Refunding_a_paid_intent_refunds_all_of_it()
    {
        var intent = await PaidIntentAsync();

        var refund = await server.Client.V1.Refunds.CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = intent.Id,
            Reason = "requested_by_customer",
            Metadata = new Dictionary<string, string> { ["booking_id"] = intent.Metadata["booking_id"] },
        });

        Assert.StartsWith("re_", refund.Id);
        Assert.Equal("refund", refund.Object);
        Assert.Equal("succeeded", refund.Status);
        Assert.Equal(intent.Amount, refund.Amount);
        Assert.Equal("eur", refund.Currency);
        Assert.Equal(intent.Id, refund.PaymentIntentId);
        Assert.Equal(intent.LatestChargeId, refund.ChargeId);

        var charge = await server.Client.V1.Charges.GetAsync(intent.LatestChargeId);
        Assert.True(charge.Refunded);
        Assert.Equal(intent.Amount, charge.AmountRefunded);
        Assert.Equal(refund.Id, (await server.Client.V1.Refunds.GetAsync(refund.Id)).Id);
    }

    [Fact]
    public async Task Partial_refunds_add_up_to_at_most_what_was_received()
    {
        var intent = await PaidIntentAsync(10_000);
        var refunds = server.Client.V1.Refunds;

        await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 6_000 });
        var tooMuch = await Assert.ThrowsAsync<StripeException>(
            () => refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 4_001 }));
        var rest = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooMuch.HttpStatusCode);
        Assert.Equal("invalid_request_error", tooMuch.StripeError.Type);
        Assert.Equal(4_000, rest.Amount);
        var again = await Assert.ThrowsAsync<StripeException>(
            () => refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id }));
        Assert.Equal("charge_already_refunded", again.StripeError.Code);
    }

    [Fact]
    public async Task Concurrent_partial_refunds_never_exceed_the_amount_received()
    {
        var intent = await PaidIntentAsync(10_000);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            try
            {
                return (await server.Client.V1.Refunds.CreateAsync(
                    new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 1_000 })).Amount;
            }
            catch (StripeException)
            {
                return 0;
            }
        }));

        Assert.Equal(10_000, attempts.Sum());
        Assert.Equal(10, attempts.Count(a => a > 0));
    }

    [Fact]
    public async Task An_unpaid_intent_cannot_be_refunded()
    {
        var intent = await server.Client.V1.PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var error = await Assert.ThrowsAsync<StripeException>(
            () => server.Client.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
    }
}
