namespace SkyHighBooker.Api.Bookings;

/// <summary>A booking as its owner (and admins) see it, with the flight it is on.</summary>
public sealed record BookingView(
    Guid Id,
    Guid FlightId,
    string FlightNumber,
    string From,
    string To,
    DateTimeOffset DepartureTime,
    string PassengerName,
    string PassengerEmail,
    string SeatNumber,
    string Status,
    decimal TotalAmount,
    string Currency,
    DateTimeOffset CreatedAt);

public sealed record AdminBookingView(string UserId, BookingView Booking);
