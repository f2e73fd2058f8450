using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkyHighBooker.Api.Infrastructure.Seeding;
using SkyHighBooker.Api.PublicAssets;

namespace SkyHighBooker.Api.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations and seeds before the Api takes traffic, so no request ever sees a half-made schema, one Api at
    /// a time however many start together (<see cref="DatabaseStartupLock"/>); then puts the public assets in the bucket
    /// (idempotent, so every Api may).
    /// </summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BookerDbContext>();
        await using (await DatabaseStartupLock.AcquireAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            var days = scope.ServiceProvider.GetRequiredService<IOptions<SeedOptions>>().Value.ScheduleDays;
            if (days > 0) await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(days, cancellationToken);
        }
        await scope.ServiceProvider.GetRequiredService<PublicAssetPublisher>().TryPublishAsync(cancellationToken);
    }
}
