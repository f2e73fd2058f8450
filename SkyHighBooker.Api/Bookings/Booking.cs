namespace SkyHighBooker.Api.Bookings;

/// <summary>
/// One purchase: one flight, a connection or a round trip, each flight a <see cref="BookingSegment"/>. The design's
/// flight and passenger columns hold the first segment's flight and the lead passenger's seat on it; every passenger,
/// the lead included, is in <see cref="BookingPassenger"/>, and every seat on every segment in <see cref="SegmentSeat"/>.
/// </summary>
public sealed class Booking
{
    public Guid Id { get; set; }
    /// <summary>Six-character record locator (PNR) printed on documents.</summary>
    public required string Reference { get; set; }
    /// <summary>The Cognito user's subject (sub claim).</summary>
    public required string UserId { get; set; }
    /// <summary>The first segment's flight.</summary>
    public Guid FlightId { get; set; }
    public required string PassengerName { get; set; }
    public required string PassengerEmail { get; set; }
    /// <summary>The lead passenger's seat on the first segment: row number and seat letter, e.g. "12A".</summary>
    public required string SeatNumber { get; set; }
    public string BookingStatus { get; set; } = Schema.BookingStatus.Confirmed;
    public decimal TotalAmount { get; set; }
    /// <summary>While pending payment: when the seats go back on sale.</summary>
    public DateTimeOffset? HoldExpiresAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
