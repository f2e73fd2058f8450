using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// X-Forwarded-For from a client that is not a configured proxy is ignored, so made-up addresses do not escape the
/// per-IP limit. Over real sockets from 127.0.0.1 (the in-memory test server has no client address at all).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ForwardedHeadersTests(ApiFixture api)
{
    private const int PerIpLimit = 5;

    private async Task<List<HttpStatusCode>> SendFromLoopbackAsync(IEnumerable<KeyValuePair<string, string>> settings, IEnumerable<string> forwardedFor)
    {
        await using var factory = api.WithSettings([new("RateLimits:PerIpPermitsPerMinute", PerIpLimit.ToString()), .. settings]);
        var port = RepositoryPaths.FreePort();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var statuses = new List<HttpStatusCode>();
        foreach (var address in forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/airports?q=par");
            request.Headers.Add("X-Forwarded-For", address);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        return statuses;
    }

    private static IEnumerable<string> DifferentAddresses(int count) => Enumerable.Range(1, count).Select(i => $"203.0.113.{i}");

    [Fact]
    public async Task With_no_known_proxy_every_made_up_forwarded_address_counts_against_the_real_client()
    {
        var statuses = await SendFromLoopbackAsync([], DifferentAddresses(PerIpLimit + 3));

        Assert.Equal(PerIpLimit, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "127.0.0.1")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8")]
    [InlineData("ForwardedHeaders:KnownProxies", "10.1.2.3, 127.0.0.1")]
    public async Task From_a_configured_proxy_the_forwarded_address_is_the_client(string key, string value)
    {
        var distinct = await SendFromLoopbackAsync([new(key, value)], DifferentAddresses(PerIpLimit + 3));
        Assert.All(distinct, status => Assert.Equal(HttpStatusCode.OK, status));

        var oneClient = await SendFromLoopbackAsync([new(key, value)], Enumerable.Repeat("198.51.100.7", PerIpLimit + 1));
        Assert.Equal(PerIpLimit, oneClient.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, oneClient.Last());
    }

    [Fact]
    public async Task A_proxy_setting_that_is_not_an_address_stops_the_Api_naming_it()
    {
        await using var factory = api.WithSettings([new("ForwardedHeaders:KnownProxies:0", "the-load-balancer")]);
        var error = Record.Exception(() => factory.Server);
        Assert.NotNull(error);
        Assert.Contains("ForwardedHeaders:KnownProxies", error.ToString());
    }
}
