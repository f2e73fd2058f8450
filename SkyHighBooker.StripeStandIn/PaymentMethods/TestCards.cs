namespace SkyHighBooker.StripeStandIn.PaymentMethods;

/// <summary>What the card network answers when a test card is charged.</summary>
/// <param name="Code">The error code (card_declined, expired_card, ...); null when approved.</param>
public sealed record CardOutcome(string? Code, string? DeclineCode, string? Message, string? SellerMessage)
{
    public static readonly CardOutcome Approved = new(null, null, null, "Payment complete.");

    public bool IsApproved => Code is null;

    public static CardOutcome Declined(string code, string declineCode, string message) =>
        new(code, declineCode, message, "The bank did not return any further details with this decline.");
}

/// <summary>A card number from Stripe's test-card list and how charges to it end.</summary>
public sealed record TestCard(string Number, string Brand, string Funding, string Country, CardOutcome Outcome)
{
    public string Last4 => Number[^4..];
}

/// <summary>
/// Stripe's documented test cards (https://docs.stripe.com/testing) and test PaymentMethod ids
/// (<c>pm_card_visa</c>, <c>pm_card_chargeDeclined</c>, ...), with the outcomes Stripe gives them.
/// Any other card number is answered with <c>incorrect_number</c>.
/// </summary>
public static class TestCards
{
    private static readonly CardOutcome GenericDecline =
        CardOutcome.Declined("card_declined", "generic_decline", "Your card was declined.");
    private static readonly CardOutcome InsufficientFunds =
        CardOutcome.Declined("card_declined", "insufficient_funds", "Your card has insufficient funds.");
    private static readonly CardOutcome LostCard =
        CardOutcome.Declined("card_declined", "lost_card", "Your card was declined.");
    private static readonly CardOutcome StolenCard =
        CardOutcome.Declined("card_declined", "stolen_card", "Your card was declined.");
    private static readonly CardOutcome ExpiredCard =
        CardOutcome.Declined("expired_card", "expired_card", "Your card has expired.");
    private static readonly CardOutcome IncorrectCvc =
        CardOutcome.Declined("incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect.");
    private static readonly CardOutcome ProcessingError =
        CardOutcome.Declined("processing_error", "processing_error",
            "An error occurred while processing your card. Try again in a little bit.");

    public static readonly IReadOnlyList<TestCard> All =
    [
        new("4242424242424242", "visa", "credit", "US", CardOutcome.Approved),
        new("4000056655665556", "visa", "debit", "US", CardOutcome.Approved),
        new("5555555555554444", "mastercard", "credit", "US", CardOutcome.Approved),
        new("378282246310005", "amex", "credit", "US", CardOutcome.Approved),
        new("4000000000000077", "visa", "credit", "US", CardOutcome.Approved),
        new("4000000000000002", "visa", "credit", "US", GenericDecline),
        new("4000000000009995", "visa", "credit", "US", InsufficientFunds),
        new("4000000000009987", "visa", "credit", "US", LostCard),
        new("4000000000009979", "visa", "credit", "US", StolenCard),
        new("4000000000000069", "visa", "credit", "US", ExpiredCard),
        new("4000000000000127", "visa", "credit", "US", IncorrectCvc),
        new("4000000000000119", "visa", "credit", "US", ProcessingError),
    ];

    /// <summary>Stripe's test PaymentMethod ids and the card each stands for.</summary>
    public static readonly IReadOnlyDictionary<string, string> PaymentMethodIds = new Dictionary<string, string>
    {
        ["pm_card_visa"] = "4242424242424242",
        ["pm_card_visa_debit"] = "4000056655665556",
        ["pm_card_mastercard"] = "5555555555554444",
        ["pm_card_amex"] = "378282246310005",
        ["pm_card_bypassPending"] = "4000000000000077",
        ["pm_card_chargeDeclined"] = "4000000000000002",
        ["pm_card_chargeDeclinedInsufficientFunds"] = "4000000000009995",
        ["pm_card_chargeDeclinedLostCard"] = "4000000000009987",
        ["pm_card_chargeDeclinedStolenCard"] = "4000000000009979",
        ["pm_card_chargeDeclinedExpiredCard"] = "4000000000000069",
        ["pm_card_chargeDeclinedIncorrectCvc"] = "4000000000000127",
        ["pm_card_chargeDeclinedProcessingError"] = "4000000000000119",
    };

    public static TestCard? FindByNumber(string number) => All.FirstOrDefault(c => c.Number == number);

    public static TestCard? FindByPaymentMethodId(string id) =>
        PaymentMethodIds.TryGetValue(id, out var number) ? FindByNumber(number) : null;
}
