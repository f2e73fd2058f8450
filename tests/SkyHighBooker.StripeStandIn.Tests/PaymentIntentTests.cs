using Stripe;

namespace SkyHighBooker.StripeStandIn.Tests;

[Collection(StripeStandInCollection.Name)]
public sealed class PaymentIntentTests(StripeStandInFixture server)
{
    private PaymentIntentService PaymentIntents => server.Client.V1.PaymentIntents;

    [Fact]
    public async Task Creating_a_payment_intent_answers_like_Stripe()
    {
        var bookingId = Payments.NewBookingId();

        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(bookingId));

        Assert.StartsWith("pi_", intent.Id);
        Assert.StartsWith($"{intent.Id}_secret_", intent.ClientSecret);
        Assert.Equal("payment_intent", intent.Object);
        Assert.Equal(Payments.FareInCents, intent.Amount);
        Assert.Equal(0, intent.AmountReceived);
        Assert.Equal("eur", intent.Currency);
        Assert.Equal("requires_payment_method", intent.Status);
        Assert.Equal(bookingId, intent.Metadata["booking_id"]);
        Assert.False(intent.Livemode);
        Assert.Null(intent.LatestChargeId);
        Assert.Null(intent.PaymentMethodId);
        Assert.Null(intent.LastPaymentError);
        Assert.True(intent.AutomaticPaymentMethods.Enabled);
        Assert.InRange(intent.Created, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.StartsWith("req_", intent.StripeResponse.RequestId);
    }

    [Fact]
    public async Task Confirming_with_the_4242_test_card_succeeds()
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var confirmed = await PaymentIntents.ConfirmAsync(intent.Id, Payments.WithCard("4242424242424242"));

        Assert.Equal("succeeded", confirmed.Status);
        Assert.Equal(intent.Amount, confirmed.AmountReceived);
        Assert.StartsWith("ch_", confirmed.LatestChargeId);
        Assert.StartsWith("pm_", confirmed.PaymentMethodId);
        Assert.Null(confirmed.LastPaymentError);

