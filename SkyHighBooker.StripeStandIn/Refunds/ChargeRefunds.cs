using SkyHighBooker.StripeStandIn.Events;
using SkyHighBooker.StripeStandIn.Infrastructure;
using SkyHighBooker.StripeStandIn.PaymentIntents;

namespace SkyHighBooker.StripeStandIn.Refunds;

/// <summary>
/// Refunds all or part of a succeeded PaymentIntent's charge. Under the account's lock, so concurrent refunds
/// never add up to more than was received. Announces <c>charge.refunded</c> and <c>refund.created</c>.
/// </summary>
public sealed class ChargeRefunds(TestModeAccount account, EventLog events, TimeProvider clock)
{
    public Refund Create(CreateRefund request, ApiRequest origin)
    {
        lock (account.Changes)
        {
            var charge = FindCharge(request);
            var refundable = charge.Refundable;
            if (charge.Status != "succeeded")
            {
                throw StripeErrors.UnexpectedState("charge_not_refundable",
                    $"Charge {charge.Id} has not succeeded, so there is nothing to refund.");
            }
            if (refundable == 0)
            {
                throw StripeErrors.UnexpectedState("charge_already_refunded", $"Charge {charge.Id} has already been refunded.");
            }
            var amount = request.Amount ?? refundable;
            if (amount > refundable)
            {
                throw StripeErrors.UnexpectedState("amount_too_large",
                    $"Refund amount ({Money(amount, charge.Currency)}) is greater than unrefunded amount on charge " +
                    $"({Money(refundable, charge.Currency)})", "amount");
            }

            var refund = new Refund
            {
                Id = StripeIds.New("re"),
                Amount = amount,
                Charge = charge.Id,
                Created = clock.UnixTime(),
                Currency = charge.Currency,
                Metadata = request.Metadata,
                PaymentIntent = charge.PaymentIntent,
                Reason = request.Reason,
            };
            account.Refunds[refund.Id] = refund;
            var refundedCharge = charge with
            {
                AmountRefunded = charge.AmountRefunded + amount,
                Refunded = charge.AmountRefunded + amount == charge.Amount,
            };
            account.Charges[charge.Id] = refundedCharge;

            events.Publish(EventTypes.ChargeRefunded, refundedCharge, origin);
            events.Publish(EventTypes.RefundCreated, refund, origin);
            return refund;
        }
    }

    private Charges.Charge FindCharge(CreateRefund request)
    {
        if (request.Charge is { } chargeId)
        {
            var charge = account.Charges.GetValueOrDefault(chargeId)
                         ?? throw StripeErrors.ResourceMissing("charge", chargeId, "charge");
            if (request.PaymentIntent is not null && request.PaymentIntent != charge.PaymentIntent)
            {
                throw StripeErrors.Invalid($"Charge {chargeId} does not belong to PaymentIntent {request.PaymentIntent}.", "charge");
            }
            return charge;
        }

        var intentId = request.PaymentIntent!;
        var intent = account.PaymentIntents.GetValueOrDefault(intentId)
                     ?? throw StripeErrors.ResourceMissing("payment_intent", intentId, "payment_intent");
        if (intent.Status != PaymentIntentStatus.Succeeded || intent.LatestCharge is null)
        {
            throw StripeErrors.UnexpectedState("payment_intent_unexpected_state",
                $"This PaymentIntent ({intent.Id}) does not have a successful charge to refund (its status is {intent.Status}).",
                "payment_intent");
        }
        return account.Charges[intent.LatestCharge];
    }

    private static string Money(long minorUnits, string currency) =>
        $"{minorUnits / 100m:0.00} {currency.ToUpperInvariant()}";
}
