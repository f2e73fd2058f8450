using SkyHighBooker.Api.Flights;
using SkyHighBooker.RouteMaps;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// When a connection is legal (configuration section "Connections"): the minimum connecting time at the hub, domestic
/// or international (more at the big hubs, where terminals are far apart), the longest layover offered, and how far a
/// connection may stray from the direct route.
/// </summary>
public sealed class ConnectionRules
{
    public const string Section = "Connections";

    public int DomesticMinimumMinutes { get; set; } = 45;
    public int InternationalMinimumMinutes { get; set; } = 60;
    public int MaximumLayoverMinutes { get; set; } = 8 * 60;

    /// <summary>
    /// The longest a connection may fly, as a multiple of the great-circle distance between origin and destination: Boston
    /// to San Francisco through Chicago or Denver (1.0×) is offered, through London or Dubai (2.4×, 5.5×) is not, however
    /// cheap. Airlines' fare rules bound the detour the same way (a maximum permitted mileage over the direct one).
    /// </summary>
    public double MaximumDetour { get; set; } = 1.5;

    /// <summary>The longest distance a trip from <paramref name="origin"/> to <paramref name="destination"/> may fly.</summary>
    public double MaximumKm(Airport origin, Airport destination) =>
        MaximumDetour * GreatCircle.DistanceKm(origin.Location, destination.Location);

    /// <summary>Airports whose minimum connecting times differ from the defaults, by code.</summary>
    public Dictionary<string, HubMinimums> Hubs { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ATL"] = HubMinimums.Of(50, 75),
        ["ORD"] = HubMinimums.Of(60, 90),
        ["DFW"] = HubMinimums.Of(50, 75),
        ["DEN"] = HubMinimums.Of(45, 75),
        ["JFK"] = HubMinimums.Of(60, 90),
        ["LAX"] = HubMinimums.Of(60, 90),
        ["LHR"] = HubMinimums.Of(60, 90),
        ["CDG"] = HubMinimums.Of(60, 90),
        ["FRA"] = HubMinimums.Of(45, 60),
        ["DXB"] = HubMinimums.Of(60, 75),
    };

    /// <summary>
    /// The airports a trip from <paramref name="origin"/> to <paramref name="destination"/> may connect at: those whose
    /// detour is within <see cref="MaximumDetour"/> (a path through more hubs is never shorter than through one of
    /// them alone, so no itinerary through another airport could be), each with its minimum connecting time — domestic
    /// when origin, hub and destination are in one country, international otherwise.
    /// </summary>
    public IReadOnlyList<ConnectingHub> HubsFor(Airport origin, Airport destination, IEnumerable<Airport> airports)
    {
        var maximumKm = MaximumKm(origin, destination);
        return airports
            .Where(hub => hub.Code != origin.Code && hub.Code != destination.Code)
            .Select(hub => new ConnectingHub(hub, MinimumMinutesAt(hub, origin, destination),
                GreatCircle.DistanceKm(origin.Location, hub.Location), GreatCircle.DistanceKm(hub.Location, destination.Location)))
            .Where(hub => hub.KmFromOrigin + hub.KmToDestination <= maximumKm)
            .ToList();
    }

    /// <summary>The minimum connecting time at <paramref name="hub"/> on a trip from <paramref name="origin"/> to <paramref name="destination"/>.</summary>
    public int MinimumMinutesAt(Airport hub, Airport origin, Airport destination)
    {
        var domestic = hub.Country == origin.Country && hub.Country == destination.Country;
        var rule = Hubs.GetValueOrDefault(hub.Code);
        return domestic ? rule?.DomesticMinutes ?? DomesticMinimumMinutes : rule?.InternationalMinutes ?? InternationalMinimumMinutes;
    }
}

public sealed class HubMinimums
{
    public int DomesticMinutes { get; set; }
    public int InternationalMinutes { get; set; }

    public static HubMinimums Of(int domesticMinutes, int internationalMinutes) =>
        new() { DomesticMinutes = domesticMinutes, InternationalMinutes = internationalMinutes };
}
