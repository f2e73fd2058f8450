using SkyHighBooker.Api.Seats;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>Flights made for one test, so concurrency tests own every seat they fight over.</summary>
public static class TestFlights
{
    /// <param name="departure">When it leaves, in UTC (default: at 14:00 on a day 30–130 days ahead).</param>
    /// <param name="route">Origin and destination airport codes (default: BOS to ORD).</param>
    /// <param name="durationMinutes">Time in the air (default: 150 minutes).</param>
    public static async Task<Guid> CreateAsync(ApiFixture api, int totalSeats, int availableSeats, string aircraft = "Embraer E175", decimal price = 200m,
        DateTimeOffset? departure = null, (string From, string To)? route = null, int durationMinutes = 150)
    {
        var leaves = departure ?? new DateTimeOffset(DateTimeOffset.UtcNow.Date.AddDays(30 + Random.Shared.Next(100)).AddHours(14), TimeSpan.Zero);
        var (from, to) = route ?? ("BOS", "ORD");
        return await api.ScalarAsync<Guid>(
            """
            INSERT INTO flights (flight_number, airline, from_airport, to_airport, departure_time, departure_date, arrival_time,
                                 duration_minutes, aircraft, price, total_seats, available_seats)
            VALUES ($1, 'Test Air', $7, $8, $2, ($2 AT TIME ZONE (SELECT time_zone FROM airports WHERE code = $7))::date, $2 + make_interval(mins => $9), $9, $3, $4, $5, $6)
            RETURNING id
            """,
            $"T{Random.Shared.Next(10, 99)}{Random.Shared.Next(1000, 9999)}", leaves, aircraft, price, totalSeats, availableSeats, from, to, durationMinutes);
    }

    /// <summary>A day 30–130 days ahead at <paramref name="hour"/>:00 UTC, for legs that must connect on one day.</summary>
    public static DateTimeOffset DayAhead(int hour = 12) =>
        new(DateTimeOffset.UtcNow.Date.AddDays(30 + Random.Shared.Next(100)).AddHours(hour), TimeSpan.Zero);

    public static IReadOnlyList<Seat> Seats(int totalSeats, string aircraft = "Embraer E175") => SeatLayout.For(aircraft, totalSeats).Seats;

    /// <summary>The seat, money and document invariants (<see cref="SystemInvariants"/>), checked in the database now.</summary>
    public static Task AssertInvariantsAsync(ApiFixture api) => api.Invariants.AssertHoldAsync();
}
