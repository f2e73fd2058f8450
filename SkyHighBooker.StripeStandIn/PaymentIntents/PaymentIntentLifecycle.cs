using SkyHighBooker.StripeStandIn.ApiKeys;
using SkyHighBooker.StripeStandIn.Charges;
using SkyHighBooker.StripeStandIn.Events;
using SkyHighBooker.StripeStandIn.Infrastructure;
using SkyHighBooker.StripeStandIn.PaymentMethods;
using static SkyHighBooker.StripeStandIn.PaymentIntents.PaymentIntentStatus;

namespace SkyHighBooker.StripeStandIn.PaymentIntents;

/// <summary>
/// A PaymentIntent's life as Stripe leads it for cards with automatic capture: created
/// (requires_payment_method, or requires_confirmation with a payment method), confirmed (succeeded, or back to
/// requires_payment_method with last_payment_error after a decline), or canceled. Each change is made whole under
/// the account's lock and announced as an Event.
/// </summary>
public sealed class PaymentIntentLifecycle(
    TestModeAccount account,
    CardPaymentMethods paymentMethods,
    CardNetwork cardNetwork,
    EventLog events,
    TimeProvider clock)
{
    /// <summary>Creates an intent; with <c>confirm=true</c> it is confirmed at once with <paramref name="confirmation"/>'s payment method.</summary>
    public PaymentIntent Create(CreatePaymentIntent request, ConfirmPaymentIntent confirmation, ApiRequest origin)
    {
        lock (account.Changes)
        {
            var id = StripeIds.New("pi");
            var intent = new PaymentIntent
            {
                Id = id,
                Amount = request.Amount,
                AutomaticPaymentMethods = request.AutomaticPaymentMethods,
                Created = clock.UnixTime(),
                Currency = request.Currency,
                Description = request.Description,
                Metadata = request.Metadata,
                PaymentMethodTypes = request.PaymentMethodTypes,
                ReceiptEmail = request.ReceiptEmail,
                StatementDescriptor = request.StatementDescriptor,
                StatementDescriptorSuffix = request.StatementDescriptorSuffix,
                Status = RequiresPaymentMethod,
                ClientSecret = StripeIds.ClientSecret(id),
            };

            if (!request.Confirm)
            {
                if (confirmation.PaymentMethod.IsGiven)
                {
                    var paymentMethod = ResolvePaymentMethod(confirmation.PaymentMethod);
                    intent = intent with { PaymentMethod = paymentMethod.Id, Status = RequiresConfirmation };
                }
                return Save(intent);
            }

            CheckCanConfirm(intent, confirmation);
            Save(intent);
            return ConfirmLocked(intent, confirmation, origin);
        }
    }

    public PaymentIntent Find(string id, string? clientSecret, ApiKeyKind keyKind)
    {
        var intent = account.PaymentIntents.GetValueOrDefault(id)
                     ?? throw StripeErrors.ResourceMissing("payment_intent", id, "intent");
        CheckClientSecret(intent, clientSecret, keyKind);
        return intent;
    }

    public PaymentIntent Confirm(string id, ConfirmPaymentIntent confirmation, ApiKeyKind keyKind, ApiRequest origin)
    {
        lock (account.Changes)
        {
            var intent = Find(id, confirmation.ClientSecret, keyKind);
            CheckCanConfirm(intent, confirmation);
            return ConfirmLocked(intent, confirmation, origin);
        }
    }

    public PaymentIntent Cancel(string id, string? reason, ApiRequest origin)
    {
        lock (account.Changes)
        {
            var intent = Find(id, null, ApiKeyKind.Secret);
            if (!Cancelable.Contains(intent.Status))
            {
                throw StripeErrors.UnexpectedState("payment_intent_unexpected_state",
                        $"You cannot cancel this PaymentIntent because it has a status of {intent.Status}. Only a " +
                        $"PaymentIntent with one of the following statuses may be canceled: {string.Join(", ", Cancelable)}.")
                    .WithPaymentIntent(StripeJson.ToNode(intent));
            }
            intent = Save(intent with { Status = Canceled, CanceledAt = clock.UnixTime(), CancellationReason = reason });
            events.Publish(EventTypes.PaymentIntentCanceled, intent, origin);
            return intent;
        }
    }

    /// <summary>The checks Stripe makes before it tries a payment; failing them changes nothing.</summary>
    private static void CheckCanConfirm(PaymentIntent intent, ConfirmPaymentIntent confirmation)
    {
        if (!Confirmable.Contains(intent.Status))
        {
            throw StripeErrors.UnexpectedState("payment_intent_unexpected_state",
                    $"You cannot confirm this PaymentIntent because it has a status of {intent.Status}. Only a " +
                    $"PaymentIntent with one of the following statuses may be confirmed: {string.Join(", ", Confirmable)}.")
                .WithPaymentIntent(StripeJson.ToNode(intent));
        }
        if (intent.AutomaticPaymentMethods is { Enabled: true, AllowRedirects: not "never" } && confirmation.ReturnUrl is null)
        {
            throw StripeErrors.Invalid(
                "A `return_url` must be specified because this Payment Intent is configured to automatically accept " +
                "the payment methods enabled in the Dashboard, some of which may require a full page redirect to " +
                "succeed. If you do not want to accept redirect-based payment methods, set " +
                "`automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to " +
                "`never` when creating Setup Intents and Payment Intents.", "return_url");
        }
        if (!confirmation.PaymentMethod.IsGiven && intent.PaymentMethod is null)
        {
            throw StripeErrors.UnexpectedState("payment_intent_unexpected_state",
                    "You cannot confirm this PaymentIntent because it's missing a payment method. Update the " +
                    "PaymentIntent with a payment method and then confirm it again, or pass payment_method.")
                .WithPaymentIntent(StripeJson.ToNode(intent));
        }
    }

    private PaymentIntent ConfirmLocked(PaymentIntent intent, ConfirmPaymentIntent confirmation, ApiRequest origin)
    {
        PaymentMethod paymentMethod;
        try
        {
            paymentMethod = confirmation.PaymentMethod.IsGiven
                ? ResolvePaymentMethod(confirmation.PaymentMethod)
                : account.PaymentMethods[intent.PaymentMethod!];
        }
        catch (StripeApiException invalidCard) when (invalidCard.StatusCode == StatusCodes.Status402PaymentRequired)
        {
            // Card details Stripe refuses (incorrect_number, invalid_expiry_month, ...): the attempt fails.
            intent = Save(intent with { Status = RequiresPaymentMethod, PaymentMethod = null, LastPaymentError = invalidCard.Error });
            events.Publish(EventTypes.PaymentIntentPaymentFailed, intent, origin);
            throw invalidCard.WithPaymentIntent(StripeJson.ToNode(intent));
        }

        var charge = cardNetwork.Charge(intent, paymentMethod);
        if (paymentMethod.TestCard.Outcome.IsApproved)
        {
            intent = Save(intent with
            {
                Status = Succeeded,
                AmountReceived = intent.Amount,
                LatestCharge = charge.Id,
                PaymentMethod = paymentMethod.Id,
                LastPaymentError = null,
                ReceiptEmail = confirmation.ReceiptEmail ?? intent.ReceiptEmail,
            });
            events.Publish(EventTypes.ChargeSucceeded, charge, origin);
            events.Publish(EventTypes.PaymentIntentSucceeded, intent, origin);
            return intent;
        }

        var outcome = paymentMethod.TestCard.Outcome;
        var error = new StripeError
        {
            Type = StripeErrors.CardError,
            Code = outcome.Code,
            DeclineCode = outcome.DeclineCode,
            DocUrl = StripeErrors.Doc(outcome.Code),
            Message = outcome.Message!,
            Charge = charge.Id,
            PaymentMethod = StripeJson.ToNode(paymentMethod),
        };
        intent = Save(intent with
        {
            Status = RequiresPaymentMethod,
            LatestCharge = charge.Id,
            PaymentMethod = null,
            LastPaymentError = error,
        });
        events.Publish(EventTypes.ChargeFailed, charge, origin);
        events.Publish(EventTypes.PaymentIntentPaymentFailed, intent, origin);
        throw StripeErrors.Card(error with { PaymentIntent = StripeJson.ToNode(intent) });
    }

    private PaymentMethod ResolvePaymentMethod(PaymentMethodChoice choice) =>
        choice.PaymentMethodId is { } id
            ? paymentMethods.Resolve(id, "payment_method")
            : paymentMethods.CreateFromCardDetails(choice.Form, PaymentMethodChoice.DataParam);

    private PaymentIntent Save(PaymentIntent intent)
    {
        account.PaymentIntents[intent.Id] = intent;
        return intent;
    }

    /// <summary>
    /// With a publishable key (a browser, as Stripe.js), the caller must prove it holds the PaymentIntent's
    /// client_secret; with a secret key a client_secret is optional but must match when sent.
    /// </summary>
    private static void CheckClientSecret(PaymentIntent intent, string? clientSecret, ApiKeyKind keyKind)
    {
        if (clientSecret is null && keyKind == ApiKeyKind.Publishable)
        {
            throw StripeErrors.Invalid(
                "A publishable key can only be used with this PaymentIntent together with its client_secret.",
                "client_secret");
        }
        if (clientSecret is not null && clientSecret != intent.ClientSecret)
        {
            throw StripeErrors.Invalid(
                "The client_secret provided does not match the client_secret associated with the PaymentIntent.",
                "client_secret");
        }
    }
}
