namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// One purchase on one flight. The design's passenger columns hold the lead passenger; every passenger,
/// the lead included, is in <see cref="BookingPassenger"/>.
/// </summary>
public sealed class Booking
{
    public Guid Id { get; set; }
    /// <summary>Six-character record locator (PNR) printed on documents.</summary>
    public required string Reference { get; set; }
    /// <summary>The Cognito user's subject (sub claim).</summary>
    public required string UserId { get; set; }
    public Guid FlightId { get; set; }
    public required string PassengerName { get; set; }
    public required string PassengerEmail { get; set; }
    /// <summary>Row number and seat letter, e.g. "12A".</summary>
    public required string SeatNumber { get; set; }
    public string BookingStatus { get; set; } = Schema.BookingStatus.Confirmed;
    public decimal TotalAmount { get; set; }
    /// <summary>While pending payment: when the seats go back on sale.</summary>
    public DateTimeOffset? HoldExpiresAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
