using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Itineraries;
using SkyHighBooker.Api.PublicReads;

namespace SkyHighBooker.Api.Apis;

public static class FaresApi
{
    public static IEndpointRouteBuilder MapFaresApi(this IEndpointRouteBuilder app)
    {
        var fares = app.MapGroup("/api/fares").WithTags("Fares");
        fares.MapGet("/calendar", GetFareCalendar)
            .WithName("GetFareCalendar")
            .WithSummary("The lowest fare on each day of a month, direct and with at most one connection, for the party")
            .CachedPublicly(PublicCache.Flights);
        return app;
    }

    public static async Task<Results<Ok<FareCalendar>, ValidationProblem>> GetFareCalendar(
        [AsParameters] FareCalendarParameters parameters,
        AirportDirectory airports,
        FareCalendarSearch search,
        PublicReadCache cache,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (query, errors) = FareCalendarValidator.Validate(parameters, await airports.AllAsync(cancellationToken), clock.GetUtcNow());
        if (query is null) return TypedResults.ValidationProblem(errors, title: "The fares calendar request is not valid.");
        return TypedResults.Ok(await cache.GetOrReadAsync(PublicRead.FareCalendar, query.CacheKey, PublicCache.Flights,
            ct => new ValueTask<FareCalendar>(search.RunAsync(query, ct)), cancellationToken));
    }
}
