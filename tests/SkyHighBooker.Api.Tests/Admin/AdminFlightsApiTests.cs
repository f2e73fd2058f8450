using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Admin;

[Collection(ApiCollection.Name)]
public sealed class AdminFlightsApiTests(ApiFixture api)
{
    private static readonly DateTimeOffset Departure = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(60), TimeSpan.Zero).AddHours(15);

    private static Dictionary<string, object?> Flight(string number) => new()
    {
        ["flightNumber"] = number, ["airline"] = "Sky High Air", ["from"] = "JFK", ["to"] = "MIA",
        ["departureTime"] = Departure, ["arrivalTime"] = Departure.AddMinutes(190),
        ["price"] = 210.00m, ["aircraft"] = "Boeing 737-800", ["totalSeats"] = 189,
    };

    private static string NewNumber() => "SH" + Random.Shared.Next(1000, 9999);

    public static TheoryData<string, object?, string> BadFlights => new()
    {
        { "arrivalTime", Departure.AddMinutes(-10), "arrivalTime" },
        { "arrivalTime", Departure, "arrivalTime" },
        { "price", 0m, "price" },
        { "price", -5m, "price" },
        { "price", 10.001m, "price" },
        { "totalSeats", -1, "totalSeats" },
        { "from", "XXX", "from" },
        { "to", "JFK", "to" },
        { "flightNumber", "not a number", "flightNumber" },
        { "departureTime", DateTimeOffset.UtcNow.AddDays(-1), "departureTime" },
        { "airline", "", "airline" },
        { "availableSeats", 500, "availableSeats" },
    };

    [Theory]
    [MemberData(nameof(BadFlights))]
    public async Task An_invalid_flight_is_a_400_naming_the_field_and_nothing_is_written(string field, object? value, string reported)
    {
        using var admin = await api.AdminAsync();
        var number = NewNumber();
        var body = Flight(number);
        body[field] = value;
        await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.PostAsJsonAsync("/api/admin/flights", body), reported);
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM flights WHERE flight_number = $1", number));
    }

    [Fact]
    public async Task A_flight_number_flies_once_per_departure_date()
    {
        using var admin = await api.AdminAsync();
        var number = NewNumber();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/admin/flights", Flight(number))).StatusCode);
        var again = Flight(number);
        again["departureTime"] = Departure.AddHours(2);
        again["arrivalTime"] = Departure.AddHours(5);
        var errors = await ProblemAssertions.AssertProblemAsync(await admin.PostAsJsonAsync("/api/admin/flights", again), HttpStatusCode.Conflict);
        Assert.True(errors.TryGetProperty("flightNumber", out _));

        var nextDay = Flight(number);
        nextDay["departureTime"] = Departure.AddDays(1);
        nextDay["arrivalTime"] = Departure.AddDays(1).AddMinutes(190);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/admin/flights", nextDay)).StatusCode);
    }

    [Fact]
    public async Task A_created_flight_is_found_by_search_and_a_cancelled_one_is_not()
    {
        using var admin = await api.AdminAsync();
        var created = await (await admin.PostAsJsonAsync("/api/admin/flights", Flight(NewNumber()))).Content.ReadFromJsonAsync<FlightSummary>();
        var searchPath = $"/api/flights?from=JFK&to=MIA&date={created!.DepartureTime:yyyy-MM-dd}&pageSize=100";
        Assert.Contains((await api.Client.GetFromJsonAsync<PagedList<FlightSummary>>(searchPath))!.Items, f => f.Id == created.Id);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/flights/{created.Id}")).StatusCode);
        Assert.DoesNotContain((await api.Client.GetFromJsonAsync<PagedList<FlightSummary>>(searchPath))!.Items, f => f.Id == created.Id);
        await ProblemAssertions.AssertProblemAsync(await admin.PutAsJsonAsync($"/api/admin/flights/{created.Id}", Flight(created.FlightNumber)), HttpStatusCode.Conflict);
        await ProblemAssertions.AssertProblemAsync(await admin.DeleteAsync($"/api/admin/flights/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Shrinking_a_flight_below_its_taken_seats_is_refused()
    {
        using var admin = await api.AdminAsync();
        var number = NewNumber();
        var body = Flight(number);
        body["availableSeats"] = 100; // 89 of 189 already taken
        var created = await (await admin.PostAsJsonAsync("/api/admin/flights", body)).Content.ReadFromJsonAsync<FlightSummary>();

        var shrunk = Flight(number);
        shrunk["totalSeats"] = 80;
        var errors = await ProblemAssertions.AssertProblemAsync(await admin.PutAsJsonAsync($"/api/admin/flights/{created!.Id}", shrunk), HttpStatusCode.Conflict);
        Assert.True(errors.TryGetProperty("totalSeats", out _));

        shrunk["totalSeats"] = 150;
        var updated = await (await admin.PutAsJsonAsync($"/api/admin/flights/{created.Id}", shrunk)).Content.ReadFromJsonAsync<FlightSummary>();
        Assert.Equal(61, updated!.AvailableSeats);
    }

    [Fact]
    public async Task Admins_list_flights_by_number_and_status()
    {
        using var admin = await api.AdminAsync();
        var number = NewNumber();
        var created = await (await admin.PostAsJsonAsync("/api/admin/flights", Flight(number))).Content.ReadFromJsonAsync<FlightSummary>();
        await admin.DeleteAsync($"/api/admin/flights/{created!.Id}");
        var cancelled = await admin.GetFromJsonAsync<PagedList<FlightSummary>>($"/api/admin/flights?flightNumber={number}&status=cancelled");
        Assert.Equal([created.Id], cancelled!.Items.Select(f => f.Id));
        await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync("/api/admin/flights?status=lost"), "status");
    }
}
