using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public sealed class PlatformEndpointTests(ApiFixture api)
{
    [Fact]
    public async Task Health_reports_ready_with_the_database_and_alive()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task Without_an_OTLP_endpoint_the_OpenTelemetry_SDK_listens_to_nothing()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health")).StatusCode); // the Api's services are built

        // An enabled SDK subscribes to these sources (the Api's own, and Npgsql's through Aspire's integration) even
        // when it samples nothing; with nowhere to export to, nothing may listen, so no span is even started.
        foreach (var name in new[] { "Npgsql", "SkyHighBooker.Api", "Microsoft.AspNetCore" })
        {
            using var source = new ActivitySource(name);
            Assert.False(source.HasListeners(), $"something listens to {name}");
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_search_endpoints()
    {
        var document = JsonDocument.Parse(await api.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/flights", out var flights));
        Assert.True(paths.TryGetProperty("/api/flights/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/airports", out _));
        var parameters = flights.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Superset(new HashSet<string?> { "from", "to", "date", "passengers", "sort", "page", "pageSize" }, parameters.ToHashSet());
        Assert.True(flights.GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task The_API_reference_page_is_served()
    {
        var response = await api.Client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await ProblemAssertions.AssertProblemAsync(await api.Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }
}
