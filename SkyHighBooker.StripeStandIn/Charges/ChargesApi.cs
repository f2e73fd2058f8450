using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.Charges;

/// <summary><c>GET /v1/charges/{id}</c>: the charge a confirmation made (amount_refunded shows refunds).</summary>
public static class ChargesApi
{
    public static IEndpointRouteBuilder MapChargesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1/charges").MapGet("/{id}", RetrieveAsync);
        return app;
    }

    public static async Task<IResult> RetrieveAsync(string id, HttpContext context, TestModeAccount account)
    {
        var expansion = new Expansion(new Dictionary<string, Func<string, object?>>
        {
            ["payment_intent"] = intentId => account.PaymentIntents.GetValueOrDefault(intentId),
            ["payment_method"] = methodId => account.PaymentMethods.GetValueOrDefault(methodId),
        });
        var expand = expansion.RequestedFields(await StripeForm.ReadAsync(context));
        var charge = account.Charges.GetValueOrDefault(id) ?? throw StripeErrors.ResourceMissing("charge", id, "id");
        return expansion.Render(charge, expand);
    }
}
