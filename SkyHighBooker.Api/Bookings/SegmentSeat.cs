namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// Where one passenger sits on one segment, and what that seat costs. While the booking is live the seat is held in
/// seat_assignments for the segment's flight; the row stays when the booking ends, as the record of what was bought.
/// </summary>
public sealed class SegmentSeat
{
    public Guid BookingId { get; set; }
    public int SegmentPosition { get; set; }
    /// <summary>The flight of the segment (kept with the seat, and checked against it by a foreign key).</summary>
    public Guid FlightId { get; set; }
    /// <summary>The passenger's <see cref="BookingPassenger.Position"/>.</summary>
    public int PassengerPosition { get; set; }
    public required string SeatNumber { get; set; }
    public required string Cabin { get; set; }
    public decimal Fare { get; set; }
}
