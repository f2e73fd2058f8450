using System.Text.Json;

namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>Turns failures into Stripe's error answer: <c>{"error": {"type": ..., "message": ...}}</c>.</summary>
public static class StripeErrorResponses
{
    public static async Task WriteAsync(HttpContext context, StripeApiException exception)
    {
        context.Response.StatusCode = exception.StatusCode;
        context.Response.ContentType = "application/json";
        if (exception.StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"Stripe\"";
        }
        var body = new Dictionary<string, StripeError> { ["error"] = exception.Error };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, StripeJson.Options, context.RequestAborted);
    }

    public static IApplicationBuilder UseStripeErrors(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            await WriteAsync(context, AsStripeError(context, exception));
        }
    });

    public static StripeApiException AsStripeError(HttpContext context, Exception exception)
    {
        switch (exception)
        {
            case StripeApiException stripe:
                return stripe;
            case BadHttpRequestException or InvalidDataException:
                return StripeErrors.Invalid($"Invalid request: {exception.Message}");
            default:
                context.RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(StripeErrorResponses))
                    .LogError(exception, "Unhandled error answering {Method} {Path}", context.Request.Method, context.Request.Path);
                return new StripeApiException(500, new StripeError
                {
                    Type = StripeErrors.ApiError,
                    Message = "An unknown error occurred in the Stripe stand-in.",
                }, replayable: false);
        }
    }
}
