using System.Xml.Linq;
using Amazon.S3;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SkyHighBooker.RouteMaps;
using SkyHighBooker.Storage;
using SkyHighBooker.Worker.RouteMaps;
using SkyHighBooker.Worker.Tests.Jobs;

namespace SkyHighBooker.Worker.Tests.RouteMaps;

/// <summary>flights/route-maps/: a map per route the flights fly, drawn once by the Worker into a real s3rver.</summary>
[Collection(DocumentJobsCollection.Name)]
public sealed class RouteMapPublisherTests(DocumentJobsFixture fixture)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task Every_route_of_the_timetable_has_its_map_at_the_layouts_key_and_publishing_again_uploads_nothing()
    {
        using var worker = fixture.NewWorker();
        var publisher = worker.Services.GetRequiredService<RouteMapPublisher>();
        await publisher.PublishAsync(redrawAll: true, CancellationToken.None);

        var routes = await RoutesAsync();
        Assert.True(routes.Count > 500, $"{routes.Count} routes");
        var stored = await worker.Services.GetRequiredService<FileStore>().ListETagsAsync(RouteMapSvg.Prefix, CancellationToken.None);
        Assert.All(routes, route => Assert.Contains($"flights/route-maps/{route.From}-{route.To}.svg", stored.Keys));

        foreach (var (from, to) in new[] { ("JFK", "LAX"), ("LAX", "JFK"), routes[^1] }) await AssertMapAsync(worker, from, to);

        Assert.Equal(0, await publisher.PublishAsync(redrawAll: true, CancellationToken.None));
        Assert.Equal(0, await publisher.PublishAsync(redrawAll: false, CancellationToken.None));
    }

    [Fact]
    public async Task A_map_that_went_missing_or_changed_is_put_back_and_a_missing_one_without_a_full_redraw()
    {
        using var worker = fixture.NewWorker();
        var publisher = worker.Services.GetRequiredService<RouteMapPublisher>();
        var files = worker.Services.GetRequiredService<FileStore>();
        await publisher.PublishAsync(redrawAll: false, CancellationToken.None);

        await files.DeleteAsync(RouteMapSvg.Key("JFK", "LAX"), CancellationToken.None);
        Assert.Equal(1, await publisher.PublishAsync(redrawAll: false, CancellationToken.None)); // a route new since the last look
        await AssertMapAsync(worker, "JFK", "LAX");

        await files.PutAsync(RouteMapSvg.Key("SFO", "JFK"), "<svg/>"u8.ToArray(), RouteMapSvg.ContentType, CancellationToken.None);
        Assert.Equal(0, await publisher.PublishAsync(redrawAll: false, CancellationToken.None)); // present: later passes leave it
        Assert.Equal(1, await publisher.PublishAsync(redrawAll: true, CancellationToken.None)); // a Worker's first pass redraws
        await AssertMapAsync(worker, "SFO", "JFK");
    }

    /// <summary>Stored as public SVG with a title, the sea, the land, one arc path and both airports' codes.</summary>
    private async Task AssertMapAsync(Microsoft.Extensions.Hosting.IHost worker, string from, string to)
    {
        var s3 = worker.Services.GetRequiredService<IAmazonS3>();
        using var response = await s3.GetObjectAsync(Testing.S3Emulator.Bucket, RouteMapSvg.Key(from, to));
        Assert.Equal("image/svg+xml", response.Headers.ContentType);
        Assert.Equal(PublicAssetCaching.CacheControl, response.Headers.CacheControl);
        var svg = XDocument.Load(response.ResponseStream).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal($"Route map {from} to {to}", svg.Element(Svg + "title")?.Value);
        var arc = Assert.Single(svg.Elements(Svg + "path"), p => (string?)p.Attribute("class") == "arc");
        Assert.True(arc.Attribute("d")!.Value.Count(c => c == 'L') >= 32, "the arc is a curve of many segments");
        Assert.Single(svg.Elements(Svg + "path"), p => (string?)p.Attribute("class") == "land");
        Assert.Equal([from, to], svg.Elements(Svg + "text").Select(t => t.Value));
    }

    private async Task<List<(string From, string To)>> RoutesAsync()
    {
        var routes = new List<(string, string)>();
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT DISTINCT from_airport, to_airport FROM flights ORDER BY 1, 2", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) routes.Add((reader.GetString(0).Trim(), reader.GetString(1).Trim()));
        return routes;
    }
}
