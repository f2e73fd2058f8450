using System.Text.Json;

namespace SkyHighBooker.RouteMaps;

/// <summary>
/// The world's land as rings of longitude/latitude points, decoded once from Natural Earth's 1:110m TopoJSON
/// (land-110m.json, embedded). TopoJSON stores shared arcs once, quantized and delta-encoded: an arc's first position is
/// absolute, each later one the difference from the previous, and the file's transform turns integers into degrees.
/// A ring lists arc indexes; a negative index ~i is arc i walked backwards.
/// </summary>
public static class WorldLand
{
    private static readonly Lazy<IReadOnlyList<LandRing>> Decoded = new(() =>
    {
        using var stream = typeof(WorldLand).Assembly.GetManifestResourceStream("SkyHighBooker.RouteMaps.land-110m.json")
            ?? throw new InvalidOperationException("land-110m.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        return Decode(json.RootElement, "land");
    });

    /// <summary>Every ring of the land (outer shores and the holes of inland seas), to be filled even-odd.</summary>
    public static IReadOnlyList<LandRing> Rings => Decoded.Value;

    public static IReadOnlyList<LandRing> Decode(JsonElement topology, string objectName)
    {
        var transform = topology.GetProperty("transform");
        var scale = transform.GetProperty("scale");
        var translate = transform.GetProperty("translate");
        var (sx, sy) = (scale[0].GetDouble(), scale[1].GetDouble());
        var (tx, ty) = (translate[0].GetDouble(), translate[1].GetDouble());

        var arcs = new List<GeoPoint[]>();
        foreach (var arc in topology.GetProperty("arcs").EnumerateArray())
        {
            var points = new GeoPoint[arc.GetArrayLength()];
            long x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                x += position[0].GetInt64();
                y += position[1].GetInt64();
                points[i++] = new GeoPoint(y * sy + ty, x * sx + tx);
            }
            arcs.Add(points);
        }

        var rings = new List<LandRing>();
        void Polygon(JsonElement polygon)
        {
            foreach (var ring in polygon.EnumerateArray()) rings.Add(Ring(ring, arcs));
        }
        void Geometry(JsonElement geometry)
        {
            switch (geometry.GetProperty("type").GetString())
            {
                case "GeometryCollection":
                    foreach (var child in geometry.GetProperty("geometries").EnumerateArray()) Geometry(child);
                    break;
                case "Polygon":
                    Polygon(geometry.GetProperty("arcs"));
                    break;
                case "MultiPolygon":
                    foreach (var polygon in geometry.GetProperty("arcs").EnumerateArray()) Polygon(polygon);
                    break;
            }
        }
        Geometry(topology.GetProperty("objects").GetProperty(objectName));
        return rings;
    }

    private static LandRing Ring(JsonElement arcIndexes, List<GeoPoint[]> arcs)
    {
        var points = new List<GeoPoint>();
        foreach (var index in arcIndexes.EnumerateArray())
        {
            var i = index.GetInt32();
            IEnumerable<GeoPoint> arc = i >= 0 ? arcs[i] : arcs[~i].Reverse();
            // consecutive arcs share their end points: keep each once
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }
        return new LandRing(points);
    }
}

/// <summary>One closed ring of land, with its bounding box to skip rings far from a map cheaply.</summary>
public sealed class LandRing
{
    public LandRing(IReadOnlyList<GeoPoint> points)
    {
        Points = points;
        West = points.Min(p => p.Longitude);
        East = points.Max(p => p.Longitude);
        South = points.Min(p => p.Latitude);
        North = points.Max(p => p.Latitude);
    }

    public IReadOnlyList<GeoPoint> Points { get; }
    public double West { get; }
    public double East { get; }
    public double South { get; }
    public double North { get; }
}
