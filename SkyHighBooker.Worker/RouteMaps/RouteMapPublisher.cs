using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SkyHighBooker.RouteMaps;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Worker.RouteMaps;

public sealed class RouteMapOptions
{
    public const string Section = "RouteMaps";
    /// <summary>How often routes without a map are looked for (a route an admin opened since the last look).</summary>
    public int CheckIntervalSeconds { get; set; } = 60;
    /// <summary>Whether this Worker publishes route maps at all; off for Workers started by tests about other jobs (1,040 maps a start).</summary>
    public bool Publish { get; set; } = true;
}

/// <summary>
/// Puts a map of every route any flight flies in the bucket (flights/route-maps/{FROM}-{TO}.svg, <see cref="RouteMapSvg"/>),
/// each drawn once. In the Worker rather than with the Api's start-up assets: the timetable flies about 1,040 routes,
/// measured at 3.5 s of CPU to draw and 10 MB to upload, which a Lambda cold start should not pay.
/// The Worker's first pass draws every map and uploads those whose MD5 (a single-part object's ETag) differs, so a new
/// drawing reaches the bucket with the deployment that brings it; later passes, every <see cref="RouteMapOptions.CheckIntervalSeconds"/>,
/// draw only routes with no map yet: one listing and one query when nothing is new.
/// </summary>
public sealed class RouteMapPublisher(NpgsqlDataSource database, FileStore files, ILogger<RouteMapPublisher> logger) : IJobProcessor
{
    private static readonly SqlColumns AirportColumns = new("airports", "code", "latitude", "longitude");
    private bool redrawnAll;

    /// <param name="redrawAll">Draw every route and compare, rather than only routes with no map.</param>
    /// <returns>How many maps were uploaded.</returns>
    public async Task<int> PublishAsync(bool redrawAll, CancellationToken ct)
    {
        var stored = await files.ListETagsAsync(RouteMapSvg.Prefix, ct);
        var uploaded = 0;
        foreach (var (from, to) in await RoutesAsync(ct))
        {
            var key = RouteMapSvg.Key(from.Code, to.Code);
            var etag = stored.GetValueOrDefault(key);
            if (etag is not null && !redrawAll) continue;
            var svg = Encoding.UTF8.GetBytes(RouteMapSvg.Render(RouteMap.For(from, to)));
            if (etag == Convert.ToHexStringLower(MD5.HashData(svg))) continue;
            await files.PutAsync(key, svg, RouteMapSvg.ContentType, ct, PublicAssetCaching.CacheControl);
            uploaded++;
        }
        if (uploaded > 0) logger.LogInformation("Published {Count} route maps", uploaded);
        return uploaded;
    }

    /// <summary>Every route of the flights table (the seeded timetable's and admins' own), with its airports' coordinates.</summary>
    private Task<List<(MapAirport From, MapAirport To)>> RoutesAsync(CancellationToken ct) => database.QueryBatchAsync(
    [
        SqlBatch.Command($"""
            SELECT {AirportColumns.ListOf("o")}, {AirportColumns.ListOf("d")}
            FROM (SELECT DISTINCT from_airport, to_airport FROM flights) r
            JOIN airports o ON o.code = r.from_airport JOIN airports d ON d.code = r.to_airport
            ORDER BY o.code, d.code
            """),
    ], async (reader, token) =>
    {
        var routes = new List<(MapAirport, MapAirport)>();
        // by position: both ends read the same columns, origin first
        while (await reader.ReadAsync(token))
        {
            routes.Add((new MapAirport(reader.GetString(0).Trim(), new GeoPoint(reader.GetDouble(1), reader.GetDouble(2))),
                new MapAirport(reader.GetString(3).Trim(), new GeoPoint(reader.GetDouble(4), reader.GetDouble(5)))));
        }
        return routes;
    }, ct);

    /// <summary>For the polling loop: the first pass redraws all, later ones only what is missing; always wait the interval after.</summary>
    async Task<int> IJobProcessor.ProcessOnceAsync(CancellationToken ct)
    {
        await PublishAsync(redrawAll: !redrawnAll, ct);
        redrawnAll = true;
        return 0;
    }
}

public static class RouteMapsSetup
{
    /// <summary>The route maps' publisher, without its background loop (tests drive it); it uses the database and storage <see cref="Extensions.Extensions.AddDocumentRendering"/> sets up.</summary>
    public static IHostApplicationBuilder AddRouteMaps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(RouteMapOptions.Section).Get<RouteMapOptions>() ?? new RouteMapOptions());
        builder.Services.AddSingleton<RouteMapPublisher>(); // singleton: it remembers that its first, full pass is done
        return builder;
    }
}
