using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.PaymentIntents;

/// <summary>A PaymentIntent in Stripe's shape (object "payment_intent").</summary>
public sealed record PaymentIntent
{
    public required string Id { get; init; }
    public string Object => "payment_intent";
    public required long Amount { get; init; }
    public long AmountCapturable => 0;
    public long AmountReceived { get; init; }
    public string? Application => null;
    public long? ApplicationFeeAmount => null;
    public AutomaticPaymentMethods? AutomaticPaymentMethods { get; init; }
    public long? CanceledAt { get; init; }
    public string? CancellationReason { get; init; }
    public string CaptureMethod => "automatic_async";
    public required string ClientSecret { get; init; }
    public string ConfirmationMethod => "automatic";
    public required long Created { get; init; }
    public required string Currency { get; init; }
    public string? Customer => null;
    public string? Description { get; init; }
    public StripeError? LastPaymentError { get; init; }
    public string? LatestCharge { get; init; }
    public bool Livemode => false;
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }
    public object? NextAction => null;
    public string? OnBehalfOf => null;
    public string? PaymentMethod { get; init; }
    public object? PaymentMethodConfigurationDetails => null;
    public PaymentMethodOptions PaymentMethodOptions { get; init; } = new();
    public required IReadOnlyList<string> PaymentMethodTypes { get; init; }
    public object? Processing => null;
    public string? ReceiptEmail { get; init; }
    public string? Review => null;
    public string? SetupFutureUsage => null;
    public object? Shipping => null;
    public string? Source => null;
    public string? StatementDescriptor { get; init; }
    public string? StatementDescriptorSuffix { get; init; }
    public required string Status { get; init; }
    public object? TransferData => null;
    public string? TransferGroup => null;
}

public sealed record AutomaticPaymentMethods(bool Enabled, string? AllowRedirects);

public sealed record PaymentMethodOptions
{
    public CardPaymentMethodOptions Card { get; init; } = new();
}

public sealed record CardPaymentMethodOptions
{
    public object? Installments => null;
    public object? MandateOptions => null;
    public string? Network => null;
    public string RequestThreeDSecure => "automatic";
}

/// <summary>The statuses a PaymentIntent goes through here (no 3-D Secure, no manual capture).</summary>
public static class PaymentIntentStatus
{
    public const string RequiresPaymentMethod = "requires_payment_method";
    public const string RequiresConfirmation = "requires_confirmation";
    public const string RequiresAction = "requires_action";
    public const string Processing = "processing";
    public const string RequiresCapture = "requires_capture";
    public const string Succeeded = "succeeded";
    public const string Canceled = "canceled";

    public static readonly IReadOnlyList<string> Confirmable = [RequiresPaymentMethod, RequiresConfirmation, RequiresAction];

    public static readonly IReadOnlyList<string> Cancelable =
        [RequiresPaymentMethod, RequiresCapture, RequiresConfirmation, RequiresAction, Processing];
}
