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
    /// The statement that claims a booking's seats, sent last before the commit (its trigger takes the seats off the
    /// flight's count and so locks the flight's row). Seats someone else holds are skipped rather than refused, so the
    /// caller learns which ones (<see cref="ReadClaimAsync"/>) and rolls back; a sold-out flight fails it
    /// (<see cref="MeansSoldOut"/>). Claims nothing when the booking row is missing (the booking's own INSERT gave way).
    /// </summary>
    public static NpgsqlBatchCommand ClaimCommand(Guid flightId, Guid bookingId, string[] seats) => SqlBatch.Command($"""
        INSERT INTO seat_assignments (flight_id, seat_number, booking_id)
        SELECT {flightId}, unnest({seats}), {bookingId} WHERE EXISTS (SELECT 1 FROM bookings WHERE id = {bookingId})
        ON CONFLICT DO NOTHING
        RETURNING seat_number
        """);

    /// <summary>Reads the claim's answer: the seats it took.</summary>
    public static async Task<SeatClaim> ReadClaimAsync(NpgsqlDataReader reader, string[] seats, CancellationToken ct)
    {
        var claimed = new List<string>();
        if (await reader.SkipToRowsAsync(ct))
        {
            while (await reader.ReadAsync(ct)) claimed.Add(reader.GetString(0));
        }
        return claimed.Count == seats.Length ? new SeatClaim.Taken() : new SeatClaim.Unavailable(seats.Except(claimed).ToList());
    }

    /// <summary>The flight's available_seats CHECK refused the claim: fewer seats are left than asked for.</summary>
    public static bool MeansSoldOut(PostgresException error) => error.SqlState == PostgresErrorCodes.CheckViolation;

    public Task<int> ReleaseAsync(Guid bookingId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM seat_assignments WHERE booking_id = {bookingId}", ct);
}
