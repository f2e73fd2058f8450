namespace SkyHighBooker.Api.Seats;

/// <summary>
/// A seat that is not for sale: held or sold by a booking, or (booking null) sold before this system took the
/// flight over. The primary key (flight, seat) is what makes a seat impossible to sell twice, and triggers keep
/// flights.available_seats equal to the seats without a row here.
/// </summary>
public sealed class SeatAssignment
{
    public Guid FlightId { get; set; }
    public required string SeatNumber { get; set; }
    public Guid? BookingId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
