using System.Net.Http.Json;
using SkyHighBooker.Schema;
using SkyHighBooker.Api.Itineraries;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Itineraries;

[Collection(ApiCollection.Name)]
public sealed class ItinerarySearchApiTests(ApiFixture api)
{
    private static string Query(string from, string to, DateTimeOffset day, string more = "") =>
        $"from={from}&to={to}&date={day:yyyy-MM-dd}{more}";

    [Fact]
    public async Task A_connection_through_a_hub_is_offered_with_its_layover_total_time_and_summed_price()
    {
        var day = TripDays.Next();
        var direct = await api.FlightAsync("BOS", "SFO", day.AddHours(15), 380, price: 450m);
        var toHub = await api.FlightAsync("BOS", "ORD", day.AddHours(14), 150, price: 120m);
        var onward = await api.FlightAsync("ORD", "SFO", day.AddHours(17).AddMinutes(30), 270, price: 180m);

        var result = await api.SearchAsync(Query("BOS", "SFO", day));

        Assert.Equal(2, result.TotalFound);
        Assert.False(result.Truncated);
        var connection = Assert.Single(result.Items, i => i.Stops == 1);
        Assert.Equal([toHub, onward], connection.Legs.Select(l => l.Id));
        Assert.Equal([new Layover("ORD", 60)], connection.Layovers);
        Assert.Equal(300m, connection.Price);
        Assert.Equal(150 + 60 + 270, connection.TotalMinutes);
        Assert.Equal(connection.Legs[0].DepartureTime, connection.DepartureTime);
        Assert.Equal(connection.Legs[1].ArrivalTime, connection.ArrivalTime);
        var nonstop = Assert.Single(result.Items, i => i.Stops == 0);
        Assert.Equal([direct], nonstop.Legs.Select(l => l.Id));
        Assert.Empty(nonstop.Layovers);
        Assert.Equal(new[] { 300m, 450m }, result.Items.Select(i => i.Price)); // cheapest first by default
    }

    [Fact]
    public async Task Layovers_shorter_than_the_hubs_minimum_or_longer_than_eight_hours_are_not_offered()
    {
        var day = TripDays.Next();
        var toHub = await api.FlightAsync("BOS", "ORD", day.AddHours(14), 150); // lands 16:30 UTC; ORD's domestic minimum is 60 min
        var lands = day.AddHours(16).AddMinutes(30);
        var tooShort = await api.FlightAsync("ORD", "SFO", lands.AddMinutes(59), 270);
        var shortest = await api.FlightAsync("ORD", "SFO", lands.AddMinutes(60), 270);
        var longest = await api.FlightAsync("ORD", "SFO", lands.AddMinutes(480), 270);
        var tooLong = await api.FlightAsync("ORD", "SFO", lands.AddMinutes(481), 270);

        var legs = (await api.SearchAsync(Query("BOS", "SFO", day))).LegIds().ToList();

        Assert.Contains(legs, l => l.SequenceEqual([toHub, shortest]));
        Assert.Contains(legs, l => l.SequenceEqual([toHub, longest]));
        Assert.DoesNotContain(legs, l => l.Contains(tooShort));
        Assert.DoesNotContain(legs, l => l.Contains(tooLong));
    }

    [Fact]
    public async Task A_next_leg_must_leave_after_the_first_lands_in_real_time_whatever_the_local_clocks_say()
    {
        var day = TripDays.Next();
        // Leaves Boston at 14:00 UTC and lands in Denver at 16:30 UTC: on the Boston clock that is two hours later than on Denver's.
        var toHub = await api.FlightAsync("BOS", "DEN", day.AddHours(14), 150);
        var beforeLanding = await api.FlightAsync("DEN", "SFO", day.AddHours(16), 150); // before 16:30 UTC, though after the Boston departure on any clock
        var after = await api.FlightAsync("DEN", "SFO", day.AddHours(17).AddMinutes(30), 150);

        var result = await api.SearchAsync(Query("BOS", "SFO", day));

        var connection = Assert.Single(result.Items);
        Assert.Equal([toHub, after], connection.Legs.Select(l => l.Id));
        Assert.DoesNotContain(result.LegIds(), l => l.Contains(beforeLanding));
        var denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");
        var boston = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(boston.GetUtcOffset(connection.DepartureTime), connection.Legs[0].DepartureTime.Offset);
        Assert.Equal(denver.GetUtcOffset(connection.Legs[0].ArrivalTime), connection.Legs[0].ArrivalTime.Offset);
        Assert.Equal(denver.GetUtcOffset(connection.Legs[1].DepartureTime), connection.Legs[1].DepartureTime.Offset);
        Assert.Equal([new Layover("DEN", 60)], connection.Layovers);
        Assert.Equal(150 + 60 + 150, connection.TotalMinutes);
    }

