using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.PublicReads;

namespace SkyHighBooker.Api.Apis;

public static class AirportsApi
{
    public static IEndpointRouteBuilder MapAirportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/airports").WithTags("Airports")
            .MapGet("/", FindAirports)
            .WithName("FindAirports")
            .WithSummary("Airport autocomplete by IATA code, city or name")
            .CachedPublicly(PublicCache.Airports);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<AirportMatch>>, ValidationProblem>> FindAirports(
        [AsParameters] AirportQuery query,
        AirportDirectory airports,
        PublicReadCache cache,
        CancellationToken cancellationToken)
    {
        var (q, max) = (query.Q, query.Limit ?? 10);
        if (max is < 1 or > AirportSuggestions.MaxLimit)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [$"limit must be a whole number from 1 to {AirportSuggestions.MaxLimit}."] });
        }
        if (q is { Length: > 100 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["q must be at most 100 characters."] });
        }
        // Upper-cased: suggestions match case-insensitively, so "lhr" and "LHR" share an entry.
        var key = $"{max}:{(q ?? "").Trim().ToUpperInvariant()}";
        return TypedResults.Ok(await cache.GetOrReadAsync(PublicRead.Airports, key, PublicCache.Airports,
            async ct => AirportSuggestions.Find((await airports.AllAsync(ct)).Values, q, max), cancellationToken));
    }
}
