using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.PublicReads;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Apis;

public static class FlightsApi
{
    public static IEndpointRouteBuilder MapFlightsApi(this IEndpointRouteBuilder app)
    {
        var flights = app.MapGroup("/api/flights").WithTags("Flights");
        flights.MapGet("/", SearchFlights)
            .WithName("SearchFlights")
            .WithSummary("Search flights on one route and local departure date with enough seats for the party")
            .CachedPublicly(PublicCache.Flights);
        flights.MapGet("/{id:guid}", GetFlight)
            .WithName("GetFlight")
            .WithSummary("One flight")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedPublicly(PublicCache.Flights);
        flights.MapGet("/{id:guid}/seats", GetSeatMap)
            .WithName("GetSeatMap")
            .WithSummary("The flight's seats by cabin with their fares, each available, held or booked")
            .ProducesProblem(StatusCodes.Status404NotFound); // never cached: see PublicCache
        return app;
    }

    public static async Task<Results<Ok<SeatMapView>, ProblemHttpResult>> GetSeatMap(Guid id, SeatMap seats, CancellationToken ct)
    {
        var map = await seats.ForFlightAsync(id, ct);
        return map is null ? Problems.NotFound($"No flight with id {id}.") : TypedResults.Ok(map);
    }

    public static async Task<Results<Ok<PagedList<FlightSummary>>, ValidationProblem>> SearchFlights(
        [AsParameters] FlightSearchParameters parameters,
        AirportDirectory airports,
        FlightSearch search,
        PublicReadCache cache,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (query, errors) = FlightSearchValidator.Validate(parameters, await airports.AllAsync(cancellationToken), clock.GetUtcNow());
        if (query is null) return TypedResults.ValidationProblem(errors, title: "The flight search is not valid.");
        return TypedResults.Ok(await cache.GetOrReadAsync(PublicRead.FlightSearch, query.CacheKey, PublicCache.Flights,
            ct => new ValueTask<PagedList<FlightSummary>>(search.RunAsync(query, ct)), cancellationToken));
    }

    public static async Task<Results<Ok<FlightSummary>, ProblemHttpResult>> GetFlight(
        Guid id, FlightSearch search, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var flight = await cache.GetOrReadAsync(PublicRead.Flight, id.ToString("N"), PublicCache.Flights,
            ct => new ValueTask<FlightSummary?>(search.FindAsync(id, ct)), cancellationToken);
        return flight is null
            ? Problems.NotFound($"No flight with id {id}.")
            : TypedResults.Ok(flight);
    }
}
