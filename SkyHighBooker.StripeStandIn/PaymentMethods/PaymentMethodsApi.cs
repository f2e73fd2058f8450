using SkyHighBooker.StripeStandIn.ApiKeys;
using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.PaymentMethods;

/// <summary><c>/v1/payment_methods</c>: create a card PaymentMethod (also with the publishable key, as Stripe.js does) and retrieve one.</summary>
public static class PaymentMethodsApi
{
    public static IEndpointRouteBuilder MapPaymentMethodsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/payment_methods");
        api.MapPost("/", CreateAsync).AllowPublishableKey();
        api.MapGet("/{id}", Retrieve);
        return app;
    }

    public static async Task<IResult> CreateAsync(HttpContext context, CardPaymentMethods paymentMethods)
    {
        var form = await StripeForm.ReadAsync(context);
        return StripeJson.Ok(paymentMethods.CreateFromCardDetails(form, prefix: ""));
    }

    public static IResult Retrieve(string id, TestModeAccount account) =>
        account.PaymentMethods.TryGetValue(id, out var paymentMethod)
            ? StripeJson.Ok(paymentMethod)
            : throw StripeErrors.ResourceMissing("PaymentMethod", id, "payment_method");
}
