using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Apis;

namespace SkyHighBooker.Api.Bookings;

/// <summary>A booking as its owner (and admins) see it, with the flight it is on and everyone in it.</summary>
public sealed record BookingView(
    Guid Id,
    string Reference,
    Guid FlightId,
    string FlightNumber,
    string Airline,
    string From,
    string To,
    DateTimeOffset DepartureTime,
    string PassengerName,
    string PassengerEmail,
    string SeatNumber,
    [property: AllowedValuesFrom(typeof(BookingStatus))] string Status,
    DateTimeOffset? HoldExpiresAt,
    decimal TotalAmount,
    string Currency,
    IReadOnlyList<PassengerView> Passengers,
    DateTimeOffset CreatedAt)
{
    /// <summary>The same booking with its departure given on the origin airport's clock, as flights show it.</summary>
    public BookingView AtOriginClock(IReadOnlyDictionary<string, Airport> airports) =>
        airports.TryGetValue(From, out var origin)
            ? this with { DepartureTime = TimeZoneInfo.ConvertTime(DepartureTime, AirportDirectory.ZoneOf(origin)) }
            : this;
}

public sealed record PassengerView(
    string Name, string Email, string Seat, [property: AllowedValuesFrom(typeof(Seats.Cabin), nameof(Seats.Cabin.Names))] string Cabin, decimal Fare);

public sealed record AdminBookingView(string UserId, BookingView Booking);