    [Fact]
    public async Task A_connection_is_offered_only_when_every_leg_has_a_seat_for_each_passenger()
    {
        var day = TripDays.Next();
        var toHub = await api.FlightAsync("BOS", "ATL", day.AddHours(13), 150, availableSeats: 40);
        var onward = await api.FlightAsync("ATL", "SFO", day.AddHours(17), 300, availableSeats: 2);

        var forTwo = await api.SearchAsync(Query("BOS", "SFO", day, "&passengers=2"));
        var forThree = await api.SearchAsync(Query("BOS", "SFO", day, "&passengers=3"));

        var connection = Assert.Single(forTwo.Items);
        Assert.Equal([toHub, onward], connection.Legs.Select(l => l.Id));
        Assert.Equal(2, connection.AvailableSeats);
        Assert.Empty(forThree.Items);
        Assert.Equal(0, forThree.TotalFound);
    }

    [Fact]
    public async Task A_cancelled_flight_takes_its_itineraries_out_of_the_results()
    {
        var day = TripDays.Next();
        var direct = await api.FlightAsync("BOS", "SFO", day.AddHours(15), 380);
        await api.FlightAsync("BOS", "ORD", day.AddHours(14), 150);
        var onward = await api.FlightAsync("ORD", "SFO", day.AddHours(18), 270);
        Assert.Equal(2, (await api.SearchAsync(Query("BOS", "SFO", day))).TotalFound);

        await api.ScalarAsync<int>("UPDATE flights SET status = $2 WHERE id = $1 RETURNING 0", onward, FlightStatus.Cancelled);
        var afterOnward = await api.SearchAsync(Query("BOS", "SFO", day));
        Assert.Equal([[direct]], afterOnward.LegIds());

        await api.ScalarAsync<int>("UPDATE flights SET status = $2 WHERE id = $1 RETURNING 0", direct, FlightStatus.Cancelled);
        Assert.Empty((await api.SearchAsync(Query("BOS", "SFO", day))).Items);
    }

    [Fact]
    public async Task MaxStops_bounds_the_connections_and_two_stops_chain_legal_connections()
    {
        var day = TripDays.Next();
        var direct = await api.FlightAsync("BOS", "SFO", day.AddHours(15), 380, price: 600m);
        var first = await api.FlightAsync("BOS", "ORD", day.AddHours(12), 150, price: 90m);
        var second = await api.FlightAsync("ORD", "DEN", day.AddHours(16), 150, price: 80m);
        var third = await api.FlightAsync("DEN", "SFO", day.AddHours(19).AddMinutes(30), 150, price: 70m);

        var direct0 = await api.SearchAsync(Query("BOS", "SFO", day, "&maxStops=0"));
        var upTo1 = await api.SearchAsync(Query("BOS", "SFO", day, "&maxStops=1"));
        var upTo2 = await api.SearchAsync(Query("BOS", "SFO", day, "&maxStops=2"));

        Assert.Equal([[direct]], direct0.LegIds());
        Assert.Equal([[direct]], upTo1.LegIds());
        Assert.Equal([[first, second, third], [direct]], upTo2.LegIds());
        Assert.Equal([new Layover("ORD", 90), new Layover("DEN", 60)], upTo2.Items[0].Layovers);
        Assert.Equal(240m, upTo2.Items[0].Price);
    }

