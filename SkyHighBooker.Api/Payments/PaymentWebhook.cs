using Stripe;

namespace SkyHighBooker.Api.Payments;

/// <summary>Stripe's events about PaymentIntents, applied by <see cref="PaymentSettlement"/>; other events are acknowledged and ignored.</summary>
public sealed class PaymentWebhook(PaymentSettlement settlement)
{
    public async Task HandleAsync(Event stripeEvent, CancellationToken ct)
    {
        if (stripeEvent.Data.Object is not PaymentIntent intent) return;
        if (stripeEvent.Type is EventTypes.PaymentIntentSucceeded or EventTypes.PaymentIntentPaymentFailed or EventTypes.PaymentIntentCanceled)
        {
            await settlement.ApplyAsync(intent, ct);
        }
    }
}
