using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.RateLimiting;

/// <summary>
/// The per-user limit (RateLimits:PerUserPermitsPerMinute) on the endpoints that ask for it
/// (<see cref="PerUserLimitEndpoints.RequirePerUserLimit{TBuilder}"/>: account, booking and admin calls), counted in
/// PostgreSQL, one upsert per request, so that every Api counts the same requests: with two replicas, or many Lambda
/// instances on AWS, counters in each process would let a user make the limit at each. The per-address limit stays in
/// process (<see cref="RateLimits"/>): it guards every request, searches too, where a round trip would cost more than
/// the search, and on AWS WAF counts addresses for all instances.
/// </summary>
public sealed class PerUserLimit(TimeProvider clock, int permitsPerMinute) : IMiddleware
{
    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<PerUserLimitMetadata>() is null)
        {
            await next(http);
            return;
        }
        var now = clock.UtcNowAsStored();
        var window = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        var key = http.User.Identity?.IsAuthenticated == true ? "user:" + http.User.UserId() : "ip:" + RateLimits.ClientAddress(http);
        var db = http.RequestServices.GetRequiredService<BookerDbContext>();
        var requests = await db.Database.QueryBatchAsync([SqlBatch.Command($"""
            INSERT INTO rate_limit_windows (key, starts_at, requests) VALUES ({key}, {window}, 1)
            ON CONFLICT (key, starts_at) DO UPDATE SET requests = rate_limit_windows.requests + 1
            RETURNING requests
            """)], ReadRequestsAsync, http.RequestAborted);
        if (requests > permitsPerMinute)
        {
            await RateLimits.RefuseAsync(http, window.AddMinutes(1) - now);
            return;
        }
        await next(http);
    }

    private static async Task<int> ReadRequestsAsync(Npgsql.NpgsqlDataReader reader, CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        return reader.GetInt32(0);
    }
}

/// <summary>Marks an endpoint as counted by <see cref="PerUserLimit"/>.</summary>
public sealed class PerUserLimitMetadata;

public static class PerUserLimitEndpoints
{
    public static TBuilder RequirePerUserLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PerUserLimitMetadata());
}
