namespace SkyHighBooker.RouteMaps;

/// <summary>
/// The shortest path between two places on a sphere, found by spherical linear interpolation (slerp) of their unit
/// vectors. Pure geometry, no projection.
/// </summary>
public static class GreatCircle
{
    private const double EarthRadiusKm = 6371;

    /// <summary>The point a fraction t (0…1) of the way along the great circle from a to b.</summary>
    public static GeoPoint Interpolate(GeoPoint a, GeoPoint b, double t)
    {
        var (va, vb) = (ToVector(a), ToVector(b));
        var angle = CentralAngle(va, vb);
        if (angle < 1e-12) return a;
        var sin = Math.Sin(angle);
        var (wa, wb) = (Math.Sin((1 - t) * angle) / sin, Math.Sin(t * angle) / sin);
        return ToGeo((wa * va.X + wb * vb.X, wa * va.Y + wb * vb.Y, wa * va.Z + wb * vb.Z));
    }

    public static GeoPoint Midpoint(GeoPoint a, GeoPoint b) => Interpolate(a, b, 0.5);

    public static double DistanceKm(GeoPoint a, GeoPoint b) => CentralAngle(ToVector(a), ToVector(b)) * EarthRadiusKm;

    /// <summary>
    /// segments + 1 points from a to b. Longitudes are unwrapped: each differs from the previous by less than 180°, so
    /// a route over the antimeridian runs past ±180 (e.g. 170 → 190) instead of jumping across the map.
    /// </summary>
    public static IReadOnlyList<GeoPoint> Arc(GeoPoint a, GeoPoint b, int segments = 64)
    {
        var points = new List<GeoPoint>(segments + 1);
        for (var i = 0; i <= segments; i++)
        {
            var p = Interpolate(a, b, (double)i / segments);
            if (points.Count > 0) p = p with { Longitude = Unwrap(p.Longitude, points[^1].Longitude) };
            points.Add(p);
        }
        return points;
    }

    /// <summary>The longitude equal to lon (mod 360) that lies within 180° of reference.</summary>
    public static double Unwrap(double lon, double reference)
    {
        while (lon - reference > 180) lon -= 360;
        while (lon - reference < -180) lon += 360;
        return lon;
    }

    private static (double X, double Y, double Z) ToVector(GeoPoint p)
    {
        var (lat, lon) = (Radians(p.Latitude), Radians(p.Longitude));
        return (Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
    }

    private static GeoPoint ToGeo((double X, double Y, double Z) v) =>
        new(Degrees(Math.Atan2(v.Z, Math.Sqrt(v.X * v.X + v.Y * v.Y))), Degrees(Math.Atan2(v.Y, v.X)));

    // atan2 of the cross and dot products: exact for tiny and near-antipodal angles, where acos of the dot is not.
    private static double CentralAngle((double X, double Y, double Z) a, (double X, double Y, double Z) b)
    {
        var (cx, cy, cz) = (a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);
        return Math.Atan2(Math.Sqrt(cx * cx + cy * cy + cz * cz), a.X * b.X + a.Y * b.Y + a.Z * b.Z);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
