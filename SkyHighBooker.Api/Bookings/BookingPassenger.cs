namespace SkyHighBooker.Api.Bookings;

public sealed class BookingPassenger
{
    public Guid Id { get; set; }
    public Guid BookingId { get; set; }
    /// <summary>Order within the booking, from 1 (the lead passenger).</summary>
    public int Position { get; set; }
    public required string PassengerName { get; set; }
    public required string PassengerEmail { get; set; }
    /// <summary>The seat on the first segment (every segment's is in <see cref="SegmentSeat"/>).</summary>
    public required string SeatNumber { get; set; }
    /// <summary>The cabin on the first segment.</summary>
    public required string Cabin { get; set; }
    /// <summary>What this passenger's seats cost, all segments together.</summary>
    public decimal Fare { get; set; }
}
