namespace SkyHighBooker.Api.Bookings;

public sealed class Booking
{
    public Guid Id { get; set; }
    /// <summary>The Cognito user's subject (sub claim).</summary>
    public required string UserId { get; set; }
    public Guid FlightId { get; set; }
    public required string PassengerName { get; set; }
    public required string PassengerEmail { get; set; }
    /// <summary>Row number and seat letter, e.g. "12A".</summary>
    public required string SeatNumber { get; set; }
    public string BookingStatus { get; set; } = Bookings.BookingStatus.Confirmed;
    public decimal TotalAmount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public static class BookingStatus
{
    public const string Confirmed = "confirmed";
    public const string Cancelled = "cancelled";
}
