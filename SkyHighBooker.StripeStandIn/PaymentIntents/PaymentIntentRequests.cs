using System.Text.RegularExpressions;
using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.PaymentIntents;

/// <summary>The parameters of <c>POST /v1/payment_intents</c> (its payment method and return_url are read as for a confirm).</summary>
public sealed partial record CreatePaymentIntent(
    long Amount,
    string Currency,
    string? Description,
    IReadOnlyDictionary<string, string> Metadata,
    AutomaticPaymentMethods? AutomaticPaymentMethods,
    IReadOnlyList<string> PaymentMethodTypes,
    string? ReceiptEmail,
    string? StatementDescriptor,
    string? StatementDescriptorSuffix,
    bool Confirm)
{
    /// <summary>Stripe's minimum charge amounts for common currencies (the equivalent of 0.50 USD).</summary>
    private static readonly IReadOnlyDictionary<string, long> MinimumAmounts = new Dictionary<string, long>
    {
        ["usd"] = 50, ["eur"] = 50, ["chf"] = 50, ["cad"] = 50, ["aud"] = 50, ["nzd"] = 50, ["sgd"] = 50,
        ["gbp"] = 30, ["dkk"] = 250, ["nok"] = 300, ["sek"] = 300, ["pln"] = 200, ["jpy"] = 50,
    };

    public static CreatePaymentIntent FromForm(StripeForm form)
    {
        var amount = form.Integer("amount") ?? throw StripeErrors.MissingParam("amount");
        var currency = form.RequiredString("currency").ToLowerInvariant();
        if (!CurrencyCode().IsMatch(currency))
        {
            throw StripeErrors.Invalid($"Invalid currency: {currency}. Stripe currencies are three-letter ISO codes.", "currency");
        }
        if (amount <= 0)
        {
            throw StripeErrors.Invalid("This value must be greater than or equal to 1.", "amount", "parameter_invalid_integer");
        }
        if (MinimumAmounts.TryGetValue(currency, out var minimum) && amount < minimum)
        {
            throw StripeErrors.Invalid(
                $"Amount must be at least {minimum} {currency} minor units.", "amount", "amount_too_small");
        }

        var types = form.List("payment_method_types");
        AutomaticPaymentMethods? automatic = null;
        if (form.Has("automatic_payment_methods"))
        {
            if (types.Count > 0)
            {
                throw StripeErrors.Invalid(
                    "You may only specify one of these parameters: automatic_payment_methods, payment_method_types.",
                    "automatic_payment_methods");
            }
            var enabled = form.Boolean("automatic_payment_methods[enabled]")
                          ?? throw StripeErrors.MissingParam("automatic_payment_methods[enabled]");
            var redirects = form.String("automatic_payment_methods[allow_redirects]") ?? "always";
            if (redirects is not ("always" or "never"))
            {
                throw StripeErrors.Invalid($"Invalid allow_redirects: must be one of always or never",
                    "automatic_payment_methods[allow_redirects]");
            }
            automatic = enabled ? new AutomaticPaymentMethods(true, redirects) : null;
        }
        else if (types.Count == 0)
        {
            // As on Stripe since API version 2023-08-16: without either parameter, the Dashboard's payment methods apply.
            automatic = new AutomaticPaymentMethods(true, "always");
        }
        if (types.Any(t => t != "card"))
        {
            throw StripeErrors.Invalid("The Stripe stand-in supports only the card payment method type.", "payment_method_types");
        }

        var captureMethod = form.String("capture_method");
        if (captureMethod is not (null or "automatic" or "automatic_async"))
        {
            throw StripeErrors.Invalid(
                $"The Stripe stand-in supports only automatic capture, not capture_method={captureMethod}.", "capture_method");
        }

        return new CreatePaymentIntent(
            amount,
            currency,
            form.String("description"),
            Infrastructure.Metadata.FromForm(form, "metadata"),
            automatic,
            types.Count > 0 ? types : ["card"],
            form.String("receipt_email"),
            form.String("statement_descriptor"),
            form.String("statement_descriptor_suffix"),
            form.Boolean("confirm") ?? false);
    }

    [GeneratedRegex("^[a-z]{3}$")]
    private static partial Regex CurrencyCode();
}

/// <summary>The payment method a create or confirm names: an id, card details, or neither.</summary>
public sealed record PaymentMethodChoice(string? PaymentMethodId, bool HasPaymentMethodData, StripeForm Form)
{
    public const string DataParam = "payment_method_data";

    public bool IsGiven => PaymentMethodId is not null || HasPaymentMethodData;

    public static PaymentMethodChoice FromForm(StripeForm form)
    {
        var choice = new PaymentMethodChoice(form.String("payment_method"), form.Has(DataParam), form);
        if (choice.PaymentMethodId is not null && choice.HasPaymentMethodData)
        {
            throw StripeErrors.Invalid(
                "You cannot specify both payment_method and payment_method_data. Specify one or the other.", DataParam);
        }
        return choice;
    }
}

/// <summary>The parameters of <c>POST /v1/payment_intents/{id}/confirm</c>.</summary>
public sealed record ConfirmPaymentIntent(
    PaymentMethodChoice PaymentMethod,
    string? ReturnUrl,
    string? ReceiptEmail,
    string? ClientSecret)
{
    public static ConfirmPaymentIntent FromForm(StripeForm form) => new(
        PaymentMethodChoice.FromForm(form),
        form.String("return_url"),
        form.String("receipt_email"),
        form.String("client_secret"));
}
