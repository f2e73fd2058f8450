using System.Threading.Channels;
using SkyHighBooker.StripeStandIn.Events;

namespace SkyHighBooker.StripeStandIn.Webhooks;

/// <summary>One Event to send to one endpoint; <see cref="Attempt"/> counts from 1.</summary>
public sealed record WebhookDelivery(string Url, string Secret, StripeEvent Event, int Attempt);

/// <summary>Deliveries waiting for <see cref="WebhookSender"/>, so API answers never wait for webhooks.</summary>
public sealed class WebhookQueue
{
    private readonly Channel<WebhookDelivery> _channel =
        Channel.CreateUnbounded<WebhookDelivery>(new UnboundedChannelOptions { SingleReader = false });

    public void Enqueue(WebhookDelivery delivery) => _channel.Writer.TryWrite(delivery);

    public IAsyncEnumerable<WebhookDelivery> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}
