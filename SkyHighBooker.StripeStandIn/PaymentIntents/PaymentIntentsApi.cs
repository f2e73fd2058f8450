using SkyHighBooker.StripeStandIn.ApiKeys;
using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.PaymentIntents;

/// <summary>
/// <c>/v1/payment_intents</c>: create, retrieve, confirm (also from a browser with the publishable key and the
/// client_secret) and cancel. <c>expand[]</c> works for latest_charge and payment_method.
/// </summary>
public static class PaymentIntentsApi
{
    public static IEndpointRouteBuilder MapPaymentIntentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/payment_intents");
        api.MapPost("/", CreateAsync);
        api.MapGet("/{id}", RetrieveAsync).AllowPublishableKey();
        api.MapPost("/{id}/confirm", ConfirmAsync).AllowPublishableKey();
        api.MapPost("/{id}/cancel", CancelAsync);
        return app;
    }

    public static async Task<IResult> CreateAsync(HttpContext context, PaymentIntentLifecycle lifecycle, TestModeAccount account)
    {
        var form = await StripeForm.ReadAsync(context);
        var expansion = Expandable(account);
        var expand = expansion.RequestedFields(form);
        var intent = lifecycle.Create(CreatePaymentIntent.FromForm(form), ConfirmPaymentIntent.FromForm(form), ApiRequest.From(context));
        return expansion.Render(intent, expand);
    }

    public static async Task<IResult> RetrieveAsync(string id, HttpContext context, PaymentIntentLifecycle lifecycle, TestModeAccount account)
    {
        var form = await StripeForm.ReadAsync(context);
        var expansion = Expandable(account);
        var expand = expansion.RequestedFields(form);
        return expansion.Render(lifecycle.Find(id, form.String("client_secret"), context.KeyKind()), expand);
    }

    public static async Task<IResult> ConfirmAsync(string id, HttpContext context, PaymentIntentLifecycle lifecycle, TestModeAccount account)
    {
        var form = await StripeForm.ReadAsync(context);
        var expansion = Expandable(account);
        var expand = expansion.RequestedFields(form);
        var intent = lifecycle.Confirm(id, ConfirmPaymentIntent.FromForm(form), context.KeyKind(), ApiRequest.From(context));
        return expansion.Render(intent, expand);
    }

    public static async Task<IResult> CancelAsync(string id, HttpContext context, PaymentIntentLifecycle lifecycle, TestModeAccount account)
    {
        var form = await StripeForm.ReadAsync(context);
        var expansion = Expandable(account);
        var expand = expansion.RequestedFields(form);
        var reason = form.String("cancellation_reason");
        if (reason is not (null or "duplicate" or "fraudulent" or "requested_by_customer" or "abandoned"))
        {
            throw StripeErrors.Invalid(
                "Invalid cancellation_reason: must be one of duplicate, fraudulent, requested_by_customer or abandoned",
                "cancellation_reason");
        }
        return expansion.Render(lifecycle.Cancel(id, reason, ApiRequest.From(context)), expand);
    }

    private static Expansion Expandable(TestModeAccount account) => new(new Dictionary<string, Func<string, object?>>
    {
        ["latest_charge"] = id => account.Charges.GetValueOrDefault(id),
        ["payment_method"] = id => account.PaymentMethods.GetValueOrDefault(id),
    });
}
