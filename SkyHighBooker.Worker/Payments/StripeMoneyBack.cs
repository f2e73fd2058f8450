using Stripe;

namespace SkyHighBooker.Worker.Payments;

/// <summary>
/// The two things a payment job asks of Stripe, each safe to repeat: its Stripe idempotency key is the PaymentIntent's,
/// so a retry after a crash or a lost answer gets the first attempt's refund rather than a second one.
/// </summary>
public sealed class StripeMoneyBack(Lazy<StripeClient> stripe)
{
    public async Task<StripeOutcome> RefundAsync(string intentId, CancellationToken ct)
    {
        try
        {
            var refund = await stripe.Value.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intentId },
                new RequestOptions { IdempotencyKey = $"refund-{intentId}" }, ct);
            return StripeOutcome.RefundMade(refund.Id);
        }
        catch (StripeException error) when (error.StripeError?.Code == "charge_already_refunded")
        {
            return StripeOutcome.RefundMade(null); // refunded before, past the idempotency key's 24 hours
        }
    }

    /// <summary>Closes an open intent; one the payer completed after all is refunded instead.</summary>
    public async Task<StripeOutcome> CloseAsync(string intentId, CancellationToken ct)
    {
        var intent = await stripe.Value.V1.PaymentIntents.GetAsync(intentId, cancellationToken: ct);
        switch (intent.Status)
        {
            case "succeeded":
                return await RefundAsync(intentId, ct);
            case "canceled":
                return StripeOutcome.IntentClosed;
            default:
                // If the payer completes it between the read and this call, Stripe refuses the cancel and the job's next
                // try finds it succeeded and refunds it.
                await stripe.Value.V1.PaymentIntents.CancelAsync(intentId, new PaymentIntentCancelOptions { CancellationReason = "abandoned" },
                    new RequestOptions { IdempotencyKey = $"cancel-{intentId}" }, ct);
                return StripeOutcome.IntentClosed;
        }
    }
}
