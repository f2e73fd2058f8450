using Stripe;

namespace SkyHighBooker.StripeStandIn.Tests;

/// <summary>The browser confirms with the publishable key and the intent's client_secret, as Stripe.js does.</summary>
[Collection(StripeStandInCollection.Name)]
public sealed class BrowserConfirmationTests(StripeStandInFixture server)
{
    [Fact]
    public async Task The_publishable_key_with_the_client_secret_can_confirm()
    {
        var intent = await server.Client.V1.PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var confirm = Payments.WithCard("4242424242424242");
        confirm.AddExtraParam("client_secret", intent.ClientSecret);
        var confirmed = await server.BrowserClient.V1.PaymentIntents.ConfirmAsync(intent.Id, confirm);

        Assert.Equal("succeeded", confirmed.Status);
        Assert.Equal("succeeded", (await server.Client.V1.PaymentIntents.GetAsync(intent.Id)).Status);
    }

    [Fact]
    public async Task The_publishable_key_with_a_wrong_or_missing_client_secret_cannot_confirm()
    {
        var intent = await server.Client.V1.PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var wrong = Payments.WithPaymentMethod("pm_card_visa");
        wrong.AddExtraParam("client_secret", $"{intent.Id}_secret_wrong");
        var wrongError = await Assert.ThrowsAsync<StripeException>(
            () => server.BrowserClient.V1.PaymentIntents.ConfirmAsync(intent.Id, wrong));
        var missingError = await Assert.ThrowsAsync<StripeException>(
            () => server.BrowserClient.V1.PaymentIntents.ConfirmAsync(intent.Id, Payments.WithPaymentMethod("pm_card_visa")));

        Assert.Equal("client_secret", wrongError.StripeError.Param);
        Assert.Equal("client_secret", missingError.StripeError.Param);
        Assert.Equal("requires_payment_method", (await server.Client.V1.PaymentIntents.GetAsync(intent.Id)).Status);
    }

    [Fact]
    public async Task The_publishable_key_cannot_create_intents_or_refund()
    {
        var error = await Assert.ThrowsAsync<StripeException>(
            () => server.BrowserClient.V1.PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId())));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.HttpStatusCode);
    }

    [Fact]
    public async Task The_publishable_key_can_make_a_payment_method_to_confirm_with()
    {
        var intent = await server.Client.V1.PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));

        var paymentMethod = await server.BrowserClient.V1.PaymentMethods.CreateAsync(new PaymentMethodCreateOptions
        {
            Type = "card",
            Card = new PaymentMethodCardOptions { Number = "5555555555554444", ExpMonth = 4, ExpYear = DateTime.UtcNow.Year + 1, Cvc = "314" },
            BillingDetails = new PaymentMethodBillingDetailsOptions { Name = "Ada Lovelace" },
        });
        var confirm = Payments.WithPaymentMethod(paymentMethod.Id);
        confirm.AddExtraParam("client_secret", intent.ClientSecret);
        var confirmed = await server.BrowserClient.V1.PaymentIntents.ConfirmAsync(intent.Id, confirm);

        Assert.Equal("mastercard", paymentMethod.Card.Brand);
        Assert.Equal("Ada Lovelace", paymentMethod.BillingDetails.Name);
        Assert.Equal("succeeded", confirmed.Status);
        Assert.Equal(paymentMethod.Id, confirmed.PaymentMethodId);
    }
}
