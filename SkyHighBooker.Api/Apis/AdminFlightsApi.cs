using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Admin;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

public static class AdminFlightsApi
{
    public static IEndpointRouteBuilder MapAdminFlightsApi(this IEndpointRouteBuilder app)
    {
        var flights = app.MapGroup("/api/admin/flights").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequirePerUserLimit();
        flights.MapGet("/", ListFlights).WithName("AdminListFlights").WithSummary("All flights, any status, by flight number, route and date");
        flights.MapPost("/", CreateFlight).WithName("AdminCreateFlight").WithSummary("Schedule a flight")
            .ProducesProblem(StatusCodes.Status409Conflict);
        flights.MapPut("/{id:guid}", UpdateFlight).WithName("AdminUpdateFlight").WithSummary("Change a scheduled flight")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        flights.MapDelete("/{id:guid}", CancelFlight).WithName("AdminCancelFlight").WithSummary("Cancel a flight (it stays on record) and every booking on it; paid bookings are refunded in full")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<PagedList<FlightSummary>>, ValidationProblem>> ListFlights(
        [AsParameters] AdminFlightFilter filter, [AsParameters] PageRequest page, AdminFlightQueries queries, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (p, size) = Paging.Read(page, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        return TypedResults.Ok(await queries.ListAsync(filter, p, size, ct));
    }

    public static async Task<Results<Created<FlightSummary>, ValidationProblem, ProblemHttpResult>> CreateFlight(
        FlightDraft draft, AirportDirectory airports, FlightAdministration admin, AdminFlightQueries flights, TimeProvider clock, CancellationToken ct)
    {
        var (flight, errors) = FlightDraftValidator.Validate(draft, await airports.AllAsync(ct), clock.GetUtcNow());
        if (flight is null) return TypedResults.ValidationProblem(errors, title: "The flight is not valid.");
        var (outcome, id) = await admin.CreateAsync(flight, ct);
        if (outcome == FlightChange.DuplicateFlightNumber) return DuplicateFlightNumber(flight);
        return TypedResults.Created($"/api/flights/{id}", await flights.FindAsync(id, ct));
    }

    public static async Task<Results<Ok<FlightSummary>, ValidationProblem, ProblemHttpResult>> UpdateFlight(
        Guid id, FlightDraft draft, AirportDirectory airports, FlightAdministration admin, AdminFlightQueries flights, TimeProvider clock, CancellationToken ct)
    {
        var (flight, errors) = FlightDraftValidator.Validate(draft, await airports.AllAsync(ct), clock.GetUtcNow());
        if (flight is null) return TypedResults.ValidationProblem(errors, title: "The flight is not valid.");
        return await admin.UpdateAsync(id, flight, ct) switch
        {
            FlightChange.Done => TypedResults.Ok((await flights.FindAsync(id, ct))!),
            FlightChange.NotFound => Problems.NotFound($"No flight with id {id}."),
            FlightChange.DuplicateFlightNumber => DuplicateFlightNumber(flight),
            FlightChange.Cancelled => Problems.Conflict("A cancelled flight cannot be changed."),
            _ => Problems.Conflict("More seats are held or sold than the new total allows.", "totalSeats"),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> CancelFlight(Guid id, FlightAdministration admin, CancellationToken ct) =>
        await admin.CancelAsync(id, ct) == FlightChange.Done ? TypedResults.NoContent() : Problems.NotFound($"No flight with id {id}.");

    private static ProblemHttpResult DuplicateFlightNumber(ValidFlight flight) =>
        Problems.Conflict($"{flight.FlightNumber} already flies on {flight.DepartureDate:yyyy-MM-dd}.", "flightNumber");
}
