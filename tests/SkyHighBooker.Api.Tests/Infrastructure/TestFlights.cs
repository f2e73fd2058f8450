using SkyHighBooker.Api.Seats;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>Flights made for one test, so concurrency tests own every seat they fight over.</summary>
public static class TestFlights
{
    public static async Task<Guid> CreateAsync(ApiFixture api, int totalSeats, int availableSeats, string aircraft = "Embraer E175", decimal price = 200m)
    {
        var departure = DateTimeOffset.UtcNow.Date.AddDays(30 + Random.Shared.Next(100)).AddHours(14);
        return await api.ScalarAsync<Guid>(
            """
            INSERT INTO flights (flight_number, airline, from_airport, to_airport, departure_time, departure_date, arrival_time,
                                 duration_minutes, aircraft, price, total_seats, available_seats)
            VALUES ($1, 'Test Air', 'BOS', 'ORD', $2, $2::date, $2 + interval '150 minutes', 150, $3, $4, $5, $6)
            RETURNING id
            """,
            $"T{Random.Shared.Next(10, 99)}{Random.Shared.Next(1000, 9999)}", new DateTimeOffset(departure, TimeSpan.Zero), aircraft, price, totalSeats, availableSeats);
    }

    public static IReadOnlyList<Seat> Seats(int totalSeats, string aircraft = "Embraer E175") => SeatLayout.For(aircraft, totalSeats).Seats;

    /// <summary>The seat, money and document invariants (<see cref="SystemInvariants"/>), checked in the database now.</summary>
    public static Task AssertInvariantsAsync(ApiFixture api) => api.Invariants.AssertHoldAsync();
}
