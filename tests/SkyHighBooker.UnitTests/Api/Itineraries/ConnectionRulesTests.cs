using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Itineraries;

namespace SkyHighBooker.UnitTests.Api.Itineraries;

public sealed class ConnectionRulesTests
{
    private static Airport At(string code, string country) =>
        new() { Code = code, City = code, Name = code, Country = country, TimeZone = "UTC" };

    private static readonly Airport Boston = At("BOS", "United States"), SanFrancisco = At("SFO", "United States"),
        Chicago = At("ORD", "United States"), Phoenix = At("PHX", "United States"), Toronto = At("YYZ", "Canada"),
        London = At("LHR", "United Kingdom");

    [Fact]
    public void A_hub_in_the_trips_one_country_takes_the_domestic_minimum_and_any_other_the_international_one()
    {
        var minimums = new ConnectionRules().MinimumMinutesFor(Boston, SanFrancisco, [Boston, SanFrancisco, Phoenix, Toronto]);

        Assert.Equal(new Dictionary<string, int> { ["PHX"] = 45, ["YYZ"] = 60 }, minimums);
    }

    [Fact]
    public void A_big_hub_has_its_own_minimums_and_a_trip_abroad_makes_every_connection_international()
    {
        var rules = new ConnectionRules();

        Assert.Equal(60, rules.MinimumMinutesFor(Boston, SanFrancisco, [Chicago])["ORD"]);
        Assert.Equal(90, rules.MinimumMinutesFor(Boston, London, [Chicago])["ORD"]);
        Assert.Equal(60, rules.MinimumMinutesFor(Boston, London, [Phoenix])["PHX"]);
    }

    [Fact]
    public void The_trips_own_origin_and_destination_are_never_hubs()
    {
        var minimums = new ConnectionRules().MinimumMinutesFor(Boston, SanFrancisco, [Boston, Chicago, SanFrancisco]);

        Assert.Equal(["ORD"], minimums.Keys);
    }
}
