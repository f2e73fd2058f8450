using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Seats;

/// <summary>
/// Takes and releases seats. The database decides: the (flight, seat) key admits one holder and the
/// available_seats CHECK refuses an oversold flight; this class only turns those answers into outcomes.
/// </summary>
public sealed class SeatInventory(BookerDbContext db)
{
    /// <summary>Writes the seed's pre-sold seats as assignments the first time a flight is booked (once, under a row lock).</summary>
    public async Task MaterializeAsync(Guid flightId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var flight = await db.Database.QueryBatchAsync([FlightRows.LockById(flightId)], FlightRows.ReadOneAsync, ct);
        if (flight is null || flight.SeatsMaterialized) return;
        var presold = PresoldSeats.For(flight.Id, SeatLayout.For(flight.Aircraft, flight.TotalSeats), flight.TotalSeats - flight.AvailableSeats).ToArray();
        await db.Database.ExecuteBatchAsync(
            [SqlBatch.Command($"UPDATE flights SET available_seats = total_seats, seats_materialized = true WHERE id = {flightId}")], ct);
        if (presold.Length > 0)
        {
            await db.Database.ExecuteBatchAsync(
                [SqlBatch.Command($"INSERT INTO seat_assignments (flight_id, seat_number) SELECT {flightId}, unnest({presold})")], ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The statement that claims a booking's seats on all its flights, sent last before the commit (its trigger takes
    /// the seats off each flight's count and so locks the flights' rows, in id order). A seat someone else holds fails it
    /// (<see cref="MeansTaken"/>; <see cref="TakenAsync"/> then tells which), and so does a sold-out flight
    /// (<see cref="MeansSoldOut"/>): all seats are taken, or none.
    /// </summary>
    /// <remarks>
    /// Rows go in flight then seat order, so two bookings wanting the same seats wait for each other in one order and
    /// never deadlock on the key.
    /// </remarks>
    public static NpgsqlBatchCommand ClaimCommand(Guid bookingId, IEnumerable<(Guid FlightId, string Seat)> seats)
    {
        var claimed = seats.ToArray();
        var flights = claimed.Select(s => s.FlightId).ToArray();
        var numbers = claimed.Select(s => s.Seat).ToArray();
        return SqlBatch.Command($"""
            INSERT INTO seat_assignments (flight_id, seat_number, booking_id)
            SELECT c.flight_id, c.seat_number, {bookingId} FROM unnest({flights}, {numbers}) AS c(flight_id, seat_number)
            ORDER BY c.flight_id, c.seat_number
            """);
    }

    /// <summary>The flight's available_seats CHECK refused the claim: fewer seats are left than asked for.</summary>
    public static bool MeansSoldOut(PostgresException error) => error.ConstraintName == "ck_flights_available_seats";

    /// <summary>The flight was cancelled while the booking was being made (the seat trigger refuses seats on it).</summary>
    public static bool MeansFlightCancelled(PostgresException error) => error.ConstraintName == "seat_assignments_flight_scheduled";

    /// <summary>The (flight, seat) key refused the claim: one of the seats is someone else's.</summary>
    public static bool MeansTaken(PostgresException error) =>
        error.SqlState == PostgresErrorCodes.UniqueViolation && error.TableName == "seat_assignments";

    /// <summary>Which of <paramref name="seats"/> are held or sold now.</summary>
    public async Task<IReadOnlyList<string>> TakenAsync(Guid flightId, string[] seats, CancellationToken ct) =>
        await db.SeatAssignments.AsNoTracking().Where(s => s.FlightId == flightId && seats.Contains(s.SeatNumber))
            .Select(s => s.SeatNumber).ToListAsync(ct);

    /// <summary>The flights as they are now, by id (after a claim failed, to tell which of them refused it).</summary>
    public Task<IReadOnlyDictionary<Guid, Flight>> FlightsAsync(Guid[] ids, CancellationToken ct) =>
        db.Database.QueryBatchAsync([FlightRows.ByIds(ids)], FlightRows.ReadAllAsync, ct);
}
