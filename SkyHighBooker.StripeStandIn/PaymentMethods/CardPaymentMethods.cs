using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.PaymentMethods;

/// <summary>
/// Makes card PaymentMethods from raw card details (<c>type=card&amp;card[number]=...</c>, or the same under
/// <c>payment_method_data[...]</c>) or from Stripe's test ids (<c>pm_card_visa</c>), and finds saved ones.
/// Invalid card details fail as Stripe fails them: a 402 card_error (incorrect_number, invalid_expiry_month, ...).
/// </summary>
public sealed class CardPaymentMethods(TestModeAccount account, TimeProvider clock)
{
    /// <summary>Reads card details under <paramref name="prefix"/> ("" or "payment_method_data") and saves the PaymentMethod.</summary>
    public PaymentMethod CreateFromCardDetails(StripeForm form, string prefix)
    {
        var type = form.String(Name(prefix, "type")) ?? throw StripeErrors.MissingParam(Name(prefix, "type"));
        if (type != "card")
        {
            throw StripeErrors.Invalid(
                $"The Stripe stand-in supports only card PaymentMethods, not '{type}'.", Name(prefix, "type"));
        }
        if (form.String(Name(prefix, "card[token]")) is not null)
        {
            throw StripeErrors.Invalid(
                "The Stripe stand-in does not support card tokens; send card[number], card[exp_month], card[exp_year] " +
                "and card[cvc], or use a test PaymentMethod id such as pm_card_visa.", Name(prefix, "card[token]"));
        }

        var number = (form.String(Name(prefix, "card[number]")) ?? throw StripeErrors.MissingParam(Name(prefix, "card[number]")))
            .Replace(" ", "").Replace("-", "");
        var expMonth = form.Integer(Name(prefix, "card[exp_month]")) ?? throw StripeErrors.MissingParam(Name(prefix, "card[exp_month]"));
        var expYear = form.Integer(Name(prefix, "card[exp_year]")) ?? throw StripeErrors.MissingParam(Name(prefix, "card[exp_year]"));
        var cvc = form.String(Name(prefix, "card[cvc]"));

        var card = CheckCard(number, expMonth, expYear < 100 ? 2000 + expYear : expYear, cvc);
        var billing = new BillingDetails
        {
            Name = form.String(Name(prefix, "billing_details[name]")),
            Email = form.String(Name(prefix, "billing_details[email]")),
            Phone = form.String(Name(prefix, "billing_details[phone]")),
            Address = new Address
            {
                City = form.String(Name(prefix, "billing_details[address][city]")),
                Country = form.String(Name(prefix, "billing_details[address][country]")),
                Line1 = form.String(Name(prefix, "billing_details[address][line1]")),
                Line2 = form.String(Name(prefix, "billing_details[address][line2]")),
                PostalCode = form.String(Name(prefix, "billing_details[address][postal_code]")),
                State = form.String(Name(prefix, "billing_details[address][state]")),
            },
        };
        return Save(card, expMonth, expYear < 100 ? 2000 + expYear : expYear, cvc is not null, billing,
            Metadata.FromForm(form, Name(prefix, "metadata")));
    }

    /// <summary>
    /// A PaymentMethod by id: a test id such as <c>pm_card_visa</c> makes a new one (as Stripe does), a
    /// <c>pm_...</c> saved earlier is found, anything else is a 404 resource_missing.
    /// </summary>
    public PaymentMethod Resolve(string id, string param)
    {
        if (TestCards.FindByPaymentMethodId(id) is { } testCard)
        {
            var now = clock.GetUtcNow();
            return Save(testCard, 12, now.Year + 3, cvcGiven: true, new BillingDetails(), new Dictionary<string, string>());
        }
        return account.PaymentMethods.TryGetValue(id, out var saved)
            ? saved
            : throw StripeErrors.ResourceMissing("PaymentMethod", id, param);
    }

    private TestCard CheckCard(string number, long expMonth, long expYear, string? cvc)
    {
        if (!number.All(char.IsAsciiDigit) || !PassesLuhn(number) || TestCards.FindByNumber(number) is not { } card)
        {
            throw CardError("incorrect_number", "Your card number is incorrect.", "number");
        }
        if (expMonth is < 1 or > 12)
        {
            throw CardError("invalid_expiry_month", "Your card's expiration month is invalid.", "exp_month");
        }
        var now = clock.GetUtcNow();
        if (expYear < now.Year || expYear > now.Year + 50)
        {
            throw CardError("invalid_expiry_year", "Your card's expiration year is invalid.", "exp_year");
        }
        if (expYear == now.Year && expMonth < now.Month)
        {
            throw CardError("invalid_expiry_month", "Your card's expiration month is invalid.", "exp_month");
        }
        if (cvc is not null && (cvc.Length is < 3 or > 4 || !cvc.All(char.IsAsciiDigit)))
        {
            throw CardError("invalid_cvc", "Your card's security code is invalid.", "cvc");
        }
        return card;
    }

    private PaymentMethod Save(TestCard card, long expMonth, long expYear, bool cvcGiven, BillingDetails billing,
        IReadOnlyDictionary<string, string> metadata)
    {
        var paymentMethod = new PaymentMethod
        {
            Id = StripeIds.New("pm"),
            BillingDetails = billing,
            Card = new CardDetails
            {
                Brand = card.Brand,
                Checks = new CardChecks { CvcCheck = cvcGiven ? "pass" : null },
                Country = card.Country,
                DisplayBrand = card.Brand == "amex" ? "american_express" : card.Brand,
                ExpMonth = expMonth,
                ExpYear = expYear,
                Fingerprint = Fingerprint(card.Number),
                Funding = card.Funding,
                Last4 = card.Last4,
                Networks = new CardNetworks([card.Brand], null),
            },
            Created = clock.UnixTime(),
            Metadata = metadata,
            TestCard = card,
        };
        account.PaymentMethods[paymentMethod.Id] = paymentMethod;
        return paymentMethod;
    }

    private static StripeApiException CardError(string code, string message, string param) =>
        StripeErrors.Card(new StripeError
        {
            Type = StripeErrors.CardError,
            Code = code,
            DocUrl = StripeErrors.Doc(code),
            Message = message,
            Param = param,
        });

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return digits.Length >= 12 && sum % 10 == 0;
    }

    private static string Fingerprint(string number)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes("stand-in:" + number));
        return new string(Convert.ToBase64String(hash).Where(char.IsAsciiLetterOrDigit).Take(16).ToArray());
    }

    /// <summary>"card[number]" under "payment_method_data" is "payment_method_data[card][number]".</summary>
    private static string Name(string prefix, string name)
    {
        if (prefix.Length == 0)
        {
            return name;
        }
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? $"{prefix}[{name}]" : $"{prefix}[{name[..bracket]}]{name[bracket..]}";
    }
}
