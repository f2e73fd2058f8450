using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Seats;

public abstract record SeatClaim
{
    public sealed record Taken : SeatClaim;
    public sealed record Unavailable(IReadOnlyList<string> Seats) : SeatClaim;
    public sealed record SoldOut : SeatClaim;
}

/// <summary>
/// Takes and releases seats. The database decides: the (flight, seat) key refuses a second holder and the
/// available_seats CHECK refuses an oversold flight; this class only turns those refusals into answers.
/// </summary>
public sealed class SeatInventory(BookerDbContext db)
{
    /// <summary>Writes the seed's pre-sold seats as assignments the first time a flight is booked (once, under a row lock).</summary>
    public async Task MaterializeAsync(Guid flightId, CancellationToken ct)
    {
        var flight = await db.Flights.FromSql($"SELECT * FROM flights WHERE id = {flightId} FOR UPDATE").AsNoTracking().SingleAsync(ct);
        if (flight.SeatsMaterialized) return;
        var presold = PresoldSeats.For(flight.Id, SeatLayout.For(flight.Aircraft, flight.TotalSeats), flight.TotalSeats - flight.AvailableSeats).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"UPDATE flights SET available_seats = total_seats, seats_materialized = true WHERE id = {flightId}", ct);
        if (presold.Length > 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO seat_assignments (flight_id, seat_number) SELECT {flightId}, unnest({presold})", ct);
        }
    }

    /// <summary>Claims all the seats for the booking or none of them (a savepoint undoes a partial claim).</summary>
    public async Task<SeatClaim> ClaimAsync(Guid flightId, Guid bookingId, string[] seats, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("seats are claimed inside the booking's transaction");
        await transaction.CreateSavepointAsync("seats", ct);
        try
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO seat_assignments (flight_id, seat_number, booking_id) SELECT {flightId}, unnest({seats}), {bookingId}", ct);
            return new SeatClaim.Taken();
        }
        catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.CheckViolation)
        {
            await transaction.RollbackToSavepointAsync("seats", ct);
            if (error.SqlState == PostgresErrorCodes.CheckViolation) return new SeatClaim.SoldOut();
            var taken = await db.SeatAssignments.AsNoTracking()
                .Where(s => s.FlightId == flightId && seats.Contains(s.SeatNumber)).Select(s => s.SeatNumber).ToListAsync(ct);
            return new SeatClaim.Unavailable(taken);
        }
    }

    public Task<int> ReleaseAsync(Guid bookingId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM seat_assignments WHERE booking_id = {bookingId}", ct);
}
