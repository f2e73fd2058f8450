namespace SkyHighBooker.RouteMaps;

/// <summary>The route maps' geometry: great-circle arcs by slerp, the antimeridian, and the projection's window.</summary>
public class RouteMapGeometryTests
{
    private static readonly MapAirport Jfk = new("JFK", new(40.6413, -73.7781));
    private static readonly MapAirport Lhr = new("LHR", new(51.4700, -0.4543));
    private static readonly MapAirport Bos = new("BOS", new(42.3656, -71.0096));
    private static readonly MapAirport Hnd = new("HND", new(35.5494, 139.7798));
    private static readonly MapAirport Lax = new("LAX", new(33.9416, -118.4085));
    private static readonly MapAirport Syd = new("SYD", new(-33.9399, 151.1753));
    private static readonly MapAirport Scl = new("SCL", new(-33.3930, -70.7858));

    [Theory]
    [InlineData(0, 0, 0, 90, 0, 45)] // along the equator
    [InlineData(10, 20, 50, 20, 30, 20)] // along a meridian
    [InlineData(60, -30, 60, 30, 63.4349, 0)] // north of both ends: atan(tan 60° / cos 30°) = atan 2
    [InlineData(0, 170, 0, -170, 0, 180)] // over the antimeridian, not the long way round
    public void The_midpoint_of_known_pairs_is_on_the_great_circle(double lat1, double lon1, double lat2, double lon2, double lat, double lon)
    {
        var mid = GreatCircle.Midpoint(new(lat1, lon1), new(lat2, lon2));
        Assert.Equal(lat, mid.Latitude, 3);
        Assert.Equal(lon, GreatCircle.Unwrap(mid.Longitude, lon), 3);
    }

    [Fact]
    public void New_York_to_London_bows_north_of_both_and_measures_about_5540_km()
    {
        Assert.InRange(GreatCircle.DistanceKm(Jfk.Location, Lhr.Location), 5500, 5580);
        var mid = GreatCircle.Midpoint(Jfk.Location, Lhr.Location);
        Assert.InRange(mid.Latitude, 52, 53); // north of London's 51.5°: the arc's apex
        Assert.InRange(mid.Longitude, -42, -40);
        var arc = GreatCircle.Arc(Jfk.Location, Lhr.Location);
        Assert.Equal(Jfk.Location, arc[0]);
        Assert.Equal(Lhr.Location.Latitude, arc[^1].Latitude, 9);
        Assert.Equal(Lhr.Location.Longitude, arc[^1].Longitude, 9);
    }

    [Theory]
    [MemberData(nameof(AntimeridianRoutes))]
    public void A_route_over_the_antimeridian_is_one_unbroken_arc_in_a_window_across_180_degrees(MapAirport from, MapAirport to)
    {
        var arc = GreatCircle.Arc(from.Location, to.Location);
        Assert.All(arc.Zip(arc.Skip(1)), step => Assert.True(Math.Abs(step.Second.Longitude - step.First.Longitude) < 10));
        Assert.Contains(arc, p => Math.Abs(p.Longitude) > 180);

        var map = RouteMap.For(from, to);
        Assert.True(map.West < 180 && map.East > 180 || map.West < -180 && map.East > -180, $"window {map.West}…{map.East}");
        Assert.All(map.Arc.Zip(map.Arc.Skip(1)), step => Assert.True(Math.Abs(step.Second.X - step.First.X) < map.Width / 8));
        Assert.NotEmpty(map.LandRings); // both coasts, repeated across 180°
    }

    public static TheoryData<MapAirport, MapAirport> AntimeridianRoutes => new() { { Hnd, Lax }, { Lax, Hnd }, { Syd, Scl } };

    [Theory]
    [MemberData(nameof(Routes))]
    public void The_whole_route_is_inside_the_map_with_a_margin_and_land_is_clipped_to_it(MapAirport from, MapAirport to)
    {
        var map = RouteMap.For(from, to);
        Assert.All(map.Arc, p =>
        {
            Assert.InRange(p.X, 10, map.Width - 10);
            Assert.InRange(p.Y, 10, map.Height - 10);
        });
        Assert.NotEmpty(map.LandRings);
        Assert.All(map.LandRings.SelectMany(r => r), p =>
        {
            Assert.InRange(p.X, -2.001, map.Width + 2.001);
            Assert.InRange(p.Y, -2.001, map.Height + 2.001);
        });
        Assert.InRange(map.South, -85.001, 85);
        Assert.InRange(map.North, -85, 85.001);
        // one scale for both axes: the window's shape is the map's, with longitude shortened by the middle latitude's cosine
        var kx = Math.Cos(Math.Clamp((map.South + map.North) / 2, -60, 60) * Math.PI / 180);
        Assert.Equal(map.Width / map.Height, (map.East - map.West) * kx / (map.North - map.South), 2);
    }

    public static TheoryData<MapAirport, MapAirport> Routes => new() { { Jfk, Lhr }, { Jfk, Bos }, { Hnd, Lax }, { Syd, Scl }, { Lhr, Syd } };

    [Fact]
    public void A_short_hop_still_shows_the_coast_around_it()
    {
        var map = RouteMap.For(Jfk, Bos);
        Assert.True(map.East - map.West >= 12, $"window {map.West}…{map.East}");
        Assert.True(Math.Abs(map.FromPoint.X - map.ToPoint.X) > 20, "the two airports are apart on the map");
    }

    [Fact]
    public void The_land_decodes_from_the_topojson_into_closed_rings_within_the_globe()
    {
        Assert.InRange(WorldLand.Rings.Count, 100, 200);
        Assert.All(WorldLand.Rings, ring =>
        {
            Assert.Equal(ring.Points[0], ring.Points[^1]);
            Assert.InRange(ring.West, -180.0001, 180.0001);
            Assert.InRange(ring.South, -90, 90);
        });
        // London is on land-ringed Great Britain: some ring's box holds it
        Assert.Contains(WorldLand.Rings, r => r.West < -0.45 && r.East > -0.45 && r.South < 51.47 && r.North > 51.47 && r.Points.Count > 20);
    }
}
