using Stripe;

namespace SkyHighBooker.StripeStandIn.Tests;

/// <summary>Requests as the Api would send them through Stripe.net.</summary>
public static class Payments
{
    public const long FareInCents = 24_900;

    /// <summary>A booking's PaymentIntent: card only, no redirect-based methods (so no return_url needed).</summary>
    public static PaymentIntentCreateOptions ForBooking(string bookingId, long amount = FareInCents) => new()
    {
        Amount = amount,
        Currency = "eur",
        Description = $"Sky High Booker booking {bookingId}",
        Metadata = new Dictionary<string, string> { ["booking_id"] = bookingId },
        AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true, AllowRedirects = "never" },
    };

    /// <summary>Raw card data, as a card form posts it (Stripe.net has no typed field for it, so extra params).</summary>
    public static PaymentIntentConfirmOptions WithCard(string number, long expMonth = 12, long? expYear = null, string cvc = "123")
    {
        var options = new PaymentIntentConfirmOptions();
        options.AddExtraParam("payment_method_data", new Dictionary<string, object>
        {
            ["type"] = "card",
            ["card"] = new Dictionary<string, object>
            {
                ["number"] = number,
                ["exp_month"] = expMonth.ToString(),
                ["exp_year"] = (expYear ?? DateTime.UtcNow.Year + 2).ToString(),
                ["cvc"] = cvc,
            },
        });
        return options;
    }

    public static PaymentIntentConfirmOptions WithPaymentMethod(string paymentMethodId) => new() { PaymentMethod = paymentMethodId };

    public static string NewBookingId() => Guid.NewGuid().ToString();
}
