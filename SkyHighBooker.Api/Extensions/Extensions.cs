using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Infrastructure.Seeding;

namespace SkyHighBooker.Api.Extensions;

public static class Extensions
{
    public const string DatabaseName = "skyhighdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<BookerDbContext>(DatabaseName, configureDbContextOptions: options =>
            options.UseNpgsql(npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
                .UseSnakeCaseNamingConvention());

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AirportDirectory>();
        builder.Services.AddScoped<FlightSearch>();
        builder.Services.AddScoped<DatabaseSeeder>();
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }
}
