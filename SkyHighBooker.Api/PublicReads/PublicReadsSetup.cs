namespace SkyHighBooker.Api.PublicReads;

public static class PublicReadsSetup
{
    /// <summary>The in-process cache of public reads.</summary>
    public static IHostApplicationBuilder AddPublicReads(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHybridCache();
        builder.Services.AddSingleton<PublicReadCache>();
        return builder;
    }
}
