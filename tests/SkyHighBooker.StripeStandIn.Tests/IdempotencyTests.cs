using Stripe;

namespace SkyHighBooker.StripeStandIn.Tests;

[Collection(StripeStandInCollection.Name)]
public sealed class IdempotencyTests(StripeStandInFixture server)
{
    private PaymentIntentService PaymentIntents => server.Client.V1.PaymentIntents;

    [Fact]
    public async Task Creating_twice_with_the_same_key_and_parameters_returns_the_same_intent()
    {
        var key = $"booking-{Guid.NewGuid()}";
        var options = Payments.ForBooking(Payments.NewBookingId());

        var first = await PaymentIntents.CreateAsync(options, new RequestOptions { IdempotencyKey = key });
        var second = await PaymentIntents.CreateAsync(options, new RequestOptions { IdempotencyKey = key });

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.ClientSecret, second.ClientSecret);
        Assert.Equal("true", second.StripeResponse.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.StripeResponse.RequestId, second.StripeResponse.Headers.GetValues("Original-Request").Single());
    }

    [Fact]
    public async Task The_same_key_with_other_parameters_is_an_idempotency_error()
    {
        var key = $"booking-{Guid.NewGuid()}";
        var bookingId = Payments.NewBookingId();
        await PaymentIntents.CreateAsync(Payments.ForBooking(bookingId), new RequestOptions { IdempotencyKey = key });

        var error = await Assert.ThrowsAsync<StripeException>(() => PaymentIntents.CreateAsync(
            Payments.ForBooking(bookingId, amount: Payments.FareInCents + 100), new RequestOptions { IdempotencyKey = key }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("idempotency_error", error.StripeError.Type);
    }

    [Fact]
    public async Task The_same_key_on_another_endpoint_is_an_idempotency_error()
    {
        var key = $"booking-{Guid.NewGuid()}";
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()), new RequestOptions { IdempotencyKey = key });

        var error = await Assert.ThrowsAsync<StripeException>(() => PaymentIntents.ConfirmAsync(
            intent.Id, Payments.WithPaymentMethod("pm_card_visa"), new RequestOptions { IdempotencyKey = key }));

        Assert.Equal("idempotency_error", error.StripeError.Type);
    }

    [Fact]
    public async Task A_retried_declined_confirmation_replays_the_decline_without_charging_again()
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));
        var key = $"confirm-{Guid.NewGuid()}";
        var confirm = Payments.WithPaymentMethod("pm_card_chargeDeclined");

        var first = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, confirm, new RequestOptions { IdempotencyKey = key }));
        var second = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, confirm, new RequestOptions { IdempotencyKey = key }));

        Assert.Equal(System.Net.HttpStatusCode.PaymentRequired, second.HttpStatusCode);
        Assert.Equal(first.StripeError.Charge, second.StripeError.Charge);
        Assert.Equal(first.StripeError.PaymentIntent.LatestChargeId, (await PaymentIntents.GetAsync(intent.Id)).LatestChargeId);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_one_intent()
    {
        var key = $"booking-{Guid.NewGuid()}";
        var options = Payments.ForBooking(Payments.NewBookingId());

        var intents = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            PaymentIntents.CreateAsync(options, new RequestOptions { IdempotencyKey = key })));

        Assert.Single(intents.Select(i => i.Id).Distinct());
    }

    [Fact]
    public async Task Requests_that_fail_validation_are_not_saved_so_a_corrected_retry_works()
    {
        var key = $"booking-{Guid.NewGuid()}";
        var invalid = Payments.ForBooking(Payments.NewBookingId());
        invalid.Currency = null;
        await Assert.ThrowsAsync<StripeException>(() => PaymentIntents.CreateAsync(invalid, new RequestOptions { IdempotencyKey = key }));

        var valid = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()), new RequestOptions { IdempotencyKey = key });

        Assert.StartsWith("pi_", valid.Id);
    }
}
