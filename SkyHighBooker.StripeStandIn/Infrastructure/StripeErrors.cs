namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>The errors Stripe answers with, worded as Stripe words them.</summary>
public static class StripeErrors
{
    public const string InvalidRequest = "invalid_request_error";
    public const string CardError = "card_error";
    public const string IdempotencyError = "idempotency_error";
    public const string ApiError = "api_error";

    private const string DocsBase = "https://docs.stripe.com/error-codes";

    public static StripeApiException MissingParam(string param) =>
        Invalid($"Missing required param: {param}.", param, "parameter_missing");

    public static StripeApiException InvalidInteger(string param, string value) =>
        Invalid($"Invalid integer: {value}", param, "parameter_invalid_integer");

    public static StripeApiException InvalidBoolean(string param, string value) =>
        Invalid($"Invalid boolean: {value}", param, "parameter_invalid_string");

    public static StripeApiException Invalid(string message, string? param = null, string? code = null) =>
        new(400, new StripeError { Type = InvalidRequest, Message = message, Param = param, Code = code, DocUrl = Doc(code) },
            replayable: false);

    public static StripeApiException ResourceMissing(string objectName, string id, string param) =>
        new(404, new StripeError
        {
            Type = InvalidRequest,
            Code = "resource_missing",
            DocUrl = Doc("resource_missing"),
            Message = $"No such {objectName}: '{id}'",
            Param = param,
        }, replayable: false);

    /// <summary>The request was valid but the object's state forbids it; Stripe replays this answer.</summary>
    public static StripeApiException UnexpectedState(string code, string message, string? param = null) =>
        new(400, new StripeError { Type = InvalidRequest, Code = code, DocUrl = Doc(code), Message = message, Param = param });

    public static StripeApiException Card(StripeError error) => new(402, error);

    public static StripeApiException Idempotency(string message) =>
        new(400, new StripeError { Type = IdempotencyError, Message = message }, replayable: false);

    public static StripeApiException Authentication(string message) =>
        new(401, new StripeError { Type = InvalidRequest, Message = message }, replayable: false);

    public static StripeApiException UnrecognizedUrl(string method, string path) =>
        new(404, new StripeError
        {
            Type = InvalidRequest,
            Message = $"Unrecognized request URL ({method}: {path}). This Stripe stand-in implements only part of " +
                      "Stripe's API: payment_intents, payment_methods, charges, refunds, events and webhook_endpoints.",
        }, replayable: false);

    public static string? Doc(string? code) => code is null ? null : $"{DocsBase}#{code.Replace('_', '-')}";
}
