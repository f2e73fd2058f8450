using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Flights;

/// <summary>
/// The airports, held in memory: they change only with a deployment's seed, and every search needs them
/// (validation, time zones), so a database round trip per request would be waste.
/// </summary>
public sealed class AirportDirectory(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim loadLock = new(1, 1);
    private IReadOnlyDictionary<string, Airport>? byCode;

    public async Task<IReadOnlyDictionary<string, Airport>> AllAsync(CancellationToken cancellationToken)
    {
        if (byCode is not null) return byCode;
        await loadLock.WaitAsync(cancellationToken);
        try
        {
            if (byCode is not null) return byCode;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BookerDbContext>();
            var airports = await db.Airports.AsNoTracking().ToListAsync(cancellationToken);
            byCode = airports.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
            return byCode;
        }
        finally
        {
            loadLock.Release();
        }
    }

    public async Task<Airport?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault(code.Trim());

    public static TimeZoneInfo ZoneOf(Airport airport) => TimeZoneInfo.FindSystemTimeZoneById(airport.TimeZone);
}
