using System.Text.Json.Nodes;
using SkyHighBooker.StripeStandIn.Infrastructure;
using SkyHighBooker.StripeStandIn.Webhooks;

namespace SkyHighBooker.StripeStandIn.Events;

/// <summary>An Event as sent: its JSON is built once, and the same bytes are listed, signed and delivered.</summary>
public sealed record StripeEvent(string Id, string Type, long Created, string Json);

/// <summary>
/// Records Events (the latest <see cref="Capacity"/>) and hands each to the webhook endpoints subscribed to
/// its type. The Event carries a snapshot of the object as it was when the change happened.
/// </summary>
public sealed class EventLog(WebhookEndpoints endpoints, WebhookQueue queue, TimeProvider clock)
{
    public const int Capacity = 1000;

    private readonly Lock _gate = new();
    private readonly LinkedList<StripeEvent> _events = new();

    public StripeEvent Publish<T>(string type, T dataObject, ApiRequest request)
    {
        var recipients = endpoints.SubscribedTo(type);
        var id = StripeIds.New("evt");
        var created = clock.UnixTime();
        var json = new JsonObject
        {
            ["id"] = id,
            ["object"] = "event",
            ["api_version"] = request.ApiVersion,
            ["created"] = created,
            ["data"] = new JsonObject { ["object"] = StripeJson.ToNode(dataObject) },
            ["livemode"] = false,
            ["pending_webhooks"] = recipients.Count,
            ["request"] = new JsonObject { ["id"] = request.Id, ["idempotency_key"] = request.IdempotencyKey },
            ["type"] = type,
        }.ToJsonString(StripeJson.Options);

        var stripeEvent = new StripeEvent(id, type, created, json);
        lock (_gate)
        {
            _events.AddFirst(stripeEvent);
            if (_events.Count > Capacity)
            {
                _events.RemoveLast();
            }
        }
        foreach (var endpoint in recipients)
        {
            queue.Enqueue(new WebhookDelivery(endpoint.Url, endpoint.SigningSecret, stripeEvent, Attempt: 1));
        }
        return stripeEvent;
    }

    /// <summary>Newest first, optionally of one type (or <c>payment_intent.*</c>) and older than <paramref name="startingAfter"/>.</summary>
    public (IReadOnlyList<StripeEvent> Page, bool HasMore) Recent(int limit, string? type, string? startingAfter)
    {
        lock (_gate)
        {
            IEnumerable<StripeEvent> events = _events;
            if (startingAfter is not null)
            {
                events = events.SkipWhile(e => e.Id != startingAfter).Skip(1);
            }
            if (type is not null)
            {
                events = type.EndsWith(".*", StringComparison.Ordinal)
                    ? events.Where(e => e.Type.StartsWith(type[..^1], StringComparison.Ordinal))
                    : events.Where(e => e.Type == type);
            }
            var page = events.Take(limit + 1).ToList();
            return (page.Take(limit).ToList(), page.Count > limit);
        }
    }

    public StripeEvent? Find(string id)
    {
        lock (_gate)
        {
            return _events.FirstOrDefault(e => e.Id == id);
        }
    }
}
