using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// Ends holds whose ten minutes are up: the booking becomes expired, its seats return and its open payments are
/// cancelled at Stripe by the Worker (<see cref="BookingEnd"/>). Bookings locked by a payment settling right now are
/// skipped and looked at again next sweep, so the sweep never waits on, nor deadlocks with, a payment.
/// </summary>
public sealed class HoldExpiry(BookerDbContext db, IdempotencyKeys keys, TimeProvider clock)
{
    private const int BatchSize = 500;

    /// <returns>How many bookings expired.</returns>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var expired = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.UtcNowAsStored();
            var lapsed = await db.Database.QueryBatchAsync([SqlBatch.Command($"""
                SELECT id FROM bookings
                WHERE booking_status = {BookingStatus.PendingPayment} AND hold_expires_at < {now}
                ORDER BY id LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)], BookingIds.ReadAsync, ct);
            if (lapsed.Length == 0) return 0;
            var ended = await db.Database.QueryBatchAsync([BookingEnd.Command(lapsed, BookingStatus.Expired, now)], BookingEnd.ReadAsync, ct);
            await transaction.CommitAsync(ct);
            return ended.Bookings;
        });
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
                var expired = await scope.ServiceProvider.GetRequiredService<HoldExpiry>().SweepAsync(stoppingToken);
                if (expired > 0) logger.LogInformation("Expired {Bookings} unpaid bookings and released their seats", expired);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Hold sweep failed; trying again at the next tick");
            }
        }
    }
}
