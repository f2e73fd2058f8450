using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin;

public enum FlightChange { Done, NotFound, DuplicateFlightNumber, Cancelled, SeatsAlreadyTaken }

/// <summary>Admin writes to flights. Seat counts change with conditional updates, so booked seats are never given away.</summary>
public sealed class FlightAdministration(BookerDbContext db)
{
    public async Task<(FlightChange Outcome, Guid Id)> CreateAsync(ValidFlight flight, CancellationToken ct)
    {
        var entity = new Flight
        {
            Id = Guid.CreateVersion7(),
            FlightNumber = flight.FlightNumber,
            Airline = flight.Airline,
            FromAirport = flight.From.Code,
            ToAirport = flight.To.Code,
            DepartureTime = flight.DepartureTime,
            DepartureDate = flight.DepartureDate,
            ArrivalTime = flight.ArrivalTime,
            DurationMinutes = flight.DurationMinutes,
            Aircraft = flight.Aircraft,
            Price = flight.Price,
            TotalSeats = flight.TotalSeats,
            AvailableSeats = flight.AvailableSeats ?? flight.TotalSeats,
        };
        db.Flights.Add(entity);
        try
        {
            await db.SaveChangesAsync(ct);
            return (FlightChange.Done, entity.Id);
        }
        catch (DbUpdateException error) when (IsDuplicateFlightNumber(error))
        {
            return (FlightChange.DuplicateFlightNumber, Guid.Empty);
        }
    }

    public async Task<FlightChange> UpdateAsync(Guid id, ValidFlight flight, CancellationToken ct)
    {
        try
        {
            // Seats already held or sold stay taken: available moves by the change in total, and may not drop below zero.
            var updated = await db.Database.ExecuteSqlAsync($"""
                UPDATE flights SET
                    flight_number = {flight.FlightNumber}, airline = {flight.Airline},
                    from_airport = {flight.From.Code}, to_airport = {flight.To.Code},
                    departure_time = {flight.DepartureTime}, departure_date = {flight.DepartureDate},
                    arrival_time = {flight.ArrivalTime}, duration_minutes = {flight.DurationMinutes},
                    aircraft = {flight.Aircraft}, price = {flight.Price},
                    available_seats = available_seats + ({flight.TotalSeats} - total_seats),
                    total_seats = {flight.TotalSeats}, updated_at = now()
                WHERE id = {id} AND status = 'scheduled' AND available_seats + ({flight.TotalSeats} - total_seats) >= 0
                """, ct);
            if (updated == 1) return FlightChange.Done;
        }
        catch (PostgresException error) when (error.ConstraintName == "ux_flights_flight_number_departure_date")
        {
            return FlightChange.DuplicateFlightNumber;
        }
        var current = await db.Flights.AsNoTracking().Where(f => f.Id == id).Select(f => f.Status).SingleOrDefaultAsync(ct);
        return current switch
        {
            null => FlightChange.NotFound,
            FlightStatus.Cancelled => FlightChange.Cancelled,
            _ => FlightChange.SeatsAlreadyTaken,
        };
    }

    public async Task<FlightChange> CancelAsync(Guid id, CancellationToken ct)
    {
        var cancelled = await db.Flights.Where(f => f.Id == id)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.Status, FlightStatus.Cancelled).SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow), ct);
        return cancelled == 1 ? FlightChange.Done : FlightChange.NotFound;
    }

    private static bool IsDuplicateFlightNumber(DbUpdateException error) =>
        error.InnerException is PostgresException { ConstraintName: "ux_flights_flight_number_departure_date" };
}
