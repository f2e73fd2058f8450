using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Bookings;

/// <summary>Ends holds whose ten minutes are up: the booking becomes expired and its seats return, in one statement.</summary>
public sealed class HoldExpiry(BookerDbContext db, IdempotencyKeys keys, TimeProvider clock)
{
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var expired = await db.Database.ExecuteSqlAsync($"""
            WITH lapsed AS (
                UPDATE bookings SET booking_status = 'expired', hold_expires_at = NULL, updated_at = now()
                WHERE booking_status = 'pending_payment' AND hold_expires_at < {clock.GetUtcNow()}
                RETURNING id
            )
            DELETE FROM seat_assignments WHERE booking_id IN (SELECT id FROM lapsed)
            """, ct);
        await keys.PurgeExpiredAsync(ct);
        return expired;
    }
}

public sealed class HoldSweeper(IServiceScopeFactory scopes, ILogger<HoldSweeper> logger, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Holds:SweepIntervalSeconds", 15)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var released = await scope.ServiceProvider.GetRequiredService<HoldExpiry>().SweepAsync(stoppingToken);
                if (released > 0) logger.LogInformation("Released {Seats} seats of expired holds", released);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Hold sweep failed; trying again at the next tick");
            }
        }
    }
}
