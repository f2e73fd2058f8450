using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Admin.Stats;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

/// <summary>The admin dashboard's numbers, computed in PostgreSQL over whole UTC days; each endpoint takes the same filter.</summary>
public static class AdminStatsApi
{
    public static IEndpointRouteBuilder MapAdminStatsApi(this IEndpointRouteBuilder app)
    {
        var stats = app.MapGroup("/api/admin/stats").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequirePerUserLimit();
        stats.MapGet("/sales", Sales).WithName("AdminSalesStats")
            .WithSummary("Bookings sold (confirmed) and their revenue per UTC day of booking, every day of the span (0 when none)");
        stats.MapGet("/load-factor", LoadFactor).WithName("AdminLoadFactorStats")
            .WithSummary("Seats sold / seats of the scheduled flights departing in the span (origin's local date), per route and per flight, fullest first");
        stats.MapGet("/cancellations", Cancellations).WithName("AdminCancellationStats")
            .WithSummary("Bookings cancelled and refunds decided (count and amount) per UTC day, every day of the span (0 when none)");
        stats.MapGet("/jobs", Jobs).WithName("AdminJobHealthStats")
            .WithSummary("Document, payment and email jobs recorded in the span: queued, running, failed and done, and the oldest open job's age");
        return app;
    }

    public static Task<Results<Ok<SalesStatsView>, ValidationProblem>> Sales(
        [AsParameters] AdminStatsFilter filter, SalesStats stats, AirportDirectory airports, TimeProvider clock, CancellationToken ct) =>
        WithScopeAsync(filter, airports, clock, scope => stats.ReadAsync(scope, ct), ct);

    public static Task<Results<Ok<LoadFactorStatsView>, ValidationProblem>> LoadFactor(
        [AsParameters] AdminStatsFilter filter, LoadFactorStats stats, AirportDirectory airports, TimeProvider clock, CancellationToken ct) =>
        WithScopeAsync(filter, airports, clock, scope => stats.ReadAsync(scope, ct), ct);

    public static Task<Results<Ok<CancellationStatsView>, ValidationProblem>> Cancellations(
        [AsParameters] AdminStatsFilter filter, CancellationStats stats, AirportDirectory airports, TimeProvider clock, CancellationToken ct) =>
        WithScopeAsync(filter, airports, clock, scope => stats.ReadAsync(scope, ct), ct);

    public static Task<Results<Ok<JobHealthStatsView>, ValidationProblem>> Jobs(
        [AsParameters] AdminStatsFilter filter, JobHealthStats stats, AirportDirectory airports, TimeProvider clock, CancellationToken ct) =>
        WithScopeAsync(filter, airports, clock, scope => stats.ReadAsync(scope, ct), ct);

    private static async Task<Results<Ok<T>, ValidationProblem>> WithScopeAsync<T>(AdminStatsFilter filter, AirportDirectory airports,
        TimeProvider clock, Func<StatsScope, Task<T>> read, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (scope, errors) = StatsScopeValidator.Validate(filter, await airports.AllAsync(ct), today);
        if (scope is null) return TypedResults.ValidationProblem(errors, title: "The filter is not valid.");
        return TypedResults.Ok(await read(scope));
    }
}
