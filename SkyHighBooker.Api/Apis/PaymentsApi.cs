using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.RateLimiting;
using Stripe;

namespace SkyHighBooker.Api.Apis;

public static class PaymentsApi
{
    /// <summary>
    /// Stripe's events are a few KB (a PaymentIntent with its latest charge); anything past this is refused before
    /// its signature is checked, so nobody makes the Api buffer and hash megabytes (Kestrel alone would take 30 MB).
    /// </summary>
    public const int MaxWebhookBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/payments").WithTags("Payments")
            .MapPost("/stripe/webhook", ReceiveStripeEvent)
            .WithName("StripeWebhook")
            .WithSummary("Stripe's events about payments; only requests carrying Stripe's signature are read")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.StripeWebhook)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    public static async Task<Results<Ok, ProblemHttpResult>> ReceiveStripeEvent(
        HttpRequest request, PaymentGateway gateway, PaymentWebhook webhook, CancellationToken ct)
    {
        var json = await ReadAtMostAsync(request, MaxWebhookBytes, ct);
        if (json is null)
        {
            return TypedResults.Problem($"A Stripe event is at most {MaxWebhookBytes / 1024} KB.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large for a Stripe event");
        }
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

    /// <summary>The body as UTF-8, or null as soon as it is known to be longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<string?> ReadAtMostAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return null;
        var buffer = new byte[limit + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0) length += read;
        return length > limit ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }
}
