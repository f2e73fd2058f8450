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
/// Takes and releases seats. The database decides: the (flight, seat) key admits one holder and the
/// available_seats CHECK refuses an oversold flight; this class only turns those answers into outcomes.
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

    /// <summary>
    /// Claims the booking's seats. Seats someone else holds are skipped rather than refused, so the transaction stays
    /// usable and the caller learns which ones; it must then roll back, as it must when the flight is sold out.
    /// </summary>
    public async Task<SeatClaim> ClaimAsync(Guid flightId, Guid bookingId, string[] seats, CancellationToken ct)
    {
        try
        {
            var claimed = await db.Database.SqlQuery<string>($"""
                INSERT INTO seat_assignments (flight_id, seat_number, booking_id) SELECT {flightId}, unnest({seats}), {bookingId}
                ON CONFLICT DO NOTHING
                RETURNING seat_number AS "Value"
                """).ToListAsync(ct);
            return claimed.Count == seats.Length ? new SeatClaim.Taken() : new SeatClaim.Unavailable(seats.Except(claimed).ToList());
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.CheckViolation)
        {
            return new SeatClaim.SoldOut();
        }
    }

    public Task<int> ReleaseAsync(Guid bookingId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM seat_assignments WHERE booking_id = {bookingId}", ct);
}
