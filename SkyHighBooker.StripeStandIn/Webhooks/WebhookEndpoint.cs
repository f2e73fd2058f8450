using System.Text.Json.Serialization;

namespace SkyHighBooker.StripeStandIn.Webhooks;

/// <summary>A webhook endpoint in Stripe's shape (object "webhook_endpoint").</summary>
public sealed record WebhookEndpoint
{
    public required string Id { get; init; }
    public string Object => "webhook_endpoint";
    public string? ApiVersion => null;
    public string? Application => null;
    public required long Created { get; init; }
    public string? Description { get; init; }
    public required IReadOnlyList<string> EnabledEvents { get; init; }
    public bool Livemode => false;
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    /// <summary>The signing secret on the wire: shown only in the answer to the create, as on Stripe.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Secret { get; init; }

    /// <summary>What deliveries to this endpoint are signed with.</summary>
    [JsonIgnore]
    public string SigningSecret { get; init; } = "";

    public string Status => "enabled";
    public required string Url { get; init; }

    public bool IsSubscribedTo(string eventType) =>
        EnabledEvents.Count == 0 || EnabledEvents.Contains("*") || EnabledEvents.Contains(eventType);
}
