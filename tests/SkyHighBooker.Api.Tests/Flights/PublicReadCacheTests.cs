using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using System.Diagnostics.Metrics;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.PublicReads;
using SkyHighBooker.Api.Seats;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Flights;

/// <summary>
/// Public reads are kept in the Api for their CloudFront lifetime, counted as hits and misses on the exported meter;
/// the booking path (seat maps, bookings) always reads the database.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PublicReadCacheTests(ApiFixture api) : IAsyncLifetime
{
    private WebApplicationFactory<Program> cached = null!;
    private MetricCollector<long> hits = null!;
    private MetricCollector<long> misses = null!;

    public Task InitializeAsync()
    {
        cached = api.WithSettings([new(PublicReadCache.EnabledSetting, "true")]);
        var meters = cached.Services.GetRequiredService<IMeterFactory>();
        hits = new MetricCollector<long>(meters, PublicReadCache.MeterName, PublicReadCache.HitsInstrument);
        misses = new MetricCollector<long>(meters, PublicReadCache.MeterName, PublicReadCache.MissesInstrument);
        return Task.CompletedTask;
    }

    private long Counted(MetricCollector<long> collector, string read) =>
        collector.GetMeasurementSnapshot().Where(m => Equals(m.Tags[PublicReadCache.ReadTag], read)).Sum(m => m.Value);

    private static string LocalDate(DateTimeOffset departure, string zone) =>
        TimeZoneInfo.ConvertTime(departure, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_second_identical_search_is_a_hit_even_spelt_differently_and_a_different_search_is_a_miss()
    {
        using var client = cached.CreateClient();
        var date = DateTime.UtcNow.AddDays(47).ToString("yyyy-MM-dd");

        var first = await client.GetFromJsonAsync<PagedList<FlightSummary>>($"/api/flights?from=JFK&to=LAX&date={date}");
        Assert.Equal((0, 1), (Counted(hits, PublicRead.FlightSearch), Counted(misses, PublicRead.FlightSearch)));

        // The flight sells out in the database; the kept answer still lists it: it was served from the cache.
        await api.ScalarAsync<int>("UPDATE flights SET available_seats = 0 WHERE id = $1 RETURNING 0", first!.Items[0].Id);
        var again = await client.GetFromJsonAsync<PagedList<FlightSummary>>($"/api/flights?from=jfk&to=lax&date={date}&passengers=1&sort=departure");
        Assert.Equal(first.Items.Select(f => f.Id), again!.Items.Select(f => f.Id));
        Assert.Equal((1, 1), (Counted(hits, PublicRead.FlightSearch), Counted(misses, PublicRead.FlightSearch)));

        var other = await client.GetFromJsonAsync<PagedList<FlightSummary>>($"/api/flights?from=JFK&to=LAX&date={date}&sort=price");
        Assert.DoesNotContain(other!.Items, f => f.Id == first.Items[0].Id);
        Assert.Equal((1, 2), (Counted(hits, PublicRead.FlightSearch), Counted(misses, PublicRead.FlightSearch)));
    }

    [Fact]
    public async Task Airport_suggestions_and_a_flights_details_are_kept_too_but_an_unknown_flight_is_not()
    {
        using var client = cached.CreateClient();
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        await client.GetFromJsonAsync<FlightSummary>($"/api/flights/{flight}");
        await client.GetFromJsonAsync<FlightSummary>($"/api/flights/{flight}");
        await client.GetAsync("/api/airports?q=lhr");
        await client.GetAsync("/api/airports?q=LHR");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/flights/{Guid.Empty}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/flights/{Guid.Empty}")).StatusCode);

        Assert.Equal((1, 3), (Counted(hits, PublicRead.Flight), Counted(misses, PublicRead.Flight)));
        Assert.Equal((1, 1), (Counted(hits, PublicRead.Airports), Counted(misses, PublicRead.Airports)));
    }

    [Fact]
    public async Task A_booking_sees_live_seats_while_the_search_that_found_the_flight_is_kept()
    {
        var departure = new DateTimeOffset(DateTimeOffset.UtcNow.Date.AddDays(40).AddHours(14), TimeSpan.Zero);
        var flight = await TestFlights.CreateAsync(api, 76, 1, departure: departure, route: ("BOS", "ORD"));
        using var anonymous = cached.CreateClient();
        var search = $"/api/flights?from=BOS&to=ORD&date={LocalDate(departure, "America/New_York")}&pageSize=100";
        Assert.Contains((await anonymous.GetFromJsonAsync<PagedList<FlightSummary>>(search))!.Items, f => f.Id == flight && f.AvailableSeats == 1);
        var seat = (await anonymous.GetFromJsonAsync<SeatMapView>($"/api/flights/{flight}/seats"))!.Seats.Single(s => s.State == SeatState.Available).Number;

        using var first = api.ClientWithToken((await api.Users.NewUserAsync()).Tokens.AccessToken, cached);
        Assert.Equal(HttpStatusCode.Created, (await first.BookAsync(BookingCalls.Request(flight, seat))).StatusCode);

        // The kept search still offers the flight, as CloudFront's copy would; the seat map and the booking read live.
        Assert.Contains((await anonymous.GetFromJsonAsync<PagedList<FlightSummary>>(search))!.Items, f => f.Id == flight);
        var map = (await anonymous.GetFromJsonAsync<SeatMapView>($"/api/flights/{flight}/seats"))!;
        Assert.Equal(0, map.AvailableSeats);
        Assert.DoesNotContain(map.Seats, s => s.State == SeatState.Available);
        using var second = api.ClientWithToken((await api.Users.NewUserAsync()).Tokens.AccessToken, cached);
        Assert.Equal(HttpStatusCode.Conflict, (await second.BookAsync(BookingCalls.Request(flight, seat))).StatusCode);
        await TestFlights.AssertInvariantsAsync(api);
    }

    public async Task DisposeAsync()
    {
        hits.Dispose();
        misses.Dispose();
        await cached.DisposeAsync();
    }
}
