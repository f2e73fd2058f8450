using SkyHighBooker.StripeStandIn.Infrastructure;
using SkyHighBooker.StripeStandIn.PaymentIntents;
using SkyHighBooker.StripeStandIn.PaymentMethods;

namespace SkyHighBooker.StripeStandIn.Charges;

/// <summary>Charges a test card: the card's <see cref="CardOutcome"/> decides whether the charge succeeds or fails.</summary>
public sealed class CardNetwork(TestModeAccount account, TimeProvider clock)
{
    public Charge Charge(PaymentIntent intent, PaymentMethod paymentMethod)
    {
        var outcome = paymentMethod.TestCard.Outcome;
        var card = paymentMethod.Card;
        var charge = new Charge
        {
            Id = StripeIds.New("ch"),
            Amount = intent.Amount,
            AmountCaptured = outcome.IsApproved ? intent.Amount : 0,
            AmountRefunded = 0,
            BillingDetails = paymentMethod.BillingDetails,
            Captured = outcome.IsApproved,
            Created = clock.UnixTime(),
            Currency = intent.Currency,
            Description = intent.Description,
            FailureCode = outcome.Code,
            FailureMessage = outcome.Message,
            Metadata = intent.Metadata,
            Outcome = outcome.IsApproved
                ? new ChargeOutcome("approved_by_network", null, "normal", 20, outcome.SellerMessage, "authorized")
                : new ChargeOutcome("declined_by_network", outcome.DeclineCode, "normal", 20, outcome.SellerMessage, "issuer_declined"),
            Paid = outcome.IsApproved,
            PaymentIntent = intent.Id,
            PaymentMethod = paymentMethod.Id,
            PaymentMethodDetails = new ChargePaymentMethodDetails(new ChargeCard(
                card.Brand, card.Checks, card.Country, card.ExpMonth, card.ExpYear, card.Fingerprint, card.Funding,
                card.Last4, card.Brand)),
            ReceiptEmail = intent.ReceiptEmail,
            Refunded = false,
            Status = outcome.IsApproved ? "succeeded" : "failed",
        };
        account.Charges[charge.Id] = charge;
        return charge;
    }
}
