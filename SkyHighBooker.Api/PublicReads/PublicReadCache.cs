using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Hybrid;
using SkyHighBooker.Api.Apis;

namespace SkyHighBooker.Api.PublicReads;

/// <summary>What a public read is, as the cache's metrics name it.</summary>
public static class PublicRead
{
    public const string FlightSearch = "flight-search";
    public const string Flight = "flight";
    public const string Airports = "airports";
    public const string Itineraries = "itineraries";
    public const string FareCalendar = "fare-calendar";
}

/// <summary>
/// Public, anonymous reads kept in this process for as long as <see cref="PublicCache"/> lets CloudFront keep them (a
/// search 30 s, airports an hour), so the Api never answers older than the CDN would. Keyed by the validated query,
/// so spellings that mean the same search share an entry. Seat maps, bookings and payments never come through here.
/// Hits and misses are counted on <see cref="MeterName"/>, which ServiceDefaults exports ("SkyHighBooker.*"); a
/// caller that joined another's database read for the same key (HybridCache's stampede protection) counts as a hit.
/// </summary>
public sealed class PublicReadCache
{
    public const string MeterName = "SkyHighBooker.Api.PublicReads";
    public const string HitsInstrument = "skyhighbooker.public_read_cache.hits";
    public const string MissesInstrument = "skyhighbooker.public_read_cache.misses";
    public const string ReadTag = "read";
    /// <summary>Configuration switch (default on); off, every public read goes to the database (bench/flight-search's uncached pass).</summary>
    public const string EnabledSetting = "PublicReads:Cache";

    private readonly HybridCache cache;
    private readonly bool enabled;
    private readonly Counter<long> hits;
    private readonly Counter<long> misses;

    public PublicReadCache(HybridCache cache, IMeterFactory meters, IConfiguration configuration)
    {
        this.cache = cache;
        enabled = configuration.GetValue(EnabledSetting, defaultValue: true);
        var meter = meters.Create(MeterName);
        hits = meter.CreateCounter<long>(HitsInstrument, "{read}", "Public reads answered from the Api's in-process cache");
        misses = meter.CreateCounter<long>(MissesInstrument, "{read}", "Public reads that went to the database and were then cached");
    }

    /// <summary>The kept answer for <paramref name="key"/>, or <paramref name="readDatabase"/>'s, kept for <paramref name="lifetime"/>'s shared age.</summary>
    public async ValueTask<T> GetOrReadAsync<T>(string read, string key, PublicCache lifetime,
        Func<CancellationToken, ValueTask<T>> readDatabase, CancellationToken ct)
    {
        if (!enabled) return await readDatabase(ct);
        var missed = false;
        var answer = await cache.GetOrCreateAsync(
            $"{read}:{key}",
            async token =>
            {
                missed = true;
                return await readDatabase(token);
            },
            EntryOptions(lifetime),
            cancellationToken: ct);
        (missed ? misses : hits).Add(1, new KeyValuePair<string, object?>(ReadTag, read));
        if (answer is null) await cache.RemoveAsync($"{read}:{key}", ct); // a 404 is not kept, as CloudFront keeps none
        return answer;
    }

    private static HybridCacheEntryOptions EntryOptions(PublicCache lifetime)
    {
        var age = TimeSpan.FromSeconds(lifetime.SharedMaxAgeSeconds);
        return new HybridCacheEntryOptions { Expiration = age, LocalCacheExpiration = age };
    }
}
