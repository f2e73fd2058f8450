using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin;

public enum FlightChange { Done, NotFound, DuplicateFlightNumber, Cancelled, SeatsAlreadyTaken }

/// <summary>Admin writes to flights. Seat counts change with conditional updates, so booked seats are never given away.</summary>
public sealed class FlightAdministration(BookerDbContext db, TimeProvider clock)
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
            var updated = await db.Database.ExecuteBatchAsync([SqlBatch.Command($"""
                UPDATE flights SET
                    flight_number = {flight.FlightNumber}, airline = {flight.Airline},
                    from_airport = {flight.From.Code}, to_airport = {flight.To.Code},
                    departure_time = {flight.DepartureTime}, departure_date = {flight.DepartureDate},
                    arrival_time = {flight.ArrivalTime}, duration_minutes = {flight.DurationMinutes},
                    aircraft = {flight.Aircraft}, price = {flight.Price},
                    available_seats = available_seats + ({flight.TotalSeats} - total_seats),
                    total_seats = {flight.TotalSeats}, updated_at = {clock.UtcNowAsStored()}
                WHERE id = {id} AND status = {FlightStatus.Scheduled} AND available_seats + ({flight.TotalSeats} - total_seats) >= 0
                """)], ct);
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

    /// <summary>
    /// Cancels the flight and every live booking with a segment on it (a connection or round trip is cancelled whole) in
    /// one transaction, each paid one queued for a full refund (<see cref="BookingEnd"/>): all of it happens or none of
    /// it, however many bookings there are, and the refunds themselves are the Worker's, retried until Stripe has made
    /// them. Cancelling a cancelled flight changes nothing.
    /// </summary>
    public Task<FlightChange> CancelAsync(Guid id, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.UtcNowAsStored();
            // Bookings are locked before flights (a traveller's cancellation locks its booking, then the flights to give
            // the seats back); a booking made while this waited for the flight's row is locked by the third select.
            // Flights are locked in id order, as the seat triggers lock them: this flight and every other flight of
            // those bookings, whose seats go back on sale too, so a booking claiming two of them cannot deadlock with this.
            NpgsqlBatchCommand LockLiveBookings() => SqlBatch.Command($"""
                SELECT id FROM bookings
                WHERE id IN (SELECT booking_id FROM booking_segments WHERE flight_id = {id})
                  AND booking_status IN ({BookingStatus.PendingPayment}, {BookingStatus.Confirmed})
                ORDER BY id FOR UPDATE
                """);
            var (found, live) = await db.Database.QueryBatchAsync(
            [
                LockLiveBookings(),
                SqlBatch.Command($"""
                    SELECT f.id FROM flights f
                    WHERE f.id = {id} OR f.id IN (
                        SELECT other.flight_id FROM booking_segments mine
                        JOIN bookings b ON b.id = mine.booking_id AND b.booking_status IN ({BookingStatus.PendingPayment}, {BookingStatus.Confirmed})
                        JOIN booking_segments other ON other.booking_id = mine.booking_id
                        WHERE mine.flight_id = {id})
                    ORDER BY f.id FOR NO KEY UPDATE OF f
                    """),
                SqlBatch.Command($"UPDATE flights SET status = {FlightStatus.Cancelled}, updated_at = {now} WHERE id = {id} RETURNING id"),
                LockLiveBookings(),
            ], async (reader, token) =>
            {
                await reader.NextResultAsync(token);
                await reader.NextResultAsync(token);
                var found = await reader.ReadAsync(token);
                await reader.NextResultAsync(token);
                return (found, await BookingIds.ReadAsync(reader, token));
            }, ct);
            if (!found) return FlightChange.NotFound;
            if (live.Length > 0) await db.Database.ExecuteBatchAsync([BookingEnd.Command(live, BookingStatus.Cancelled, now)], ct);
            await transaction.CommitAsync(ct);
            return FlightChange.Done;
        });

    private static bool IsDuplicateFlightNumber(DbUpdateException error) =>
        error.InnerException is PostgresException { ConstraintName: "ux_flights_flight_number_departure_date" };
}
