using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// When a connection is legal (configuration section "Connections"): the minimum connecting time at the hub, domestic
/// or international (more at the big hubs, where terminals are far apart), and the longest layover offered.
/// </summary>
public sealed class ConnectionRules
{
    public const string Section = "Connections";

    public int DomesticMinimumMinutes { get; set; } = 45;
    public int InternationalMinimumMinutes { get; set; } = 60;
    public int MaximumLayoverMinutes { get; set; } = 8 * 60;

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
    /// Each airport's minimum connecting time on a trip from <paramref name="origin"/> to <paramref name="destination"/>:
    /// domestic when origin, hub and destination are in one country, international otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, int> MinimumMinutesFor(Airport origin, Airport destination, IEnumerable<Airport> hubs) =>
        hubs.Where(hub => hub.Code != origin.Code && hub.Code != destination.Code)
            .ToDictionary(hub => hub.Code, hub => MinimumMinutesAt(hub, origin, destination));

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
