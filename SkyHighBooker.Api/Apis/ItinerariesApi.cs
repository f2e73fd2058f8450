using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Itineraries;
using SkyHighBooker.Api.PublicReads;

namespace SkyHighBooker.Api.Apis;

public static class ItinerariesApi
{
    public static IEndpointRouteBuilder MapItinerariesApi(this IEndpointRouteBuilder app)
    {
        var itineraries = app.MapGroup("/api/itineraries").WithTags("Itineraries");
        itineraries.MapGet("/", SearchItineraries)
            .WithName("SearchItineraries")
            .WithSummary("Direct flights and legal connections (up to maxStops) on one local departure date with seats for the party on every leg")
            .CachedPublicly(PublicCache.Flights);
        return app;
    }

    public static async Task<Results<Ok<ItinerarySearchResult>, ValidationProblem>> SearchItineraries(
        [AsParameters] ItinerarySearchParameters parameters,
        AirportDirectory airports,
        ItinerarySearch search,
        PublicReadCache cache,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (query, errors) = ItinerarySearchValidator.Validate(parameters, await airports.AllAsync(cancellationToken), clock.GetUtcNow());
        if (query is null) return TypedResults.ValidationProblem(errors, title: "The itinerary search is not valid.");
        return TypedResults.Ok(await cache.GetOrReadAsync(PublicRead.Itineraries, query.CacheKey, PublicCache.Flights,
            ct => new ValueTask<ItinerarySearchResult>(search.RunAsync(query, ct)), cancellationToken));
    }
}
