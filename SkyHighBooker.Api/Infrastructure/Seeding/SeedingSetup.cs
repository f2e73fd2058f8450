using SkyHighBooker.Api.PublicAssets;

namespace SkyHighBooker.Api.Infrastructure.Seeding;

public static class SeedingSetup
{
    /// <summary>The airport catalog and timetable loaded at start-up (<see cref="DatabaseSeeder"/>), and the public assets put in the bucket (<see cref="PublicAssetPublisher"/>).</summary>
    public static IHostApplicationBuilder AddSeeding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DatabaseSeeder>();
        builder.Services.AddScoped<PublicAssetPublisher>();
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
        return builder;
    }
}
