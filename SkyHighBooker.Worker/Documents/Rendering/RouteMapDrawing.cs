using PdfSharp.Drawing;
using SkyHighBooker.RouteMaps;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>
/// The route's map drawn with PDF shapes from the same geometry as its SVG (flights/route-maps/{FROM}-{TO}.svg,
/// <see cref="RouteMap"/>): the coast near the route, the great-circle arc, the airports and their codes. Vector, a few
/// kilobytes, and nothing fetched from storage.
/// </summary>
internal static class RouteMapDrawing
{
    public static void Draw(DocumentCanvas canvas, string fromCode, GeoPoint from, string toCode, GeoPoint to, double x, double y, double width, double height)
    {
        var map = RouteMap.For(new MapAirport(fromCode, from), new MapAirport(toCode, to), width, height);
        var g = canvas.G;
        XPoint At(MapPoint p) => new(x + p.X, y + p.Y);

        var frame = new XGraphicsPath();
        frame.AddRoundedRectangle(x, y, width, height, 10, 10);
        g.DrawPath(canvas.Brush(DocumentTheme.FromHex(RouteMap.Sea)), frame);

        var state = g.Save();
        g.IntersectClip(frame);
        if (map.LandRings.Count > 0)
        {
            var land = new XGraphicsPath { FillMode = XFillMode.Alternate }; // even-odd, as the SVG: inland seas stay water
            foreach (var ring in map.LandRings) land.AddPolygon(ring.Select(At).ToArray());
            g.DrawPath(DocumentCanvas.Pen(DocumentTheme.FromHex(RouteMap.Shore), 0.4), canvas.Brush(DocumentTheme.FromHex(RouteMap.Land)), land);
        }
        g.DrawLines(new XPen(DocumentTheme.FromHex(RouteMap.ArcColour), 1.8) { LineCap = XLineCap.Round, LineJoin = XLineJoin.Round },
            map.Arc.Select(At).ToArray());
        g.Restore(state);
        g.DrawPath(DocumentCanvas.Pen(DocumentTheme.Rule), frame);

        var font = canvas.Font(9, bold: true);
        var airportColour = DocumentTheme.FromHex(RouteMap.AirportColour);
        foreach (var (code, point, other) in new[] { (fromCode, map.FromPoint, map.ToPoint), (toCode, map.ToPoint, map.FromPoint) })
        {
            var dot = At(point);
            g.DrawEllipse(DocumentCanvas.Pen(DocumentTheme.White, 1), canvas.Brush(airportColour), dot.X - 3.5, dot.Y - 3.5, 7, 7);
            // the SVG's label places in 14-unit text, scaled to this font; y is the baseline there, the top here
            var label = RouteMapLabels.Place(map, point, other);
            canvas.Text(code, font, airportColour, x + label.X, y + label.Y - DocumentCanvas.LineHeight(font) * 0.8, TextAlign.Center);
        }
    }
}
