using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Deployment;

/// <summary>On Lambda the Api runs only while it answers a request: work of its own between requests would never happen.</summary>
[Collection(ApiCollection.Name)]
public sealed class BetweenRequestsTests(ApiFixture api)
{
    [Fact]
    public void The_Api_runs_no_background_service_of_its_own()
    {
        var ours = api.Factory.Services.GetServices<IHostedService>()
            .Select(service => service.GetType().FullName!)
            .Where(name => name.StartsWith("SkyHighBooker."));

        Assert.Empty(ours);
    }
}
