using System.Net.Http.Json;
using SkyHighBooker.Api.Itineraries;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Itineraries;

[Collection(ApiCollection.Name)]
public sealed class FareCalendarApiTests(ApiFixture api)
{
    private async Task<FareCalendar> CalendarAsync(string query)
    {
        var response = await api.Client.GetAsync("/api/fares/calendar?" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FareCalendar>())!;
    }

    [Fact]
    public async Task Each_day_has_its_lowest_direct_and_one_stop_fares_for_the_party()
    {
        var day = TripDays.Next();
        await api.FlightAsync("BOS", "SFO", day.AddHours(15), 380, price: 450m);
        await api.FlightAsync("BOS", "SFO", day.AddHours(18), 380, price: 400m);
        await api.FlightAsync("BOS", "SFO", day.AddHours(20), 380, price: 100m, availableSeats: 1); // no room for two
        await api.FlightAsync("BOS", "ORD", day.AddHours(14), 150, price: 120m);
        await api.FlightAsync("ORD", "SFO", day.AddHours(17).AddMinutes(30), 270, price: 180m);
        await api.FlightAsync("BOS", "DEN", day.AddHours(13), 270, price: 50m);
        await api.FlightAsync("DEN", "SFO", day.AddHours(17).AddMinutes(40), 150, price: 50m); // 10 minutes after landing: too short

        var calendar = await CalendarAsync($"from=BOS&to=SFO&month={day:yyyy-MM}&passengers=2");

        Assert.Equal(DateTime.DaysInMonth(day.Year, day.Month), calendar.Days.Count);
        Assert.Equal(Enumerable.Range(1, calendar.Days.Count).Select(d => new DateOnly(day.Year, day.Month, d)), calendar.Days.Select(d => d.Date));
        var fares = Assert.Single(calendar.Days, d => d.Date == DateOnly.FromDateTime(day.UtcDateTime));
        Assert.Equal(new FareDay(fares.Date, 300m, 400m, 300m), fares);
        Assert.Equal(("BOS", "SFO", 2, "USD"), (calendar.From, calendar.To, calendar.Passengers, calendar.Currency));
    }

    [Fact]
    public async Task A_day_with_no_flights_has_no_fares_and_a_cancelled_flight_has_none_either()
    {
        var day = TripDays.Next();
        var only = await api.FlightAsync("MIA", "SEA", day.AddHours(15), 380, price: 300m);
        await api.ScalarAsync<int>("UPDATE flights SET status = $2 WHERE id = $1 RETURNING 0", only, SkyHighBooker.Schema.FlightStatus.Cancelled);

        var calendar = await CalendarAsync($"from=MIA&to=SEA&month={day:yyyy-MM}");

        var fares = Assert.Single(calendar.Days, d => d.Date == DateOnly.FromDateTime(day.UtcDateTime));
        Assert.Equal(new FareDay(fares.Date, null, null, null), fares);
    }

    [Fact]
    public async Task The_seeded_schedule_has_fares_on_every_remaining_day_of_this_month()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1));
        var calendar = await CalendarAsync($"from=BOS&to=SFO&month={today:yyyy-MM}");

        Assert.All(calendar.Days.Where(d => d.Date > today), d =>
        {
            Assert.NotNull(d.Lowest);
            Assert.Equal(new[] { d.LowestDirect, d.LowestWithOneStop }.Where(f => f is not null).Min(), d.Lowest);
        });
        Assert.All(calendar.Days.Where(d => d.Date < today.AddDays(-2)), d => Assert.Null(d.Lowest));
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { $"from=XXX&to=SFO&month={DateTime.UtcNow.AddMonths(1):yyyy-MM}", "from" },
        { $"from=BOS&to=BOS&month={DateTime.UtcNow.AddMonths(1):yyyy-MM}", "to" },
        { "from=BOS&to=SFO", "month" },
        { "from=BOS&to=SFO&month=2027-13", "month" },
        { "from=BOS&to=SFO&month=03/2027", "month" },
        { "from=BOS&to=SFO&month=2020-01", "month" },
        { $"from=BOS&to=SFO&month={DateTime.UtcNow.AddMonths(14):yyyy-MM}", "month" },
        { $"from=BOS&to=SFO&month={DateTime.UtcNow.AddMonths(1):yyyy-MM}&passengers=10", "passengers" },
        { $"from=BOS&to=SFO&month={DateTime.UtcNow.AddMonths(1):yyyy-MM}&passengers=x", "passengers" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_fares_calendar_input_is_a_400_problem_naming_the_field(string query, string field)
    {
        var response = await api.Client.GetAsync("/api/fares/calendar?" + query);
        await ProblemAssertions.AssertValidationProblemNamingAsync(response, field);
    }
}
