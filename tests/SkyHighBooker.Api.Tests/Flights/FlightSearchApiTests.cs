using SkyHighBooker.Api.Apis;
using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Flights;

[Collection(ApiCollection.Name)]
public sealed class FlightSearchApiTests(ApiFixture api)
{
    private static string InDays(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd");

    private async Task<PagedList<FlightSummary>> SearchAsync(string query)
    {
        var response = await api.Client.GetAsync("/api/flights?" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PagedList<FlightSummary>>())!;
    }

    [Fact]
    public async Task Search_returns_the_flights_of_the_route_on_the_local_date_in_departure_order()
    {
        var date = InDays(10);
        var page = await SearchAsync($"from=JFK&to=LAX&date={date}");

        var expected = await api.ScalarAsync<long>(
            "SELECT count(*) FROM flights WHERE from_airport = 'JFK' AND to_airport = 'LAX' AND departure_date = $1::date AND available_seats >= 1 AND status = 'scheduled'",
            DateOnly.Parse(date));
        Assert.True(expected > 0, "the seed flies JFK-LAX every day");
        Assert.Equal(expected, page.TotalCount);
        Assert.All(page.Items, f =>
        {
            Assert.Equal("JFK", f.From);
            Assert.Equal("LAX", f.To);
            Assert.Equal(date, f.DepartureTime.ToString("yyyy-MM-dd"));
            Assert.True(f.ArrivalTime > f.DepartureTime);
            Assert.Equal(f.DurationMinutes, (int)(f.ArrivalTime - f.DepartureTime).TotalMinutes);
        });
        Assert.Equal(page.Items.OrderBy(f => f.DepartureTime).Select(f => f.Id), page.Items.Select(f => f.Id));
    }

    [Fact]
    public async Task Times_are_given_on_the_airport_clocks()
    {
        var page = await SearchAsync($"from=JFK&to=LAX&date={InDays(12)}");
        var flight = Assert.IsType<FlightSummary>(page.Items[0], exactMatch: false);
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        Assert.Equal(newYork.GetUtcOffset(flight.DepartureTime), flight.DepartureTime.Offset);
        Assert.Equal(losAngeles.GetUtcOffset(flight.ArrivalTime), flight.ArrivalTime.Offset);
    }

    [Fact]
    public async Task Only_flights_with_enough_seats_for_the_whole_party_are_returned()
    {
        var date = InDays(5);
        var forNine = await SearchAsync($"from=LHR&to=JFK&date={date}&passengers=9&pageSize=100");
        Assert.All(forNine.Items, f => Assert.True(f.AvailableSeats >= 9));
        var expected = await api.ScalarAsync<long>(
            "SELECT count(*) FROM flights WHERE from_airport = 'LHR' AND to_airport = 'JFK' AND departure_date = $1::date AND available_seats >= 9",
            DateOnly.Parse(date));
        Assert.Equal(expected, forNine.TotalCount);
    }

    [Fact]
    public async Task A_flight_that_just_sold_out_disappears_from_search()
    {
        var date = InDays(20);
        var before = await SearchAsync($"from=ORD&to=DEN&date={date}&pageSize=100");
        var victim = before.Items[0];
        await api.ScalarAsync<int>("UPDATE flights SET available_seats = 0 WHERE id = $1 RETURNING 0", victim.Id);

        var after = await SearchAsync($"from=ORD&to=DEN&date={date}&pageSize=100");
        Assert.Equal(before.TotalCount - 1, after.TotalCount);
        Assert.DoesNotContain(after.Items, f => f.Id == victim.Id);
    }

    [Theory]
    [InlineData("price")]
    [InlineData("duration")]
    [InlineData("departure")]
    public async Task Results_are_sorted_as_asked(string sort)
    {
        var page = await SearchAsync($"from=ATL&to=ORD&date={InDays(3)}&sort={sort}&pageSize=100");
        Assert.True(page.Items.Count > 1);
        Func<FlightSummary, IComparable> key = sort switch
        {
            "price" => f => f.Price,
            "duration" => f => f.DurationMinutes,
            _ => f => f.DepartureTime.UtcDateTime,
        };
        Assert.Equal(page.Items.OrderBy(key).Select(key), page.Items.Select(key));
    }

    [Fact]
    public async Task Filters_narrow_by_airline_price_and_departure_window()
    {
        var date = InDays(8);
        var all = await SearchAsync($"from=JFK&to=LAX&date={date}&pageSize=100");
        var airline = all.Items[0].Airline;
        var byAirline = await SearchAsync($"from=JFK&to=LAX&date={date}&airline={Uri.EscapeDataString(airline)}&pageSize=100");
        Assert.Equal(all.Items.Count(f => f.Airline == airline), byAirline.TotalCount);

        var cheapest = all.Items.Min(f => f.Price);
        var underCheapest = await SearchAsync($"from=JFK&to=LAX&date={date}&maxPrice={cheapest}&pageSize=100");
        Assert.All(underCheapest.Items, f => Assert.True(f.Price <= cheapest));
        Assert.Equal(all.Items.Count(f => f.Price <= cheapest), underCheapest.TotalCount);

        var morning = await SearchAsync($"from=JFK&to=LAX&date={date}&departAfter=06:00&departBefore=11:59&pageSize=100");
        Assert.Equal(all.Items.Count(f => f.DepartureTime.Hour is >= 6 and < 12), morning.TotalCount);
        Assert.All(morning.Items, f => Assert.InRange(f.DepartureTime.Hour, 6, 11));
    }

    [Fact]
    public async Task Pages_cover_every_result_once_with_the_total_count()
    {
        var query = $"from=LHR&to=CDG&date={InDays(14)}&sort=price";
        var whole = await SearchAsync(query + "&pageSize=100");
        Assert.True(whole.TotalCount > 2, "LHR-CDG is a busy route");
        var seen = new List<Guid>();
        for (var page = 1; page <= whole.TotalPages * 2; page++)
        {
            var part = await SearchAsync($"{query}&pageSize=2&page={page}");
            Assert.Equal(whole.TotalCount, part.TotalCount);
            if (part.Items.Count == 0) break;
            seen.AddRange(part.Items.Select(f => f.Id));
        }
        Assert.Equal(whole.Items.Select(f => f.Id), seen);
    }

    [Fact]
    public async Task A_flight_can_be_read_by_id_and_an_unknown_id_is_404()
    {
        var found = (await SearchAsync($"from=SFO&to=SEA&date={InDays(2)}")).Items[0];
        var flight = await api.Client.GetFromJsonAsync<FlightSummary>($"/api/flights/{found.Id}");
        Assert.Equal(found, flight);

        await ProblemAssertions.AssertProblemAsync(await api.Client.GetAsync($"/api/flights/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ProblemAssertions.AssertProblemAsync(await api.Client.GetAsync("/api/flights/not-a-uuid"), HttpStatusCode.NotFound);
    }
}
