using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>The <c>error</c> object of a Stripe error answer, also used as a PaymentIntent's last_payment_error.</summary>
public sealed record StripeError
{
    public required string Type { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Code { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DeclineCode { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DocUrl { get; init; }

    public required string Message { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Param { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Charge { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonNode? PaymentIntent { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonNode? PaymentMethod { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RequestLogUrl { get; init; }
}

/// <summary>A Stripe error to answer with: the HTTP status and the error object.</summary>
/// <param name="Replayable">
/// Whether an idempotent retry gets this same answer. Stripe saves no result for requests that failed
/// validation before the endpoint ran (bad or missing parameters, authentication).
/// </param>
public sealed class StripeApiException(int statusCode, StripeError error, bool replayable = true)
    : Exception(error.Message)
{
    public int StatusCode { get; } = statusCode;

    public StripeError Error { get; } = error;

    public bool Replayable { get; } = replayable;

    public StripeApiException WithPaymentIntent(JsonNode paymentIntent) =>
        new(StatusCode, Error with { PaymentIntent = paymentIntent }, Replayable);
}
