namespace SkyHighBooker.StripeStandIn.Refunds;

/// <summary>A refund in Stripe's shape (object "refund"). Card refunds succeed at once here.</summary>
public sealed record Refund
{
    public required string Id { get; init; }
    public string Object => "refund";
    public required long Amount { get; init; }
    public string? BalanceTransaction => null;
    public required string Charge { get; init; }
    public required long Created { get; init; }
    public required string Currency { get; init; }
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }
    public required string PaymentIntent { get; init; }
    public required string? Reason { get; init; }
    public string? ReceiptNumber => null;
    public string? SourceTransferReversal => null;
    public string Status => "succeeded";
    public string? TransferReversal => null;
}

/// <summary>The parameters of <c>POST /v1/refunds</c>.</summary>
public sealed record CreateRefund(
    string? PaymentIntent,
    string? Charge,
    long? Amount,
    string? Reason,
    IReadOnlyDictionary<string, string> Metadata)
{
    private static readonly string[] Reasons = ["duplicate", "fraudulent", "requested_by_customer"];

    public static CreateRefund FromForm(Infrastructure.StripeForm form)
    {
        var request = new CreateRefund(
            form.String("payment_intent"),
            form.String("charge"),
            form.Integer("amount"),
            form.String("reason"),
            Infrastructure.Metadata.FromForm(form, "metadata"));
        if (request.PaymentIntent is null && request.Charge is null)
        {
            throw Infrastructure.StripeErrors.Invalid(
                "One of the following params should be provided for this request: payment_intent or charge.", "payment_intent");
        }
        if (request.Amount is <= 0)
        {
            throw Infrastructure.StripeErrors.Invalid(
                "This value must be greater than or equal to 1.", "amount", "parameter_invalid_integer");
        }
        if (request.Reason is not null && !Reasons.Contains(request.Reason))
        {
            throw Infrastructure.StripeErrors.Invalid(
                $"Invalid reason: must be one of {string.Join(", ", Reasons)}", "reason");
        }
        return request;
    }
}
