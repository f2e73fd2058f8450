using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.Idempotency;

/// <summary>
/// Stripe's idempotent requests: a POST with an <c>Idempotency-Key</c> header that repeats an earlier one (same
/// endpoint, same parameters) gets the saved answer again, status code included, with
/// <c>Idempotent-Replayed: true</c>. The same key with other parameters or another endpoint is an
/// <c>idempotency_error</c>. Answers to requests that failed validation are not saved, as on Stripe.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IdempotencyStore store)
{
    public const int MaxKeyLength = 255;

    public async Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers["Idempotency-Key"].FirstOrDefault();
        if (!HttpMethods.IsPost(context.Request.Method) || string.IsNullOrEmpty(key))
        {
            await next(context);
            return;
        }
        if (key.Length > MaxKeyLength)
        {
            throw StripeErrors.Idempotency(
                $"Idempotency-Key must be at most {MaxKeyLength} characters long; this one has {key.Length}.");
        }

        var form = await StripeForm.ReadAsync(context);
        var endpoint = $"{context.Request.Method} {context.Request.Path}";
        var parameters = string.Join("&", form.Parameters.Select(p => $"{p.Key}={p.Value}"));

        using var _ = await store.LockAsync(key, context.RequestAborted);
        if (store.Find(key) is { } saved)
        {
            await ReplayAsync(context, key, saved, endpoint, parameters);
            return;
        }

        var (response, replayable) = await RunBufferedAsync(context);
        if (replayable && response.StatusCode < 500)
        {
            store.Save(key, response with { Endpoint = endpoint, Parameters = parameters });
        }
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, string key, SavedResponse saved, string endpoint, string parameters)
    {
        if (saved.Endpoint != endpoint)
        {
            throw StripeErrors.Idempotency(
                $"Keys for idempotent requests can only be used for the same endpoint they were first used for " +
                $"('{saved.Endpoint}' vs '{endpoint}'). Try using a key other than '{key}' if you meant to execute " +
                "a different request.");
        }
        if (saved.Parameters != parameters)
        {
            throw StripeErrors.Idempotency(
                "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
                $"Try using a key other than '{key}' if you meant to execute a different request.");
        }

        context.Response.StatusCode = saved.StatusCode;
        context.Response.ContentType = saved.ContentType;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (saved.OriginalRequestId is not null)
        {
            context.Response.Headers["Original-Request"] = saved.OriginalRequestId;
        }
        await context.Response.Body.WriteAsync(saved.Body, context.RequestAborted);
    }

    /// <summary>Runs the endpoint into a buffer (errors included) so the answer can be saved before it is sent.</summary>
    private async Task<(SavedResponse Response, bool Replayable)> RunBufferedAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var replayable = true;
        try
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
            {
                var error = StripeErrorResponses.AsStripeError(context, exception);
                replayable = error.Replayable;
                buffer.SetLength(0);
                await StripeErrorResponses.WriteAsync(context, error);
            }
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = new SavedResponse(
            Endpoint: "",
            Parameters: "",
            StatusCode: context.Response.StatusCode,
            ContentType: context.Response.ContentType ?? "application/json",
            Body: buffer.ToArray(),
            OriginalRequestId: RequestIds.Of(context),
            SavedAt: default);
        return (response, replayable);
    }
}
