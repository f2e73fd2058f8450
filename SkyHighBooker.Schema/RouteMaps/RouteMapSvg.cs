using System.Globalization;
using System.Security;
using System.Text;

namespace SkyHighBooker.RouteMaps;

/// <summary>
/// A route's map as SVG (flights/route-maps/{FROM}-{TO}.svg): the coast near the route, the great-circle arc and the
/// two airports with their codes, all from <see cref="RouteMap"/>, which the confirmation PDF draws too.
/// </summary>
public static class RouteMapSvg
{
    public const string Prefix = "flights/route-maps/";
    public const string ContentType = "image/svg+xml";

    /// <summary>flights/route-maps/{FROM}-{TO}.svg: one per direction, the key the flight page asks for.</summary>
    public static string Key(string from, string to) => $"{Prefix}{from}-{to}.svg";

    public static string Render(RouteMap map)
    {
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string PathOf(IReadOnlyList<MapPoint> points, bool closed)
        {
            var d = new StringBuilder();
            for (var i = 0; i < points.Count; i++) d.Append(i == 0 ? 'M' : 'L').Append(F(points[i].X)).Append(' ').Append(F(points[i].Y));
            if (closed) d.Append('Z');
            return d.ToString();
        }

        var title = $"Route map {map.From.Code} to {map.To.Code}";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {F(map.Width)} {F(map.Height)}" width="{F(map.Width)}" height="{F(map.Height)}" role="img" aria-label="{SecurityElement.Escape(title)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{F(map.Width)}" height="{F(map.Height)}" fill="{RouteMap.Sea}"/>""");
        if (map.LandRings.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<path class="land" fill="{RouteMap.Land}" stroke="{RouteMap.Shore}" stroke-width="0.6" stroke-linejoin="round" fill-rule="evenodd" d="{string.Concat(map.LandRings.Select(r => PathOf(r, true)))}"/>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<path class="arc" fill="none" stroke="{RouteMap.ArcColour}" stroke-width="2.5" stroke-linecap="round" d="{PathOf(map.Arc, false)}"/>""");
        foreach (var (airport, point, other) in new[] { (map.From, map.FromPoint, map.ToPoint), (map.To, map.ToPoint, map.FromPoint) })
        {
            var label = RouteMapLabels.Place(map, point, other);
            svg.Append(CultureInfo.InvariantCulture, $"""<circle class="airport" cx="{F(point.X)}" cy="{F(point.Y)}" r="5" fill="{RouteMap.AirportColour}" stroke="#FFFFFF" stroke-width="1.5"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{F(label.X)}" y="{F(label.Y)}" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="14" font-weight="700" fill="{RouteMap.AirportColour}" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">{SecurityElement.Escape(airport.Code)}</text>""");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
