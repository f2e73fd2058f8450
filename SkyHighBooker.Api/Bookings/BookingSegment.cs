namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// One leg of a booking: a direct flight is a booking with one segment, a connection or a round trip has one per
/// flight, in the order flown. The first segment's flight is also <see cref="Booking.FlightId"/>.
/// </summary>
public sealed class BookingSegment
{
    public Guid BookingId { get; set; }
    /// <summary>Order within the booking, from 1 (the first flight).</summary>
    public int Position { get; set; }
    public Guid FlightId { get; set; }
}
