using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Itineraries;

namespace SkyHighBooker.UnitTests.Api.Bookings;

public sealed class SegmentConnectionsTests
{
    private static Airport At(string code, string country) =>
        new() { Code = code, City = code, Name = code, Country = country, TimeZone = "UTC" };

    private static readonly Dictionary<string, Airport> Airports = new[]
    {
        At("BOS", "United States"), At("ORD", "United States"), At("SFO", "United States"), At("PHX", "United States"),
        At("LHR", "United Kingdom"),
    }.ToDictionary(a => a.Code);

    private static readonly DateTimeOffset Noon = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Legs in order, each (from, to, leaves so many minutes after noon, flies so many minutes).</summary>
    private static List<ValidLeg> Legs(params (string From, string To, int Leaves, int Flies)[] legs) =>
    [
        .. legs.Select((leg, k) => new ValidLeg(
            new RequestedLeg(k + 1, Guid.NewGuid(), ["1A"], $"segments[{k}].flightId", [$"segments[{k}].seats[0]"]),
            new Flight
            {
                FlightNumber = $"SH{k + 1}", Airline = "Sky High", FromAirport = leg.From, ToAirport = leg.To, Aircraft = "Airbus A320",
                DepartureTime = Noon.AddMinutes(leg.Leaves), ArrivalTime = Noon.AddMinutes(leg.Leaves + leg.Flies), DurationMinutes = leg.Flies,
            },
            [])),
    ];

    private static Dictionary<string, string[]> Check(params (string, string, int, int)[] legs) =>
        SegmentConnections.Check(Legs(legs), Airports, new ConnectionRules());

    [Fact]
    public void A_connection_after_the_hubs_minimum_is_one_trip()
    {
        Assert.Empty(Check(("BOS", "ORD", 0, 150), ("ORD", "SFO", 150 + 60, 270)));
    }

    [Fact]
    public void A_connection_sooner_than_the_hubs_minimum_names_the_later_leg()
    {
        var errors = Check(("BOS", "ORD", 0, 150), ("ORD", "SFO", 150 + 59, 270));

        Assert.Contains("minimum connecting time there is 60 minutes", Assert.Single(errors["segments[1].flightId"]));
    }

    [Fact]
    public void The_minimum_is_the_international_one_when_the_direction_leaves_the_country()
    {
        // ORD: 60 domestic, 90 international.
        Assert.NotEmpty(Check(("BOS", "ORD", 0, 150), ("ORD", "LHR", 150 + 75, 480)));
        Assert.Empty(Check(("BOS", "ORD", 0, 150), ("ORD", "LHR", 150 + 90, 480)));
    }

    [Fact]
    public void A_leg_from_another_airport_than_the_last_landing_does_not_connect()
    {
        var errors = Check(("BOS", "ORD", 0, 150), ("PHX", "SFO", 600, 120));

        Assert.Equal("Segment 2 leaves from PHX, but segment 1 lands at ORD.", Assert.Single(errors["segments[1].flightId"]));
    }

    [Fact]
    public void A_round_trip_may_stay_days_before_the_return_and_each_direction_connects_on_its_own()
    {
        var days = 5 * 24 * 60;
        Assert.Empty(Check(("BOS", "ORD", 0, 150), ("ORD", "SFO", 210, 270), ("SFO", "ORD", days, 240), ("ORD", "BOS", days + 240 + 60, 140)));
        Assert.NotEmpty(Check(("BOS", "ORD", 0, 150), ("ORD", "SFO", 210, 270), ("SFO", "ORD", days, 240), ("ORD", "BOS", days + 240 + 30, 140)));
    }

    [Fact]
    public void A_long_wait_is_a_stay_only_once_and_only_on_a_trip_that_comes_back()
    {
        var day = 24 * 60;
        Assert.Single(Check(("BOS", "ORD", 0, 150), ("ORD", "SFO", day, 270)));
        Assert.Single(Check(("BOS", "ORD", 0, 150), ("ORD", "SFO", day, 270), ("SFO", "BOS", 3 * day, 330)));
        Assert.Empty(Check(("BOS", "SFO", 0, 390), ("SFO", "BOS", 3 * day, 330)));
    }
}
