using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace SkyHighBooker.AppHost;

public static class TrustedProxyExtensions
{
    /// <summary>
    /// Names the proxies whose X-Forwarded-For the Api believes (its ForwardedHeaders:KnownProxies / KnownNetworks;
    /// with none it believes nobody's): the AppHost's own ForwardedHeaders settings, and in Development loopback,
    /// where the Web's YARP connects from. On one machine that means any local process can still claim another
    /// client address; on AWS the proxy is API Gateway or CloudFront, named in the deployment's configuration.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTrustedProxies(this IResourceBuilder<ProjectResource> api)
    {
        var builder = api.ApplicationBuilder;
        var settings = builder.Configuration.GetSection("ForwardedHeaders");
        string[] loopback = builder.Environment.IsDevelopment() ? ["127.0.0.1", "::1"] : [];
        var proxies = loopback.Concat(settings.GetSection("KnownProxies").Get<string[]>() ?? []).Distinct().ToArray();
        var networks = settings.GetSection("KnownNetworks").Get<string[]>() ?? [];
        for (var i = 0; i < proxies.Length; i++) api.WithEnvironment($"ForwardedHeaders__KnownProxies__{i}", proxies[i]);
        for (var i = 0; i < networks.Length; i++) api.WithEnvironment($"ForwardedHeaders__KnownNetworks__{i}", networks[i]);
        return api;
    }
}
