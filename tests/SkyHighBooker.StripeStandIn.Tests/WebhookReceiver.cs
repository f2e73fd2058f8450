using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SkyHighBooker.StripeStandIn.Tests;

/// <summary>A webhook as it arrived: the raw body and the Stripe-Signature header, as an Api endpoint would see them.</summary>
public sealed record ReceivedWebhook(string Path, string Body, string Signature)
{
    public string EventType => Json.RootElement.GetProperty("type").GetString()!;

    public string ObjectId => Json.RootElement.GetProperty("data").GetProperty("object").GetProperty("id").GetString()!;

    private JsonDocument Json => JsonDocument.Parse(Body);
}

/// <summary>A small Kestrel server standing for the Api's webhook endpoint; it can be told to fail first attempts.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/{**path}", receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        receiver.BaseUrl = receiver._app.Services.GetRequiredService<IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return receiver;
    }

    public string Url(string path) => $"{BaseUrl}/{path}";

    /// <summary>Answers 500 to the next <paramref name="attempts"/> deliveries to <paramref name="path"/>.</summary>
    public void FailNext(string path, int attempts) => _failuresLeft[path] = attempts;

    public IReadOnlyList<ReceivedWebhook> Received(string path) => _received.Where(w => w.Path == path).ToList();

    public async Task<ReceivedWebhook> WaitForAsync(string path, string eventType, string objectId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var found = _received.FirstOrDefault(w => w.Path == path && w.EventType == eventType && w.ObjectId == objectId);
            if (found is not null)
            {
                return found;
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"No {eventType} webhook for {objectId} reached /{path}");
    }

    private async Task<IResult> ReceiveAsync(string path, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (_failuresLeft.TryGetValue(path, out var left) && left > 0)
        {
            _failuresLeft[path] = left - 1;
            _received.Enqueue(new ReceivedWebhook(path + ":failed", body, request.Headers["Stripe-Signature"].ToString()));
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
        _received.Enqueue(new ReceivedWebhook(path, body, request.Headers["Stripe-Signature"].ToString()));
        return Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
