using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure.Seeding;
using SkyHighBooker.Api.Itineraries;

namespace SkyHighBooker.UnitTests.Api.Itineraries;

public sealed class ConnectionRulesTests
{
    private static readonly IReadOnlyList<Airport> Catalog = AirportCatalog.All.Select(e => e.Airport).ToList();

    private static Airport At(string code) => Catalog.Single(a => a.Code == code);

    private static Dictionary<string, int> MinimumsByHub(ConnectionRules rules, string from, string to, params string[] hubs) =>
        rules.HubsFor(At(from), At(to), hubs.Select(At)).ToDictionary(h => h.Airport.Code, h => h.MinimumMinutes);

    [Fact]
    public void A_hub_in_the_trips_one_country_takes_the_domestic_minimum_and_any_other_the_international_one()
    {
        var minimums = MinimumsByHub(new ConnectionRules(), "BOS", "SFO", "BOS", "SFO", "PHX", "YYZ");

        Assert.Equal(new Dictionary<string, int> { ["PHX"] = 45, ["YYZ"] = 60 }, minimums);
    }

    [Fact]
    public void A_big_hub_has_its_own_minimums_and_a_trip_abroad_makes_every_connection_international()
    {
        var rules = new ConnectionRules();

        Assert.Equal(60, MinimumsByHub(rules, "BOS", "SFO", "ORD")["ORD"]);
        Assert.Equal(90, MinimumsByHub(rules, "BOS", "LHR", "JFK")["JFK"]);
        Assert.Equal(60, MinimumsByHub(rules, "BOS", "LHR", "IAD")["IAD"]);
    }

    [Fact]
    public void The_trips_own_origin_and_destination_are_never_hubs()
    {
        Assert.Equal(["ORD"], MinimumsByHub(new ConnectionRules(), "BOS", "SFO", "BOS", "ORD", "SFO").Keys);
    }

    [Fact]
    public void A_hub_that_takes_the_trip_more_than_half_as_far_again_as_the_direct_route_is_not_offered()
    {
        var rules = new ConnectionRules();

        var hubs = rules.HubsFor(At("BOS"), At("SFO"), Catalog);

        Assert.Contains(hubs, h => h.Airport.Code == "ORD");
        Assert.Contains(hubs, h => h.Airport.Code == "DEN");
        Assert.DoesNotContain(hubs, h => h.Airport.Code is "LHR" or "AMS" or "DXB" or "HNL");
        Assert.All(hubs, h => Assert.InRange(h.KmFromOrigin + h.KmToDestination, 0, rules.MaximumKm(At("BOS"), At("SFO"))));
        Assert.InRange(rules.MaximumKm(At("BOS"), At("SFO")), 1.5 * 4300, 1.5 * 4380); // Boston–San Francisco is ~4,340 km
    }

    [Fact]
    public void The_detour_allowed_is_configurable()
    {
        var generous = new ConnectionRules { MaximumDetour = 6 };

        Assert.Contains(generous.HubsFor(At("BOS"), At("SFO"), Catalog), h => h.Airport.Code == "LHR");
    }
}
