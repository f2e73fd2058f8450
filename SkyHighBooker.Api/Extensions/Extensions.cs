using SkyHighBooker.Api.Itineraries;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Accounts;
using SkyHighBooker.Api.Admin;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.PublicReads;
using SkyHighBooker.Api.Seats;
using SkyHighBooker.Storage;
using SkyHighBooker.Api.RateLimiting;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Infrastructure.Seeding;
using SkyHighBooker.Api.TravelDocuments;

namespace SkyHighBooker.Api.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Transient failures (a deadlock between two cancellations, a dropped connection) are retried, but briefly: with
        // Aspire's default of 6 retries backing off to 30 s, a request waited 38 s to learn PostgreSQL was down.
        builder.AddNpgsqlDbContext<BookerDbContext>(BookerResources.Database, settings => settings.DisableRetry = true, options =>
            options.UseNpgsql(npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")
                    .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null))
                .UseSnakeCaseNamingConvention());

        builder.Services.AddSingleton(TimeProvider.System);
        // Keys in memory: by default authentication's data protection writes a key ring under $HOME at start, which the
        // Lambda package's read-only file system refuses (found by tests/SkyHighBooker.LambdaPackage.Tests); nothing
        // the Api hands out is protected with it (tokens are Cognito's).
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.AddBookerStorage();
        builder.AddSeeding();

        builder.AddIdentity();
        builder.AddPublicReads();
        builder.AddFlights();
        builder.AddItineraries();
        builder.AddSeats();
        builder.AddIdempotency();
        builder.AddBookings();
        builder.AddPayments();
        builder.AddDocuments();
        builder.AddTravelDocuments();
        builder.AddAdmin();
        builder.AddAccounts();

        builder.AddTrustedProxies();
        builder.AddRateLimits();
        builder.AddProblemAnswers();
        builder.AddApiContract(); // JSON number handling and the OpenAPI document
        return builder;
    }
}
