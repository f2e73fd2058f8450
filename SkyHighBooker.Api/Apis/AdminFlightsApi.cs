using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Admin;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

public static class AdminFlightsApi
{
    public static IEndpointRouteBuilder MapAdminFlightsApi(this IEndpointRouteBuilder app)
    {
        var flights = app.MapGroup("/api/admin/flights").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequireRateLimiting(RateLimits.PerUser);
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
        [AsParameters] AdminFlightFilter filter, [AsParameters] PageRequest page,
        BookerDbContext db, FlightSearch search, AirportDirectory airports, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (p, size) = Paging.Read(page, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var (flightNumber, from, to, status) = (filter.FlightNumber, filter.From, filter.To, filter.Status);

        var flights = db.Flights.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(flightNumber)) flights = flights.Where(f => f.FlightNumber.StartsWith(flightNumber.Trim().ToUpper()));
        if (!string.IsNullOrWhiteSpace(from)) flights = flights.Where(f => f.FromAirport == from.Trim().ToUpper());
        if (!string.IsNullOrWhiteSpace(to)) flights = flights.Where(f => f.ToAirport == to.Trim().ToUpper());
        if (filter.Date is { } d) flights = flights.Where(f => f.DepartureDate == d);
        if (!string.IsNullOrEmpty(status)) flights = flights.Where(f => f.Status == status);

        var total = await flights.CountAsync(ct);
        var rows = await flights.OrderBy(f => f.DepartureTime).ThenBy(f => f.FlightNumber).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        var all = await airports.AllAsync(ct);
        return TypedResults.Ok(PagedList<FlightSummary>.Of(rows.Select(f => search.Summarise(f, all)).ToList(), p, size, total));
    }

    public static async Task<Results<Created<FlightSummary>, ValidationProblem, ProblemHttpResult>> CreateFlight(
        FlightDraft draft, AirportDirectory airports, FlightAdministration admin, FlightSearch search, TimeProvider clock, CancellationToken ct)
    {
        var (flight, errors) = FlightDraftValidator.Validate(draft, await airports.AllAsync(ct), clock.GetUtcNow());
        if (flight is null) return TypedResults.ValidationProblem(errors, title: "The flight is not valid.");
        var (outcome, id) = await admin.CreateAsync(flight, ct);
        if (outcome == FlightChange.DuplicateFlightNumber) return DuplicateFlightNumber(flight);
        return TypedResults.Created($"/api/flights/{id}", await search.FindAsync(id, ct));
    }

    public static async Task<Results<Ok<FlightSummary>, ValidationProblem, ProblemHttpResult>> UpdateFlight(
        Guid id, FlightDraft draft, AirportDirectory airports, FlightAdministration admin, FlightSearch search, TimeProvider clock, CancellationToken ct)
    {
        var (flight, errors) = FlightDraftValidator.Validate(draft, await airports.AllAsync(ct), clock.GetUtcNow());
        if (flight is null) return TypedResults.ValidationProblem(errors, title: "The flight is not valid.");
        return await admin.UpdateAsync(id, flight, ct) switch
        {
            FlightChange.Done => TypedResults.Ok((await search.FindAsync(id, ct))!),
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
