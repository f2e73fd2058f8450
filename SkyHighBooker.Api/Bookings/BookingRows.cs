using Npgsql;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// The INSERTs of a new booking: the booking (its design columns: the first segment's flight, the lead passenger and
/// their seat on it), its passengers, its segments and every passenger's seat on every segment. The seats themselves
/// are claimed apart (<see cref="Seats.SeatInventory.ClaimCommand"/>), last.
/// </summary>
public static class BookingRows
{
    public static IEnumerable<NpgsqlBatchCommand> Insert(Guid id, string reference, string userId, ValidBooking booking,
        DateTimeOffset now, DateTimeOffset holdUntil)
    {
        var first = booking.Legs[0];
        var lead = booking.Passengers[0];
        yield return SqlBatch.Command($"""
            INSERT INTO bookings (id, reference, user_id, flight_id, passenger_name, passenger_email, seat_number,
                                  booking_status, total_amount, hold_expires_at, created_at, updated_at)
            VALUES ({id}, {reference}, {userId}, {first.Flight.Id}, {lead.Name}, {lead.Email}, {booking.SeatOf(lead, first).Seat.Number},
                    {BookingStatus.PendingPayment}, {booking.TotalAmount}, {holdUntil}, {now}, {now})
            """);
        yield return Passengers(id, booking);
        yield return Segments(id, booking);
        yield return SegmentSeats(id, booking);
    }

    private static NpgsqlBatchCommand Passengers(Guid bookingId, ValidBooking booking)
    {
        var first = booking.Legs[0];
        var passengers = booking.Passengers;
        var ids = passengers.Select(_ => Guid.CreateVersion7()).ToArray();
        var positions = passengers.Select(p => p.Position).ToArray();
        var names = passengers.Select(p => p.Name).ToArray();
        var emails = passengers.Select(p => p.Email).ToArray();
        var seatNumbers = passengers.Select(p => booking.SeatOf(p, first).Seat.Number).ToArray();
        var cabins = passengers.Select(p => booking.SeatOf(p, first).Seat.Cabin.Name).ToArray();
        var fares = passengers.Select(booking.FareOf).ToArray();
        return SqlBatch.Command($"""
            INSERT INTO booking_passengers (id, booking_id, position, passenger_name, passenger_email, seat_number, cabin, fare)
            SELECT p.id, {bookingId}, p.position, p.name, p.email, p.seat, p.cabin, p.fare
            FROM unnest({ids}, {positions}, {names}, {emails}, {seatNumbers}, {cabins}, {fares}) AS p(id, position, name, email, seat, cabin, fare)
            """);
    }

    private static NpgsqlBatchCommand Segments(Guid bookingId, ValidBooking booking)
    {
        var positions = booking.Legs.Select(l => l.Position).ToArray();
        var flights = booking.Legs.Select(l => l.Flight.Id).ToArray();
        return SqlBatch.Command($"""
            INSERT INTO booking_segments (booking_id, position, flight_id)
            SELECT {bookingId}, s.position, s.flight_id FROM unnest({positions}, {flights}) AS s(position, flight_id)
            """);
    }

    private static NpgsqlBatchCommand SegmentSeats(Guid bookingId, ValidBooking booking)
    {
        var seats = booking.Legs.SelectMany(l => l.Seats.Select(s => (Leg: l, Seat: s))).ToArray();
        var segments = seats.Select(s => s.Leg.Position).ToArray();
        var flights = seats.Select(s => s.Leg.Flight.Id).ToArray();
        var passengers = seats.Select(s => s.Seat.PassengerPosition).ToArray();
        var numbers = seats.Select(s => s.Seat.Seat.Number).ToArray();
        var cabins = seats.Select(s => s.Seat.Seat.Cabin.Name).ToArray();
        var fares = seats.Select(s => s.Seat.Fare).ToArray();
        return SqlBatch.Command($"""
            INSERT INTO segment_seats (booking_id, segment_position, flight_id, passenger_position, seat_number, cabin, fare)
            SELECT {bookingId}, s.segment, s.flight_id, s.passenger, s.seat, s.cabin, s.fare
            FROM unnest({segments}, {flights}, {passengers}, {numbers}, {cabins}, {fares}) AS s(segment, flight_id, passenger, seat, cabin, fare)
            """);
    }
}
