using System.Net;
using System.Text;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Bookings;

/// <summary>What the webhook does with what is not a Stripe event: too large, too many, or signed with no secret.</summary>
[Collection(PaymentsCollection.Name)]
public sealed class StripeWebhookLimitTests(ApiFixture api)
{
    private const string WebhookPath = "/api/payments/stripe/webhook";

    private static string EventJson(int paddedTo = 0)
    {
        var json = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = $"evt_{Guid.NewGuid():N}", ["object"] = "event", ["api_version"] = "2026-10-28.endive",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["type"] = "customer.created",
            ["data"] = new System.Text.Json.Nodes.JsonObject { ["object"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "cus_1", ["object"] = "customer" } },
            ["padding"] = "",
        }.ToJsonString();
        return paddedTo <= json.Length ? json : json.Replace("\"padding\":\"\"", $"\"padding\":\"{new string('x', paddedTo - json.Length)}\"");
    }

    private static HttpRequestMessage Signed(string json, string secret = StripeStandInServer.WebhookSecret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WebhookPath) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", PaymentCalls.StripeSignature(secret, json));
        return request;
    }

    [Fact]
    public async Task A_genuine_event_of_exactly_64_KB_is_accepted_and_one_byte_more_is_a_413()
    {
        var atLimit = EventJson(PaymentsApi.MaxWebhookBytes);
        Assert.Equal(PaymentsApi.MaxWebhookBytes, Encoding.UTF8.GetByteCount(atLimit));
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(Signed(atLimit))).StatusCode);

        var tooLarge = await api.Client.SendAsync(Signed(EventJson(PaymentsApi.MaxWebhookBytes + 1)));
        await ProblemAssertions.AssertProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_of_unknown_length_is_refused_once_past_64_KB_without_waiting_for_the_rest()
    {
        // Over a raw socket to the Api: headers and 70 KB of a chunked body, then the sender stalls as a slow
        // attacker would. Reading the body to its end before checking would never answer.
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(api.Client.BaseAddress!.Host, api.Client.BaseAddress.Port);
        var stream = socket.GetStream();
        var chunk = new string('x', 70 * 1024);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {WebhookPath} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + $"{chunk.Length:x}\r\n{chunk}\r\n"));
        await stream.FlushAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var head = new StringBuilder();
        var buffer = new byte[4096];
        while (!head.ToString().Contains("\r\n\r\n"))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token); // throws if no answer while the body is open
            if (read == 0) break;
            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        Assert.StartsWith("HTTP/1.1 413", head.ToString());
        Assert.Contains("application/problem+json", head.ToString());
    }

    [Fact]
    public async Task Past_its_own_per_IP_limit_the_webhook_answers_429()
    {
        await using var limited = api.WithSettings([new("RateLimits:StripeWebhookPermitsPerMinute", "3")]);
        using var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await client.SendAsync(Signed(EventJson()))).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        await ProblemAssertions.AssertProblemAsync(await client.SendAsync(Signed(EventJson())), HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/airports?q=par")).StatusCode); // the rest of the Api is not
    }

    [Fact]
    public async Task With_no_webhook_secret_an_event_signed_with_the_empty_key_is_refused()
    {
        await using var unconfigured = api.WithSettings([new("Stripe:WebhookSecret", "")]);
        using var client = unconfigured.CreateClient();

        var response = await client.SendAsync(Signed(EventJson(), secret: ""));

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
