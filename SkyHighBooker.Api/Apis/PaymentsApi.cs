using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Payments;
using Stripe;

namespace SkyHighBooker.Api.Apis;

public static class PaymentsApi
{
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/payments").WithTags("Payments")
            .MapPost("/stripe/webhook", ReceiveStripeEvent)
            .WithName("StripeWebhook")
            .WithSummary("Stripe's events about payments; only requests carrying Stripe's signature are read")
            .AllowAnonymous()
            .DisableRateLimiting();
        return app;
    }

    public static async Task<Results<Ok, ProblemHttpResult>> ReceiveStripeEvent(
        HttpRequest request, PaymentGateway gateway, PaymentWebhook webhook, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        Event stripeEvent;
        try
        {
            stripeEvent = gateway.ParseWebhook(json, request.Headers["Stripe-Signature"].ToString());
        }
        catch (StripeException error)
        {
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status400BadRequest, title: "Not a genuine Stripe event");
        }
        await webhook.HandleAsync(stripeEvent, ct);
        return TypedResults.Ok();
    }
}
