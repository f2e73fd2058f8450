using SkyHighBooker.Api.Seats;

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

    /// <summary>
    /// The invariants the database must keep: for every flight with seat rows, available seats equal the seats
    /// without an assignment, never below zero; every live booking's passengers hold exactly their seats.
    /// </summary>
    public static async Task AssertInvariantsAsync(ApiFixture api)
    {
        Assert.Equal(0L, await api.ScalarAsync<long>(
            """
            SELECT count(*) FROM flights f
            WHERE f.seats_materialized
              AND f.available_seats <> f.total_seats - (SELECT count(*) FROM seat_assignments s WHERE s.flight_id = f.id)
            """));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM flights WHERE available_seats < 0"));
        Assert.Equal(0L, await api.ScalarAsync<long>(
            """
            SELECT count(*) FROM bookings b JOIN booking_passengers p ON p.booking_id = b.id
            WHERE b.booking_status IN ('pending_payment', 'confirmed')
              AND NOT EXISTS (SELECT 1 FROM seat_assignments s WHERE s.booking_id = b.id AND s.flight_id = b.flight_id AND s.seat_number = p.seat_number)
            """));
        Assert.Equal(0L, await api.ScalarAsync<long>(
            """
            SELECT count(*) FROM seat_assignments s JOIN bookings b ON b.id = s.booking_id
            WHERE b.booking_status NOT IN ('pending_payment', 'confirmed')
            """));
    }
}