        var fetched = await PaymentIntents.GetAsync(intent.Id);
        Assert.Equal("succeeded", fetched.Status);
    }

    [Fact]
    public async Task Confirming_with_pm_card_visa_succeeds_and_the_charge_can_be_expanded()
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var options = Payments.WithPaymentMethod("pm_card_visa");
        options.AddExpand("latest_charge");
        options.AddExpand("payment_method");
        var confirmed = await PaymentIntents.ConfirmAsync(intent.Id, options);

        Assert.Equal("succeeded", confirmed.Status);
        Assert.NotEqual("pm_card_visa", confirmed.PaymentMethodId);
        Assert.Equal("visa", confirmed.PaymentMethod.Card.Brand);
        Assert.Equal("4242", confirmed.PaymentMethod.Card.Last4);
        Assert.Equal("succeeded", confirmed.LatestCharge.Status);
        Assert.Equal(intent.Amount, confirmed.LatestCharge.AmountCaptured);
        Assert.Equal(intent.Id, confirmed.LatestCharge.PaymentIntentId);
    }

    [Fact]
    public async Task Creating_with_confirm_and_a_payment_method_succeeds_in_one_call()
    {
        var options = Payments.ForBooking(Payments.NewBookingId());
        options.Confirm = true;
        options.PaymentMethod = "pm_card_mastercard";

        var intent = await PaymentIntents.CreateAsync(options);

        Assert.Equal("succeeded", intent.Status);
        Assert.Equal(options.Amount, intent.AmountReceived);
    }

    [Fact]
    public async Task The_0002_card_is_declined_and_the_intent_goes_back_to_requires_payment_method()
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var declined = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, Payments.WithCard("4000000000000002")));

        Assert.Equal(System.Net.HttpStatusCode.PaymentRequired, declined.HttpStatusCode);
        Assert.Equal("card_error", declined.StripeError.Type);
        Assert.Equal("card_declined", declined.StripeError.Code);
        Assert.Equal("generic_decline", declined.StripeError.DeclineCode);
        Assert.Equal("Your card was declined.", declined.StripeError.Message);
        Assert.Equal(intent.Id, declined.StripeError.PaymentIntent.Id);
        Assert.Equal("requires_payment_method", declined.StripeError.PaymentIntent.Status);
        Assert.Equal("0002", declined.StripeError.PaymentMethod.Card.Last4);

        var afterwards = await PaymentIntents.GetAsync(intent.Id);
        Assert.Equal("requires_payment_method", afterwards.Status);
        Assert.Equal(0, afterwards.AmountReceived);
        Assert.Equal("generic_decline", afterwards.LastPaymentError.DeclineCode);
        Assert.Null(afterwards.PaymentMethodId);
    }

    [Fact]
    public async Task The_9995_card_is_declined_for_insufficient_funds_and_a_retry_with_a_good_card_succeeds()
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var declined = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, Payments.WithCard("4000 0000 0000 9995")));
        Assert.Equal("card_declined", declined.StripeError.Code);
        Assert.Equal("insufficient_funds", declined.StripeError.DeclineCode);
        Assert.Equal("Your card has insufficient funds.", declined.StripeError.Message);

        var retried = await PaymentIntents.ConfirmAsync(intent.Id, Payments.WithCard("4242424242424242"));
        Assert.Equal("succeeded", retried.Status);
        Assert.Null(retried.LastPaymentError);
    }

    [Theory]
    [InlineData("pm_card_chargeDeclined", "card_declined", "generic_decline")]
    [InlineData("pm_card_chargeDeclinedInsufficientFunds", "card_declined", "insufficient_funds")]
    [InlineData("pm_card_chargeDeclinedExpiredCard", "expired_card", "expired_card")]
    public async Task Declining_test_payment_methods_fail_with_their_codes(string paymentMethod, string code, string declineCode)
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var declined = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod(paymentMethod)));

        Assert.Equal(code, declined.StripeError.Code);
        Assert.Equal(declineCode, declined.StripeError.DeclineCode);
    }

    [Theory]
    [InlineData("4111111111111112")] // fails the Luhn check
    [InlineData("4111111111111111")] // a real-looking number that is not a Stripe test card
    public async Task Unknown_card_numbers_are_incorrect(string number)
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var error = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, Payments.WithCard(number)));

        Assert.Equal(System.Net.HttpStatusCode.PaymentRequired, error.HttpStatusCode);
        Assert.Equal("incorrect_number", error.StripeError.Code);
        Assert.Equal("requires_payment_method", error.StripeError.PaymentIntent.Status);
    }

    [Fact]
    public async Task An_expired_card_date_is_refused()
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var error = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, Payments.WithCard("4242424242424242", expYear: DateTime.UtcNow.Year - 1)));

        Assert.Equal("invalid_expiry_year", error.StripeError.Code);
    }

    [Fact]
    public async Task Confirming_an_intent_that_already_succeeded_is_an_unexpected_state()
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));
        await PaymentIntents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa"));

        var error = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa")));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
        Assert.Equal("payment_intent_unexpected_state", error.StripeError.Code);
        Assert.Equal("succeeded", error.StripeError.PaymentIntent.Status);
    }

    [Fact]
    public async Task Intents_that_allow_redirects_need_a_return_url_to_be_confirmed_as_on_Stripe()
    {
        var options = Payments.ForBooking(Payments.NewBookingId());
        options.AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true };
        var intent = await PaymentIntents.CreateAsync(options);

        var error = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa")));
        Assert.Equal("return_url", error.StripeError.Param);

        var withReturnUrl = Payments.WithPaymentMethod("pm_card_visa");
        withReturnUrl.ReturnUrl = "http://localhost:5173/bookings/done";
        Assert.Equal("succeeded", (await PaymentIntents.ConfirmAsync(intent.Id, withReturnUrl)).Status);
    }

    [Fact]
    public async Task Canceling_an_unpaid_intent_stops_it_from_being_confirmed()
    {
        var intent = await PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var canceled = await PaymentIntents.CancelAsync(intent.Id,
            new PaymentIntentCancelOptions { CancellationReason = "abandoned" });

        Assert.Equal("canceled", canceled.Status);
        Assert.Equal("abandoned", canceled.CancellationReason);
        var error = await Assert.ThrowsAsync<StripeException>(
            () => PaymentIntents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa")));
        Assert.Equal("payment_intent_unexpected_state", error.StripeError.Code);
    }

    [Fact]
    public async Task Bad_parameters_are_invalid_request_errors()
    {
        var zero = Payments.ForBooking(Payments.NewBookingId(), amount: 0);
        var error = await Assert.ThrowsAsync<StripeException>(() => PaymentIntents.CreateAsync(zero));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
        Assert.Equal("amount", error.StripeError.Param);

        var noCurrency = Payments.ForBooking(Payments.NewBookingId());
        noCurrency.Currency = null;
        error = await Assert.ThrowsAsync<StripeException>(() => PaymentIntents.CreateAsync(noCurrency));
        Assert.Equal("parameter_missing", error.StripeError.Code);
        Assert.Equal("currency", error.StripeError.Param);
    }

    [Fact]
    public async Task An_unknown_intent_is_resource_missing()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => PaymentIntents.GetAsync("pi_does_not_exist"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.HttpStatusCode);
        Assert.Equal("resource_missing", error.StripeError.Code);
    }
}
