using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Api.Infrastructure.Seeding;
using SkyHighBooker.Api.PublicAssets;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Api.Tests.PublicAssets;

/// <summary>The design's public prefixes, filled at start-up in a real s3rver: what the site and the documents show.</summary>
[Collection(ApiCollection.Name)]
public sealed class PublicAssetTests(ApiFixture api)
{
    [Fact]
    public async Task Publishing_puts_an_svg_for_every_airline_and_aircraft_type_of_the_seeded_timetable_at_the_layouts_key()
    {
        // Start-up publishes too, within a budget that a busy machine can run out of (four Apis start at once here);
        // that it does is seen by the browser tests, which find the logos through the AppHost.
        await api.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<PublicAssetPublisher>().PublishAsync(CancellationToken.None);
        // The seed's flights only: tests in this collection also create flights of made-up airlines and aircraft.
        var seededAirlines = AirlineCatalog.All.Select(airline => airline.Code).ToHashSet();
        var seededAircraft = AircraftCatalog.All.Select(type => type.Name).ToHashSet();
        var codes = (await ListAsync("SELECT DISTINCT left(flight_number, 2) FROM flights")).Where(seededAirlines.Contains).ToList();
        var aircraft = (await ListAsync("SELECT DISTINCT aircraft FROM flights")).Where(seededAircraft.Contains).ToList();
        Assert.NotEmpty(codes);
        Assert.NotEmpty(aircraft);

        foreach (var code in codes) await AssertSvgAsync($"static/airline-logos/{code}.svg");
        foreach (var type in aircraft) await AssertSvgAsync($"flights/aircraft-images/{AircraftImageSvg.Slug(type)}.svg");
        await AssertSvgAsync("static/app-assets/site-logo.svg");
    }

    [Fact]
    public void Every_airline_the_seed_can_schedule_has_a_mark_of_its_own()
    {
        Assert.All(AirlineCatalog.All, airline => Assert.Equal(airline.Name, AirlineMark.ForCode(airline.Code)?.Name));
        Assert.Equal(AirlineMark.All.Count, AirlineMark.All.Select(m => m.Code).Distinct().Count());
    }

    [Fact]
    public async Task Publishing_again_uploads_nothing_and_puts_back_an_asset_that_went_missing_or_changed()
    {
        var publisher = api.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<PublicAssetPublisher>();
        var files = api.Factory.Services.GetRequiredService<FileStore>();
        await publisher.PublishAsync(CancellationToken.None);
        Assert.Equal(0, await publisher.PublishAsync(CancellationToken.None));

        var logo = PublicAssetCatalog.AirlineLogoKey("ZZ");
        Assert.Null(await files.DescribeAsync(logo, CancellationToken.None)); // no mark, no logo: the site draws a generic one

        var site = "static/app-assets/site-logo.svg";
        await files.PutAsync(site, "<svg/>"u8.ToArray(), "image/svg+xml", CancellationToken.None);
        await files.DeleteAsync(PublicAssetCatalog.AirlineLogoKey("6E"), CancellationToken.None);
        Assert.Equal(2, await publisher.PublishAsync(CancellationToken.None));
        await AssertSvgAsync(site);
        await AssertSvgAsync(PublicAssetCatalog.AirlineLogoKey("6E"));
    }

    private async Task<List<string>> ListAsync(string sql)
    {
        var values = new List<string>();
        await using var connection = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    /// <summary>Stored with the SVG type and public caching, and parses as an SVG document with a title.</summary>
    private async Task AssertSvgAsync(string key)
    {
        var s3 = api.Factory.Services.GetRequiredService<Amazon.S3.IAmazonS3>();
        var bucket = api.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageSettings>>().Value.BucketName;
        using var response = await s3.GetObjectAsync(bucket, key);
        Assert.Equal("image/svg+xml", response.Headers.ContentType);
        Assert.Equal(PublicAssetPublisher.CacheControl, response.Headers.CacheControl);
        var svg = XDocument.Load(response.ResponseStream).Root!;
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Name);
        Assert.False(string.IsNullOrWhiteSpace(svg.Element(XName.Get("title", "http://www.w3.org/2000/svg"))?.Value), key);
    }
}
