namespace SkyHighBooker.Api.PublicReads;

public static class PublicReadsSetup
{
    public const long MemoryCacheBytes = 64 * 1024 * 1024;

    /// <summary>The in-process cache of public reads and the database they read from (replica or primary).</summary>
    public static IHostApplicationBuilder AddPublicReads(this IHostApplicationBuilder builder)
    {
        // HybridCache keeps its entries in the app's IMemoryCache and sizes each by its serialized bytes, so the limit is
        // in bytes. It bounds what a flood of distinct searches (every maxPrice a new key) can hold for their 30 s; at the
        // former 100,000 (sign-ins counted as 1 each) only about a dozen result pages fitted.
        builder.Services.AddMemoryCache(cache => cache.SizeLimit = MemoryCacheBytes);
        builder.Services.AddHybridCache();
        builder.Services.AddSingleton<PublicReadCache>();
        builder.Services.AddSingleton(services => PublicReadDatabase.Open(services.GetRequiredService<IConfiguration>()));
        return builder;
    }
}
