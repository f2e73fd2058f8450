namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>Gives every API request a <c>Request-Id: req_...</c> header, as Stripe does.</summary>
public static class RequestIds
{
    private static readonly object ItemKey = new();

    public static string? Of(HttpContext context) => context.Items[ItemKey] as string;

    public static IApplicationBuilder UseStripeRequestIds(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var id = $"req_{StripeIds.Random(14)}";
        context.Items[ItemKey] = id;
        context.Response.Headers["Request-Id"] = id;
        return next(context);
    });
}
