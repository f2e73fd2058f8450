namespace SkyHighBooker.Api.Flights;

public sealed record AirportMatch(string Code, string City, string Name, string Country, string TimeZone)
{
    public static AirportMatch From(Airport a) => new(a.Code, a.City, a.Name, a.Country, a.TimeZone);
}
