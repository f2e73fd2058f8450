using Npgsql;

namespace SkyHighBooker.Worker.Bookings;

public sealed class HoldExpiryOptions
{
    public const string Section = "Holds";
    /// <summary>How often lapsed holds are looked for when the last sweep found none.</summary>
    public int SweepIntervalSeconds { get; set; } = 15;
}

/// <summary>
/// Ends holds whose ten minutes are up: the booking becomes expired, its seats return and its open payments are
/// cancelled at Stripe by the payment jobs (<see cref="BookingEnd"/>, the statement the Api's cancellations use too).
/// Bookings locked by a payment settling right now are skipped and looked at again next sweep, so the sweep never
/// waits on, nor deadlocks with, a payment. Idempotency keys past their 24 hours are purged on the same beat.
/// In the Worker, not the Api: the Api may run as a Lambda function, which runs only while it answers a request.
/// </summary>
public sealed class HoldExpiry(NpgsqlDataSource database, TimeProvider clock, ILogger<HoldExpiry> logger) : IJobProcessor
{
    private const int BatchSize = 500;

    /// <returns>How many bookings expired.</returns>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        int expired;
        await using (var connection = await database.OpenConnectionAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            var now = clock.UtcNowAsStored();
            var lapsed = await connection.QueryBatchAsync(transaction, [SqlBatch.Command($"""
                SELECT id FROM bookings
                WHERE booking_status = {BookingStatus.PendingPayment} AND hold_expires_at < {now}
                ORDER BY id LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)], BookingIds.ReadAsync, ct);
            expired = lapsed.Length == 0 ? 0
                : (await connection.QueryBatchAsync(transaction, [BookingEnd.Command(lapsed, BookingStatus.Expired, now)], BookingEnd.ReadAsync, ct)).Bookings;
            await transaction.CommitAsync(ct);
        }
        var sweptAt = clock.GetUtcNow();
        await database.ExecuteBatchAsync([
            SqlBatch.Command($"DELETE FROM idempotency_keys WHERE expires_at < {sweptAt}"),
            // the Api's per-user counts of minutes that are over (PerUserLimit)
            SqlBatch.Command($"DELETE FROM rate_limit_windows WHERE starts_at < {sweptAt.AddMinutes(-1)}"),
        ], ct);
        if (expired > 0) logger.LogInformation("Expired {Bookings} unpaid bookings and released their seats", expired);
        return expired;
    }

    /// <summary>For the polling loop: a full batch says more may be waiting (sweep again at once), anything less says wait the interval.</summary>
    async Task<int> IJobProcessor.ProcessOnceAsync(CancellationToken ct) => await SweepAsync(ct) == BatchSize ? BatchSize : 0;
}

public static class HoldExpirySetup
{
    /// <summary>The sweep that ends lapsed holds, without its background loop (tests drive it).</summary>
    public static IHostApplicationBuilder AddHoldExpiry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(HoldExpiryOptions.Section).Get<HoldExpiryOptions>() ?? new HoldExpiryOptions());
        builder.Services.AddScoped<HoldExpiry>();
        return builder;
    }
}
