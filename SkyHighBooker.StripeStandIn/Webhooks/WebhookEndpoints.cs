using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.Webhooks;

/// <summary>
/// The endpoints Events go to: those configured (<see cref="WebhookOptions"/>, sharing <c>Webhooks:Secret</c>)
/// and those registered through <c>POST /v1/webhook_endpoints</c> (each with its own secret).
/// </summary>
public sealed class WebhookEndpoints
{
    private readonly ConcurrentDictionary<string, WebhookEndpoint> _endpoints = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public WebhookEndpoints(IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookEndpoints> logger)
    {
        _clock = clock;
        var configured = options.Value;
        var urls = configured.EndpointUrls().ToList();
        if (urls.Count == 0)
        {
            logger.LogInformation("No webhook endpoint configured (Webhooks:Url); Events are only listed at GET /v1/events");
            return;
        }

        var secret = configured.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            secret = $"whsec_{StripeIds.Random(32)}";
            logger.LogWarning("Webhooks:Secret is not set; signing webhooks with the generated test secret {Secret}", secret);
        }
        foreach (var url in urls)
        {
            var endpoint = Register(url, configured.EnabledEvents, secret, "Configured by Webhooks:Url(s)");
            logger.LogInformation("Webhook endpoint {Url} receives {Events}", url,
                endpoint.EnabledEvents.Count == 0 ? "all events" : string.Join(", ", endpoint.EnabledEvents));
        }
    }

    public WebhookEndpoint Register(string url, IReadOnlyList<string> enabledEvents, string? secret = null,
        string? description = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var endpoint = new WebhookEndpoint
        {
            Id = StripeIds.New("we"),
            Created = _clock.UnixTime(),
            Description = description,
            EnabledEvents = enabledEvents,
            Metadata = metadata ?? new Dictionary<string, string>(),
            SigningSecret = secret ?? $"whsec_{StripeIds.Random(32)}",
            Url = url,
        };
        _endpoints[endpoint.Id] = endpoint;
        return endpoint;
    }

    public IReadOnlyList<WebhookEndpoint> All => _endpoints.Values.OrderBy(e => e.Created).ThenBy(e => e.Id).ToList();

    public WebhookEndpoint? Find(string id) => _endpoints.GetValueOrDefault(id);

    public bool Remove(string id) => _endpoints.TryRemove(id, out _);

    public IReadOnlyList<WebhookEndpoint> SubscribedTo(string eventType) =>
        _endpoints.Values.Where(e => e.IsSubscribedTo(eventType)).ToList();
}
