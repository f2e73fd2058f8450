using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Infrastructure.Seeding;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// Several Apis starting at once over one database (AppHost replicas, Lambda cold starts) each create, migrate and
/// seed it only if no other has: they queue on the start-up lock, and all of them come up.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConcurrentStartupTests(ApiFixture api)
{
    private const int ScheduleDays = 2;

    [Fact]
    public async Task Two_Apis_starting_at_once_on_a_database_that_does_not_exist_yet_both_come_up_over_one_schema_and_one_seed()
    {
        var fresh = new NpgsqlConnectionStringBuilder(api.ConnectionString)
        {
            Database = $"skyhighdb_startup_{Guid.NewGuid():N}",
            Pooling = false, // no idle session keeps the database from being dropped at the end
        }.ConnectionString;
        WebApplicationFactory<Program> Api() => api.WithSettings(
        [
            new($"ConnectionStrings:{BookerResources.Database}", fresh),
            new($"{SeedOptions.Section}:{nameof(SeedOptions.ScheduleDays)}", ScheduleDays.ToString()),
        ]);
        var first = Api();
        var second = Api();
        try
        {
            // Each host runs the Api's Program up to its first request: create, migrate and seed included.
            await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

            foreach (var host in new[] { first, second })
            {
                using var client = host.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            }
            await using var scope = first.Services.CreateAsyncScope();
            var database = scope.ServiceProvider.GetRequiredService<BookerDbContext>().Database;
            Assert.Equal(database.GetMigrations(), await database.GetAppliedMigrationsAsync());
            Assert.Equal(ScheduleDays, await Sql.ScalarAsync<long>(fresh, "SELECT count(*) FROM seeded_schedule_days"));
            Assert.Equal(ScheduleDays * FlightSchedule.FlightsPerDay, await Sql.ScalarAsync<long>(fresh, "SELECT count(*) FROM flights"));
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            await DropAsync(fresh);
        }
    }

    private static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
