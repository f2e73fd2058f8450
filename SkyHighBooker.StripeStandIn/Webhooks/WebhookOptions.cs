namespace SkyHighBooker.StripeStandIn.Webhooks;

/// <summary>
/// Configuration section <c>Webhooks</c>: where to send Events and the signing secret, e.g.
/// <c>Webhooks__Url=http://localhost:5080/api/payments/stripe-webhook</c>, <c>Webhooks__Secret=whsec_...</c>.
/// </summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>One endpoint URL (<c>Webhooks:Url</c>).</summary>
    public string? Url { get; set; }

    /// <summary>More endpoint URLs (<c>Webhooks:Urls:0</c>, <c>Webhooks:Urls:1</c>, ...).</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>The signing secret (whsec_...) shared by the configured endpoints.</summary>
    public string? Secret { get; set; }

    /// <summary>Event types sent to the configured endpoints (<c>Webhooks:EnabledEvents:0</c>, ...); empty or "*" means all.</summary>
    public List<string> EnabledEvents { get; set; } = [];

    /// <summary>Attempts per delivery, the first included.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry; it doubles with each retry.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries in flight at once, across all endpoints.</summary>
    public int ConcurrentDeliveries { get; set; } = 16;

    /// <summary>How long an endpoint may take to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> EndpointUrls() =>
        Urls.Prepend(Url ?? "").Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).Distinct();
}
