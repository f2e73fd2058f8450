using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.Refunds;

/// <summary><c>/v1/refunds</c>: refund a succeeded PaymentIntent (or charge), wholly or in part, and retrieve a refund.</summary>
public static class RefundsApi
{
    public static IEndpointRouteBuilder MapRefundsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/refunds");
        api.MapPost("/", CreateAsync);
        api.MapGet("/{id}", RetrieveAsync);
        return app;
    }

    public static async Task<IResult> CreateAsync(HttpContext context, ChargeRefunds refunds, TestModeAccount account)
    {
        var form = await StripeForm.ReadAsync(context);
        var expansion = Expandable(account);
        var expand = expansion.RequestedFields(form);
        return expansion.Render(refunds.Create(CreateRefund.FromForm(form), ApiRequest.From(context)), expand);
    }

    public static async Task<IResult> RetrieveAsync(string id, HttpContext context, TestModeAccount account)
    {
        var expansion = Expandable(account);
        var expand = expansion.RequestedFields(await StripeForm.ReadAsync(context));
        var refund = account.Refunds.GetValueOrDefault(id) ?? throw StripeErrors.ResourceMissing("refund", id, "id");
        return expansion.Render(refund, expand);
    }

    private static Expansion Expandable(TestModeAccount account) => new(new Dictionary<string, Func<string, object?>>
    {
        ["charge"] = id => account.Charges.GetValueOrDefault(id),
        ["payment_intent"] = id => account.PaymentIntents.GetValueOrDefault(id),
    });
}
