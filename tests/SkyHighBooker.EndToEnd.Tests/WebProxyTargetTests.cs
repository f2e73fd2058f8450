using System.Text.Json;
using SkyHighBooker.Testing;

namespace SkyHighBooker.EndToEnd.Tests;

/// <summary>The Web's YARP finds the Api by service discovery, so its destination's host must be the Api's resource name.</summary>
public sealed class WebProxyTargetTests
{
    [Fact]
    public void The_Web_proxies_to_the_Api_by_its_resource_name()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "SkyHighBooker.Web", "appsettings.json")));
        var destinations = settings.RootElement.GetProperty("ReverseProxy").GetProperty("Clusters")
            .EnumerateObject().SelectMany(cluster => cluster.Value.GetProperty("Destinations").EnumerateObject())
            .Select(destination => destination.Value.GetProperty("Address").GetString());
        Assert.All(destinations, address => Assert.Equal($"http://{BookerResources.Api}", address));
    }
}
