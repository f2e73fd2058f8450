using Microsoft.Extensions.Logging.Abstractions;
using SkyHighBooker.Api.Infrastructure.Seeding;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Seeding;

[Collection(BookingsCollection.Name)]
public sealed class SeedingTests(ApiFixture api)
{
    [Fact]
    public async Task The_seed_has_at_least_40_airports_and_100000_flights_over_the_next_180_days()
    {
        Assert.True(await api.ScalarAsync<long>("SELECT count(*) FROM airports") >= 40);
        Assert.True(await api.ScalarAsync<long>("SELECT count(*) FROM flights") >= 100_000);
        Assert.Equal(180L, await api.ScalarAsync<long>("SELECT count(DISTINCT departure_date) FROM flights"));
        Assert.True(await api.ScalarAsync<long>("SELECT count(DISTINCT airline) FROM flights") >= 20);
        Assert.True(await api.ScalarAsync<long>("SELECT count(DISTINCT aircraft) FROM flights") >= 8);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await api.ScalarAsync<long>("SELECT count(*) FROM flights");
        var checksum = await api.ScalarAsync<string>("SELECT md5(string_agg(id::text || price::text, ',' ORDER BY id)) FROM flights");

        await api.WithDbAsync(db => new DatabaseSeeder(db, NullLogger<DatabaseSeeder>.Instance, TimeProvider.System)
            .SeedAsync(180, CancellationToken.None));

        Assert.Equal(before, await api.ScalarAsync<long>("SELECT count(*) FROM flights"));
        Assert.Equal(checksum, await api.ScalarAsync<string>("SELECT md5(string_agg(id::text || price::text, ',' ORDER BY id)) FROM flights"));
    }

    [Fact]
    public async Task The_stored_timetable_is_exactly_the_generated_one()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));
        var generated = FlightSchedule.FlightsOn(day).ToList();
        // Other tests add their own flights on these days, so compare by the generated ids.
        var stored = await api.ScalarAsync<long>("SELECT count(*) FROM flights WHERE departure_date = $1 AND id = ANY($2)", day, generated.Select(f => f.Id).ToArray());
        Assert.Equal(generated.Count, stored);
        var sample = generated[generated.Count / 2];
        Assert.Equal(sample.Price, await api.ScalarAsync<decimal>("SELECT price FROM flights WHERE id = $1", sample.Id));
    }
}
