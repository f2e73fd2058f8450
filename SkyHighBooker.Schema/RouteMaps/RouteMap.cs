namespace SkyHighBooker.RouteMaps;

/// <summary>A point on the map in its own units: x to the right, y down, (0, 0) at the top left.</summary>
public readonly record struct MapPoint(double X, double Y);

/// <summary>
/// A route's map, projected and ready to draw: the land near the route, the great-circle arc and the two airports.
/// One geometry drawn twice, as SVG for the site (flights/route-maps/{FROM}-{TO}.svg) and with PDF shapes on the
/// confirmation, like the airline marks.
/// <para>
/// Projection: equirectangular with its standard parallel at the window's middle latitude (so distances east-west are
/// not stretched near the poles), centred on the arc with a margin, widened or heightened to the map's aspect. The arc's
/// longitudes are unwrapped, so a route over the Pacific is drawn across 180° in one piece, and the land is repeated
/// 360° to either side to fill such a window.
/// </para>
/// </summary>
public sealed class RouteMap
{
    public const double DefaultWidth = 640;
    public const double DefaultHeight = 320;
    public const string Sea = "#E0F2FE";
    public const string Land = "#CBD5E1";
    public const string Shore = "#94A3B8";
    public const string ArcColour = "#E11D48";
    public const string AirportColour = "#1E3A5F";

    private const double MaxLatitude = 85;

    public required MapAirport From { get; init; }
    public required MapAirport To { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    /// <summary>The window in degrees; West/East may lie beyond ±180 for a window over the antimeridian.</summary>
    public required double West { get; init; }
    public required double East { get; init; }
    public required double South { get; init; }
    public required double North { get; init; }
    /// <summary>Land rings clipped to the map (a little beyond it): fill them even-odd, so inland seas stay water.</summary>
    public required IReadOnlyList<IReadOnlyList<MapPoint>> LandRings { get; init; }
    public required IReadOnlyList<MapPoint> Arc { get; init; }
    public MapPoint FromPoint => Arc[0];
    public MapPoint ToPoint => Arc[^1];

    public static RouteMap For(MapAirport from, MapAirport to, double width = DefaultWidth, double height = DefaultHeight)
    {
        var arc = GreatCircle.Arc(from.Location, to.Location);
        var (west, east) = (arc.Min(p => p.Longitude), arc.Max(p => p.Longitude));
        var (south, north) = (arc.Min(p => p.Latitude), arc.Max(p => p.Latitude));

        // margin: a fifth of the route's extent, at least 6° so a short hop still shows its coast
        var lonPad = Math.Max((east - west) * 0.2, 6);
        var latPad = Math.Max((north - south) * 0.2, 6);
        (west, east, south, north) = (west - lonPad, east + lonPad, south - latPad, north + latPad);

        var middleLatitude = Math.Clamp((south + north) / 2, -60, 60);
        var kx = Math.Cos(middleLatitude * Math.PI / 180);
        var aspect = width / height;
        var (lonSpan, latSpan) = (east - west, north - south);
        if (lonSpan * kx / latSpan < aspect) lonSpan = latSpan * aspect / kx;
        else latSpan = lonSpan * kx / aspect;
        lonSpan = Math.Min(lonSpan, 360);
        latSpan = Math.Min(latSpan, 2 * MaxLatitude);

        var (centreLon, centreLat) = ((west + east) / 2, (south + north) / 2);
        centreLat = Math.Clamp(centreLat, -MaxLatitude + latSpan / 2, MaxLatitude - latSpan / 2);
        (west, east) = (centreLon - lonSpan / 2, centreLon + lonSpan / 2);
        (south, north) = (centreLat - latSpan / 2, centreLat + latSpan / 2);

        // one scale for both axes; when a span was capped the map is centred with sea around it
        var scale = Math.Min(width / (lonSpan * kx), height / latSpan);
        MapPoint Project(GeoPoint p, double shift = 0) =>
            new(width / 2 + (p.Longitude + shift - centreLon) * kx * scale, height / 2 - (p.Latitude - centreLat) * scale);

        var land = new List<IReadOnlyList<MapPoint>>();
        foreach (var ring in WorldLand.Rings)
        {
            if (ring.North < south || ring.South > north) continue;
            foreach (var shift in (double[])[-360, 0, 360])
            {
                if (ring.East + shift < west || ring.West + shift > east) continue;
                var clipped = ClipToRectangle(ring.Points.Select(p => Project(p, shift)).ToList(), -2, -2, width + 2, height + 2);
                var simplified = DropCloserThan(clipped, 0.4);
                if (simplified.Count >= 3) land.Add(simplified);
            }
        }

        return new RouteMap
        {
            From = from, To = to, Width = width, Height = height,
            West = west, East = east, South = south, North = north,
            LandRings = land,
            Arc = arc.Select(p => Project(p)).ToList(),
        };
    }

    /// <summary>Sutherland–Hodgman against each edge of an axis-aligned rectangle; concave rings come out with edges along the border, which lie outside the drawn area.</summary>
    public static List<MapPoint> ClipToRectangle(List<MapPoint> ring, double minX, double minY, double maxX, double maxY)
    {
        var result = ring;
        result = ClipEdge(result, p => p.X >= minX, (a, b) => AtX(a, b, minX));
        result = ClipEdge(result, p => p.X <= maxX, (a, b) => AtX(a, b, maxX));
        result = ClipEdge(result, p => p.Y >= minY, (a, b) => AtY(a, b, minY));
        result = ClipEdge(result, p => p.Y <= maxY, (a, b) => AtY(a, b, maxY));
        return result;

        static MapPoint AtX(MapPoint a, MapPoint b, double x) => new(x, a.Y + (b.Y - a.Y) * (x - a.X) / (b.X - a.X));
        static MapPoint AtY(MapPoint a, MapPoint b, double y) => new(a.X + (b.X - a.X) * (y - a.Y) / (b.Y - a.Y), y);
    }

    private static List<MapPoint> ClipEdge(List<MapPoint> ring, Func<MapPoint, bool> inside, Func<MapPoint, MapPoint, MapPoint> cross)
    {
        var output = new List<MapPoint>(ring.Count);
        if (ring.Count == 0) return output;
        var previous = ring[^1];
        foreach (var current in ring)
        {
            if (inside(current))
            {
                if (!inside(previous)) output.Add(cross(previous, current));
                output.Add(current);
            }
            else if (inside(previous)) output.Add(cross(previous, current));
            previous = current;
        }
        return output;
    }

    private static List<MapPoint> DropCloserThan(List<MapPoint> ring, double distance)
    {
        var kept = new List<MapPoint>(ring.Count);
        foreach (var p in ring)
        {
            if (kept.Count > 0 && Math.Abs(p.X - kept[^1].X) < distance && Math.Abs(p.Y - kept[^1].Y) < distance) continue;
            kept.Add(p);
        }
        return kept;
    }
}
