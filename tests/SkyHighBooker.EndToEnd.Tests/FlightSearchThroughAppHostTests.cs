using System.Net;
using System.Text.Json;

namespace SkyHighBooker.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class FlightSearchThroughAppHostTests(AppHostFixture system)
{
    private static readonly string InTwoWeeks = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd");

    [Fact]
    public async Task The_running_api_finds_JFK_to_LAX_flights()
    {
        using var api = system.App.CreateHttpClient(BookerResources.Api);
        var body = await api.GetStringAsync($"/api/flights?from=JFK&to=LAX&date={InTwoWeeks}");
        var page = JsonDocument.Parse(body).RootElement;
        Assert.True(page.GetProperty("totalCount").GetInt32() > 0, body);
        Assert.All(page.GetProperty("items").EnumerateArray(), flight =>
        {
            Assert.Equal("JFK", flight.GetProperty("from").GetString());
            Assert.Equal("LAX", flight.GetProperty("to").GetString());
        });
    }

    [Fact]
    public async Task The_web_serves_the_app_and_passes_api_calls_through()
    {
        using var web = system.App.CreateHttpClient(BookerResources.Web);
        var index = await web.GetStringAsync("/");
        Assert.Contains("<div id=\"root\">", index);

        var airports = JsonDocument.Parse(await web.GetStringAsync("/api/airports?q=LAX")).RootElement;
        Assert.Equal("LAX", airports[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(BookerResources.Api)]
    [InlineData(BookerResources.Worker)]
    [InlineData(BookerResources.Web)]
    public async Task Every_service_reports_healthy_and_alive(string resource)
    {
        using var client = system.App.CreateHttpClient(resource);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }
}
