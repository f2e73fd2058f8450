namespace SkyHighBooker.Api.PublicReads;

public static class PublicReadsSetup
{
    /// <summary>The in-process cache of public reads and the database they read from (replica or primary).</summary>
    public static IHostApplicationBuilder AddPublicReads(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHybridCache();
        builder.Services.AddSingleton<PublicReadCache>();
        builder.Services.AddSingleton(services => PublicReadDatabase.Open(services.GetRequiredService<IConfiguration>()));
        return builder;
    }
}
