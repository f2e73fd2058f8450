using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Npgsql;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Itineraries;
using SkyHighBooker.Api.PublicReads;
using SkyHighBooker.Api.Seats;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Api.Tests.Itineraries;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Flights;

/// <summary>
/// With a replica configured, flight and itinerary searches, the fares calendar and a flight's details are read from
/// it, and the booking path (seat map, booking) from the primary. Shown with the replica's replay paused: a flight added on the primary is then missing from what the
/// replica answers and present in what the primary answers.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReadReplicaTests(ApiFixture api)
{
    // The test's own statements on the standby leave no idle session behind, which the count of sessions that are not
    // the public-read pool's would otherwise find (it failed so when another test of this class had run first).
    private static string Unpooled(string connectionString) => connectionString + ";Pooling=false";

    [Fact]
    public async Task Searches_read_the_replica_while_the_seat_map_and_the_booking_read_the_primary()
    {
        var emulators = await SharedEmulators.GetAsync();
        var standby = await emulators.StandbyAsync();
        var database = new NpgsqlConnectionStringBuilder(api.ConnectionString).Database!;
        var onStandby = standby.ConnectionString(database);
        await using var host = api.WithSettings([new($"ConnectionStrings:{BookerResources.DatabaseReplica}", onStandby)]);
        using var anonymous = host.CreateClient();
        var departure = new DateTimeOffset(DateTimeOffset.UtcNow.Date.AddDays(50).AddHours(14), TimeSpan.Zero);
        var search = $"/api/flights?from=BOS&to=ORD&date={TimeZoneInfo.ConvertTime(departure, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")):yyyy-MM-dd}&pageSize=100";

        await standby.CatchUpWithAsync(emulators.Postgres);
        Assert.True(await Sql.ScalarAsync<bool>(Unpooled(onStandby), "SELECT pg_is_in_recovery()"));
        await Sql.ScalarAsync<long>(Unpooled(onStandby), "SELECT count(*) FROM (SELECT pg_wal_replay_pause()) paused");
        Guid flight;
        try
        {
            flight = await TestFlights.CreateAsync(api, 76, 76, departure: departure, route: ("BOS", "ORD"));

            Assert.DoesNotContain((await anonymous.GetFromJsonAsync<PagedList<FlightSummary>>(search))!.Items, f => f.Id == flight);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/flights/{flight}")).StatusCode);

            var map = (await anonymous.GetFromJsonAsync<SeatMapView>($"/api/flights/{flight}/seats"))!;
            Assert.Equal(76, map.AvailableSeats);
            using var traveller = api.ClientWithToken((await api.Users.NewUserAsync()).Tokens.AccessToken, host);
            Assert.Equal(HttpStatusCode.Created, (await traveller.BookAsync(BookingCalls.Request(flight, map.Seats[0].Number))).StatusCode);

            // On the standby, this database's sessions are the public-read pool's only (and this query's own).
            Assert.True(await Sql.ScalarAsync<long>(Unpooled(onStandby),
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1", PublicReadDatabase.ApplicationName) > 0);
            Assert.Equal(0L, await Sql.ScalarAsync<long>(Unpooled(onStandby),
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name <> $1 AND pid <> pg_backend_pid()",
                PublicReadDatabase.ApplicationName));
        }
        finally
        {
            await Sql.ScalarAsync<long>(Unpooled(onStandby), "SELECT count(*) FROM (SELECT pg_wal_replay_resume()) resumed");
        }

        await standby.CatchUpWithAsync(emulators.Postgres);
        Assert.Contains((await anonymous.GetFromJsonAsync<PagedList<FlightSummary>>(search))!.Items, f => f.Id == flight && f.AvailableSeats == 75);
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task Itineraries_and_the_fares_calendar_read_the_replica_and_are_kept_for_their_30_seconds()
    {
        var emulators = await SharedEmulators.GetAsync();
        var standby = await emulators.StandbyAsync();
        var onStandby = standby.ConnectionString(new NpgsqlConnectionStringBuilder(api.ConnectionString).Database!);
        await using var host = api.WithSettings(
        [
            new($"ConnectionStrings:{BookerResources.DatabaseReplica}", onStandby),
            new(PublicReadCache.EnabledSetting, "true"),
        ]);
        using var hits = new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), PublicReadCache.MeterName, PublicReadCache.HitsInstrument);
        using var anonymous = host.CreateClient();
        var day = TripDays.Next(); // a day only this test flies on
        var date = DateOnly.FromDateTime(day.UtcDateTime);
        var itineraries = $"/api/itineraries?from=BOS&to=ORD&date={date:yyyy-MM-dd}";
        var calendar = $"/api/fares/calendar?from=BOS&to=ORD&month={date:yyyy-MM}";
        async Task<decimal?> LowestFareAsync(string query) =>
            (await anonymous.GetFromJsonAsync<FareCalendar>(query))!.Days.Single(d => d.Date == date).Lowest;
        async Task<IEnumerable<Guid>> LegsFoundAsync(string query) =>
            (await anonymous.GetFromJsonAsync<ItinerarySearchResult>(query))!.LegIds().SelectMany(legs => legs);

        await standby.CatchUpWithAsync(emulators.Postgres);
        await Sql.ScalarAsync<long>(Unpooled(onStandby), "SELECT count(*) FROM (SELECT pg_wal_replay_pause()) paused");
        Guid flight;
        try
        {
            // 15:00 UTC is the morning of the same date in Boston.
            flight = await TestFlights.CreateAsync(api, 76, 76, price: 99m, departure: day.AddHours(15), route: ("BOS", "ORD"));
            Assert.Empty(await LegsFoundAsync(itineraries));
            Assert.Null(await LowestFareAsync(calendar));
        }
        finally
        {
            await Sql.ScalarAsync<long>(Unpooled(onStandby), "SELECT count(*) FROM (SELECT pg_wal_replay_resume()) resumed");
        }
        await standby.CatchUpWithAsync(emulators.Postgres);

        // The replica has the flight now; the same questions are still answered from the cache, without it.
        Assert.Empty(await LegsFoundAsync(itineraries + "&passengers=1&maxStops=1&sort=price"));
        Assert.Null(await LowestFareAsync(calendar + "&passengers=1"));
        Assert.Equal(1, hits.GetMeasurementSnapshot().Count(m => Equals(m.Tags[PublicReadCache.ReadTag], PublicRead.Itineraries)));
        Assert.Equal(1, hits.GetMeasurementSnapshot().Count(m => Equals(m.Tags[PublicReadCache.ReadTag], PublicRead.FareCalendar)));
        // Questions not asked before read the caught-up replica.
        Assert.Contains(flight, await LegsFoundAsync(itineraries + "&sort=departure"));
        Assert.Equal(99m, await LowestFareAsync(calendar + "&passengers=2"));
    }

    [Fact]
    public async Task An_admins_new_or_changed_flight_is_answered_from_the_primary_while_the_replica_lags()
    {
        var emulators = await SharedEmulators.GetAsync();
        var standby = await emulators.StandbyAsync();
        var onStandby = standby.ConnectionString(new NpgsqlConnectionStringBuilder(api.ConnectionString).Database!);
        await using var host = api.WithSettings([new($"ConnectionStrings:{BookerResources.DatabaseReplica}", onStandby)]);
        var tokens = await api.Users.SignInAsync(CognitoLocalEmulator.AdminEmail, CognitoLocalEmulator.AdminPassword);
        using var admin = api.ClientWithToken(tokens.AccessToken, host);
        var departs = TripDays.Next().AddHours(15);
        var draft = new Dictionary<string, object?>
        {
            ["flightNumber"] = "SH" + Random.Shared.Next(1000, 9999), ["airline"] = "Sky High Air", ["from"] = "JFK", ["to"] = "MIA",
            ["departureTime"] = departs, ["arrivalTime"] = departs.AddMinutes(190),
            ["price"] = 210.00m, ["aircraft"] = "Boeing 737-800", ["totalSeats"] = 189,
        };

        await standby.CatchUpWithAsync(emulators.Postgres);
        await Sql.ScalarAsync<long>(Unpooled(onStandby), "SELECT count(*) FROM (SELECT pg_wal_replay_pause()) paused");
        try
        {
            var created = await admin.PostAsJsonAsync("/api/admin/flights", draft);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var flight = (await created.Content.ReadFromJsonAsync<FlightSummary>())!;
            Assert.Equal(((string)draft["flightNumber"]!, 210.00m), (flight.FlightNumber, flight.Price));

            draft["price"] = 185.00m;
            var changed = await admin.PutAsJsonAsync($"/api/admin/flights/{flight.Id}", draft);
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Equal(185.00m, (await changed.Content.ReadFromJsonAsync<FlightSummary>())!.Price);
            // The public read still comes from the paused replica, which has not seen the flight.
            using var anonymous = host.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/flights/{flight.Id}")).StatusCode);
        }
        finally
        {
            await Sql.ScalarAsync<long>(Unpooled(onStandby), "SELECT count(*) FROM (SELECT pg_wal_replay_resume()) resumed");
        }
    }
}
