using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SkyHighBooker.Api.Infrastructure;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies named in ForwardedHeaders:KnownProxies
/// (addresses) and ForwardedHeaders:KnownNetworks (CIDR ranges); with none named, from nobody. ASP.NET Core's default
/// trusts loopback, so any local process could claim to be anyone: 1,300 requests from one loopback client, each with
/// another made-up X-Forwarded-For, all passed a 1,200-a-minute per-IP limit. Locally the Web's YARP is the proxy
/// (127.0.0.1, set by the AppHost); on AWS it is API Gateway or CloudFront.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IHostApplicationBuilder AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var proxies = List(section, "KnownProxies")
            .Select(value => IPAddress.TryParse(value, out var address) ? address : throw NotAn("KnownProxies", value, "IP address")).ToList();
        var networks = List(section, "KnownNetworks")
            .Select(value => System.Net.IPNetwork.TryParse(value, out var network) ? network : throw NotAn("KnownNetworks", value, "IP network (10.0.0.0/8)")).ToList();

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With both lists empty the middleware trusts every sender, so "no proxy named" must mean "read no header".
            options.ForwardedHeaders = proxies.Count + networks.Count == 0 ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return builder;
    }

    /// <summary>A configuration list (Key:0, Key:1, …), or one comma-separated value (handy in one environment variable).</summary>
    private static IEnumerable<string> List(IConfigurationSection section, string key)
    {
        var setting = section.GetSection(key);
        var values = string.IsNullOrWhiteSpace(setting.Value)
            ? setting.GetChildren().Select(child => child.Value ?? "")
            : setting.Value.Split(',');
        return values.Select(value => value.Trim()).Where(value => value.Length > 0);
    }

    private static InvalidOperationException NotAn(string key, string value, string what) =>
        new($"{Section}:{key} has '{value}', which is not an {what}.");
}
