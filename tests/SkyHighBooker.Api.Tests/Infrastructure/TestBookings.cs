namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>Bookings written straight to the database, for reading tests (the booking flow itself has its own tests).</summary>
public static class TestBookings
{
    public static Task<Guid> InsertAsync(ApiFixture api, string userId, string passengerEmail = "passenger@example.com") =>
        api.ScalarAsync<Guid>(
            """
            WITH booking AS (
                INSERT INTO bookings (reference, user_id, flight_id, passenger_name, passenger_email, seat_number, total_amount)
                SELECT upper(substr(md5(random()::text), 1, 6)), $1, id, 'Pat Passenger', $2, '12A', price FROM flights
                WHERE departure_date > current_date AND status = 'scheduled' ORDER BY id LIMIT 1
                RETURNING id, flight_id),
            segment AS (INSERT INTO booking_segments (booking_id, position, flight_id) SELECT id, 1, flight_id FROM booking)
            SELECT id FROM booking
            """, userId, passengerEmail);
}
