namespace SkyHighBooker.Api.Bookings;

public sealed class BookingPassenger
{
    public Guid Id { get; set; }
    public Guid BookingId { get; set; }
    /// <summary>Order within the booking, from 1 (the lead passenger).</summary>
    public int Position { get; set; }
    public required string PassengerName { get; set; }
    public required string PassengerEmail { get; set; }
    public required string SeatNumber { get; set; }
    public required string Cabin { get; set; }
    public decimal Fare { get; set; }
}
