extern alias WorkerApp;

using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WorkerApp::SkyHighBooker.Worker.Bookings;

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>The Worker's hold-expiry sweep, run once in process against the tests' database, when a test chooses.</summary>
public static class HoldSweeps
{
    /// <returns>How many bookings the sweep expired.</returns>
    public static async Task<int> SweepHoldsAsync(this ApiFixture api)
    {
        await using var database = NpgsqlDataSource.Create(api.ConnectionString);
        return await new HoldExpiry(database, TimeProvider.System, NullLogger<HoldExpiry>.Instance).SweepAsync(CancellationToken.None);
    }
}