    [Fact]
    public async Task A_connection_that_flies_far_out_of_the_way_is_not_offered_however_legal_its_times()
    {
        var day = TripDays.Next();
        var toLondon = await api.FlightAsync("BOS", "LHR", day.AddHours(13), 405, price: 40m);
        var fromLondon = await api.FlightAsync("LHR", "SFO", day.AddHours(22), 660, price: 40m);
        var toDenver = await api.FlightAsync("BOS", "DEN", day.AddHours(12), 270);
        var denverToNewYork = await api.FlightAsync("DEN", "JFK", day.AddHours(18), 240); // each hub alone is on the way
        var newYorkToSanFrancisco = await api.FlightAsync("JFK", "SFO", day.AddHours(23).AddMinutes(30), 390);
        var query = Query("BOS", "SFO", day, "&maxStops=2");

        var result = await api.SearchAsync(query);
        var generous = api.WithSettings([new("Connections:MaximumDetour", "6")]).CreateClient();
        var withoutTheRule = await generous.GetFromJsonAsync<ItinerarySearchResult>("/api/itineraries?" + query);

        Assert.Empty(result.Items); // through London 2.4× the direct distance; Denver then New York 2.2×
        Assert.Contains([toLondon, fromLondon], withoutTheRule!.LegIds());
        Assert.Contains([toDenver, denverToNewYork, newYorkToSanFrancisco], withoutTheRule.LegIds());
    }

    [Theory]
    [InlineData("price")]
    [InlineData("duration")]
    [InlineData("departure")]
    [InlineData("arrival")]
    public async Task Itineraries_are_sorted_as_asked(string sort)
    {
        var day = TripDays.Next();
        await api.FlightAsync("BOS", "SFO", day.AddHours(15), 380, price: 500m);
        await api.FlightAsync("BOS", "SFO", day.AddHours(20), 380, price: 350m);
        await api.FlightAsync("BOS", "ORD", day.AddHours(11), 150, price: 100m);
        await api.FlightAsync("ORD", "SFO", day.AddHours(15), 270, price: 150m);
        await api.FlightAsync("BOS", "DEN", day.AddHours(13), 270, price: 200m);
        await api.FlightAsync("DEN", "SFO", day.AddHours(19), 150, price: 60m);

        var result = await api.SearchAsync(Query("BOS", "SFO", day, $"&sort={sort}"));

        Assert.Equal(4, result.Items.Count);
        Func<Itinerary, IComparable> key = sort switch
        {
            "price" => i => i.Price,
            "duration" => i => i.TotalMinutes,
            "departure" => i => i.DepartureTime.UtcDateTime,
            _ => i => i.ArrivalTime.UtcDateTime,
        };
        Assert.Equal(result.Items.Select(key).Order(), result.Items.Select(key));
    }

    [Fact]
    public async Task The_seeded_schedule_connects_Boston_to_San_Francisco_through_Chicago_or_Denver_legally_with_the_results_capped()
    {
        var day = DateTimeOffset.UtcNow.AddDays(21);
        var rules = new ConnectionRules();

        var result = await api.SearchAsync(Query("BOS", "SFO", day));
        var busy = await api.SearchAsync(Query("JFK", "LAX", day, "&maxStops=2"));

        Assert.Contains(result.Items, i => i.Stops == 1 && i.Layovers[0].Airport is "ORD" or "DEN");
        Assert.All(result.Items, i =>
        {
            foreach (var (arriving, leaving) in i.Legs.Zip(i.Legs.Skip(1)))
            {
                Assert.Equal(arriving.To, leaving.From);
                var layover = (leaving.DepartureTime - arriving.ArrivalTime).TotalMinutes;
                Assert.InRange(layover, rules.DomesticMinimumMinutes, rules.MaximumLayoverMinutes);
            }
            Assert.Equal(i.Legs.Sum(l => l.Price), i.Price);
        });
        Assert.Equal(ItinerarySearch.ResultLimit, busy.Items.Count);
        Assert.True(busy.Truncated);
        Assert.True(busy.TotalFound > busy.Items.Count);
    }
}
