namespace SkyHighBooker.RouteMaps;

/// <summary>Where an airport's code goes: above its dot, or below when the other end of the route is higher up (the arc leaves upwards), kept inside the map.</summary>
public static class RouteMapLabels
{
    /// <returns>The centre of the label's baseline, for text about 14 units tall.</returns>
    public static MapPoint Place(RouteMap map, MapPoint airport, MapPoint other)
    {
        var below = other.Y < airport.Y - 4 || airport.Y < 24;
        var y = below ? airport.Y + 22 : airport.Y - 10;
        if (y > map.Height - 4) y = airport.Y - 10;
        return new MapPoint(Math.Clamp(airport.X, 20, map.Width - 20), y);
    }
}
