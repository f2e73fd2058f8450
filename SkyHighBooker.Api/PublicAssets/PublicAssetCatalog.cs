using System.Text;
using SkyHighBooker.Api.Infrastructure.Seeding;

namespace SkyHighBooker.Api.PublicAssets;

public sealed record PublicAsset(string Key, byte[] Content, string ContentType);

/// <summary>
/// What the design's public prefixes hold, all drawn by the project: a logo per airline (static/airline-logos/), the
/// app's own assets (static/app-assets/), and an image per aircraft type the timetable flies (flights/aircraft-images/).
/// Served through the CDN path; nothing under users/ or bookings/ is ever public. The fourth public prefix,
/// flights/route-maps/, is the Worker's (SkyHighBooker.Worker/RouteMaps/): a thousand maps are too much for a start-up.
/// </summary>
public static class PublicAssetCatalog
{
    public const string AirlineLogos = "static/airline-logos/";
    public const string AppAssets = "static/app-assets/";
    public const string AircraftImages = "flights/aircraft-images/";
    public static readonly string[] Prefixes = [AirlineLogos, AppAssets, AircraftImages];
    private const string Svg = "image/svg+xml";

    public static string AirlineLogoKey(string code) => $"{AirlineLogos}{code}.svg";
    public static string AircraftImageKey(string aircraft) => $"{AircraftImages}{AircraftImageSvg.Slug(aircraft)}.svg";

    public static IEnumerable<PublicAsset> All()
    {
        foreach (var mark in AirlineMark.All) yield return new(AirlineLogoKey(mark.Code), Utf8(AirlineLogoSvg.Render(mark)), Svg);
        yield return new($"{AppAssets}site-logo.svg", Utf8(SiteLogoSvg.Svg), Svg);
        foreach (var type in AircraftCatalog.All) yield return new(AircraftImageKey(type.Name), Utf8(AircraftImageSvg.Render(type.Name, type.Seats)), Svg);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
