using SkyHighBooker.RouteMaps;

namespace SkyHighBooker.Api.Flights;

public sealed class Airport
{
    public required string Code { get; init; }
    public required string City { get; init; }
    public required string Name { get; init; }
    public required string Country { get; init; }
    /// <summary>IANA time zone id, e.g. America/New_York.</summary>
    public required string TimeZone { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }

    public GeoPoint Location => new(Latitude, Longitude);
}
