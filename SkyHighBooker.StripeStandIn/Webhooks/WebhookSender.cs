using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using SkyHighBooker.StripeStandIn.Infrastructure;

namespace SkyHighBooker.StripeStandIn.Webhooks;

/// <summary>
/// Sends queued Events to their endpoints, signed afresh on every attempt as Stripe does. A failure (no answer,
/// or not 2xx) is retried after <see cref="WebhookOptions.FirstRetryDelay"/>, doubling, up to
/// <see cref="WebhookOptions.MaxAttempts"/> attempts; retries wait off the queue so other deliveries go on.
/// Like Stripe, it sends several Events at once (<see cref="WebhookOptions.ConcurrentDeliveries"/>), so their order
/// is not guaranteed and one slow answer does not hold up the rest.
/// </summary>
public sealed class WebhookSender(
    WebhookQueue queue,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookSender> logger) : BackgroundService
{
    // Its own client, not one from IHttpClientFactory: the service defaults give those a resilience handler that
    // would retry again on top of this sender's own schedule.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.ConcurrentDeliveries)).Select(_ => DeliverQueuedAsync(stoppingToken)));

    private async Task DeliverQueuedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var delivery in queue.ReadAllAsync(stoppingToken))
            {
                await DeliverAsync(delivery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: undelivered Events are dropped, as the stand-in keeps nothing across restarts.
        }
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var stripeEvent = delivery.Event;
        string outcome;
        var delivered = false;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(settings.Timeout);
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
            {
                Content = new StringContent(stripeEvent.Json, Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName,
                WebhookSignature.Header(delivery.Secret, clock.UnixTime(), stripeEvent.Json));
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Stripe", "1.0"));
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("(+https://stripe.com/docs/webhooks)"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));

            using var response = await _http.SendAsync(request, timeout.Token);
            delivered = response.IsSuccessStatusCode;
            outcome = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException
                                           && !stoppingToken.IsCancellationRequested)
        {
            outcome = exception is OperationCanceledException ? $"no answer within {settings.Timeout}" : exception.Message;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (delivered)
        {
            logger.LogInformation("Webhook {EventType} {EventId} to {Url}: {Outcome} (attempt {Attempt})",
                stripeEvent.Type, stripeEvent.Id, delivery.Url, outcome, delivery.Attempt);
            return;
        }

        if (delivery.Attempt >= settings.MaxAttempts)
        {
            logger.LogError("Webhook {EventType} {EventId} to {Url}: {Outcome} (attempt {Attempt}); giving up",
                stripeEvent.Type, stripeEvent.Id, delivery.Url, outcome, delivery.Attempt);
            return;
        }

        var delay = settings.FirstRetryDelay * Math.Pow(2, delivery.Attempt - 1);
        logger.LogWarning("Webhook {EventType} {EventId} to {Url}: {Outcome} (attempt {Attempt}); retrying in {Delay}",
            stripeEvent.Type, stripeEvent.Id, delivery.Url, outcome, delivery.Attempt, delay);
        _ = RetryLaterAsync(delivery with { Attempt = delivery.Attempt + 1 }, delay, stoppingToken);
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private async Task RetryLaterAsync(WebhookDelivery delivery, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
            queue.Enqueue(delivery);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: pending retries are dropped, as the stand-in keeps nothing across restarts.
        }
    }
}
